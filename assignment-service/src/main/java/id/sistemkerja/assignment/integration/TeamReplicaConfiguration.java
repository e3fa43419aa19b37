package id.sistemkerja.assignment.integration;

import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** M4: the replica of work teams (team-service) a TEAM order is checked against. */
@Configuration(proxyBeanMethods = false)
public class TeamReplicaConfiguration {

    @Bean
    public TeamReplica teamReplica(MongoTemplate mongo) {
        return new TeamReplica(mongo);
    }

    @Bean
    public IntegrationEventSubscription assignmentTeamReplica(TeamReplica teamReplica) {
        return teamReplica.subscription();
    }
}
