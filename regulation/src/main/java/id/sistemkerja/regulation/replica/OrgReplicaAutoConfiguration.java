package id.sistemkerja.regulation.replica;

import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The org replica, for services that set {@code sikerja.org-replica.enabled=true}. */
@AutoConfiguration
@ConditionalOnProperty("sikerja.org-replica.enabled")
public class OrgReplicaAutoConfiguration {

    @Bean(initMethod = "createIndexes")
    public OrgReplica orgReplica(MongoTemplate mongo) {
        return new OrgReplica(mongo);
    }

    @Bean
    public IntegrationEventSubscription orgReplicaSubscription(OrgReplica orgReplica) {
        return orgReplica.subscription();
    }
}
