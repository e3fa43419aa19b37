package id.sistemkerja.org.config;

import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * org-service reads its own bindings (collection {@code profile_bindings}, kept by ProfileBindingProjection) rather
 * than a Kafka replica; with this bean the platform provides {@code AgencyProfiles} here too.
 */
@Configuration(proxyBeanMethods = false)
public class ProfileBindingConfiguration {

    public static final String COLLECTION = "profile_bindings";

    @Bean
    public MongoProfileBindings profileBindings(MongoTemplate mongo) {
        return new MongoProfileBindings(mongo, COLLECTION);
    }
}
