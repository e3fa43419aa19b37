package id.sistemkerja.performance.config;

import id.sistemkerja.performance.command.OrgLevels;
import id.sistemkerja.performance.command.rules.PerfRuleSetLoader;
import id.sistemkerja.performance.command.rules.PerfRuleSets;
import id.sistemkerja.performance.integration.UnitWorkPlanReplica;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.springframework.data.mongodb.core.MongoTemplate;
import id.sistemkerja.regulation.replica.OrgDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** performance-service wiring: the performance rule sets (validated at start-up) and the org levels. */
@Configuration(proxyBeanMethods = false)
public class PerformanceServiceConfiguration {

    /**
     * Every {@code perf-rules/v<version>.yml} on the class path plus {@code sikerja.perf-rules.locations} (extra
     * Spring resource patterns, e.g. {@code file:/etc/sikerja/perf-rules/*.yml}); an invalid file stops the start.
     */
    @Bean
    public PerfRuleSets perfRuleSets(@Value("${sikerja.perf-rules.locations:}") List<String> extra) {
        List<String> locations = new java.util.ArrayList<>(List.of(PerfRuleSetLoader.DEFAULT_LOCATION));
        extra.stream().filter(s -> !s.isBlank()).forEach(locations::add);
        return PerfRuleSetLoader.load(locations);
    }

    @Bean
    public OrgLevels orgLevels(OrgDirectory orgDirectory) {
        return new OrgLevels(orgDirectory);
    }

    /** The units' work plans from assignment-service (ASG-14, Serang SKP targets on the plan: SRG23 Pasal 8(7)). */
    @Bean
    public UnitWorkPlanReplica unitWorkPlans(MongoTemplate mongo) {
        return new UnitWorkPlanReplica(mongo);
    }

    @Bean
    public IntegrationEventSubscription performanceWorkPlans(UnitWorkPlanReplica plans) {
        return plans.subscription();
    }
}
