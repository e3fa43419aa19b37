package id.sistemkerja.org.config;

import id.sistemkerja.org.command.AgencyProfileBinding;
import id.sistemkerja.org.command.BoundProfilePlacementRules;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;

/** org-service wiring: its copy of the org directory, and the profile part of placement decisions. */
@Configuration(proxyBeanMethods = false)
public class OrgServiceConfiguration {

    /** The org directory org-service serves its look-ups from (fed by {@code query.OrgDirectoryProjection}). */
    @Bean(initMethod = "createIndexes")
    public OrgReplica orgReplica(MongoTemplate mongo) {
        return new OrgReplica(mongo);
    }

    /** The placement rules of the profile the agency is bound to on the placement date (ORG-07, ORG-08, ORG-11). */
    @Bean
    @ConditionalOnMissingBean
    public ProfilePlacementRules profilePlacementRules(Repository<AgencyProfileBinding> agencyProfileBindingRepository,
                                                       EventStore eventStore, RegulationProfiles profiles) {
        return new BoundProfilePlacementRules(agencyProfileBindingRepository, eventStore, profiles);
    }
}
