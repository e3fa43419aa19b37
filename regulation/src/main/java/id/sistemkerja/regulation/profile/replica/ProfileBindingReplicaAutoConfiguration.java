package id.sistemkerja.regulation.profile.replica;

import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The replica of agencies' regulation profile bindings (org-service's {@code org.AgencyProfileBound} events), for
 * services that set {@code sikerja.profile-replica.enabled=true}. With it the service gets
 * {@link id.sistemkerja.regulation.profile.AgencyProfiles}.
 */
@AutoConfiguration
@ConditionalOnProperty("sikerja.profile-replica.enabled")
public class ProfileBindingReplicaAutoConfiguration {

    @Bean
    public MongoProfileBindings profileBindingReplica(MongoTemplate mongo) {
        return new MongoProfileBindings(mongo, MongoProfileBindings.REPLICA_COLLECTION);
    }

    @Bean
    public IntegrationEventSubscription profileBindingReplicaSubscription(MongoProfileBindings profileBindingReplica) {
        return profileBindingReplica.subscription();
    }
}
