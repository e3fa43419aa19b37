package id.sistemkerja.platform.mongo;

import org.springframework.boot.actuate.autoconfigure.data.mongo.MongoHealthContributorAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** MongoDB (read models, replicas, consumer dedupe) as a {@code mongo} health component. */
@AutoConfiguration(before = MongoHealthContributorAutoConfiguration.class)
@ConditionalOnProperty("sikerja.service.name")
public class MongoPlatformAutoConfiguration {

    /** Named like Spring Boot's, which then steps aside. */
    @Bean(name = "mongoHealthContributor")
    public MongoPingHealthIndicator mongoHealthContributor(MongoTemplate mongoTemplate) {
        return new MongoPingHealthIndicator(mongoTemplate);
    }
}
