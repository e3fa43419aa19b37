package id.sistemkerja.org.config;

import id.sistemkerja.org.command.CommonCoreOnly;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.platform.replica.OrgReplica;
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

    /** Common core only, until the agency's regulation profile is wired in (see {@link CommonCoreOnly}). */
    @Bean
    @ConditionalOnMissingBean
    public ProfilePlacementRules profilePlacementRules() {
        return new CommonCoreOnly();
    }
}
