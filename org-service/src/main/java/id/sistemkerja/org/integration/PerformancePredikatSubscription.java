package id.sistemkerja.org.integration;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.performance.v1.AnnualPredikatFinalised;
import id.sistemkerja.org.api.EmployeeCommands.RecordAnnualPredikatCommand;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.security.CallContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The final annual predikat from performance-service ({@code performance.AnnualPredikatFinalised}) goes into the
 * employee's history through org-service's own command, recorded by the system for the employee's agency with the
 * producer's correlation id (source {@code PERFORMANCE}). A later event of the same year supersedes the earlier one
 * (a changed result after an objection, PERF-09). TEAM-05 eligibility reads this history.
 */
@Configuration(proxyBeanMethods = false)
public class PerformancePredikatSubscription {

    @Bean
    public IntegrationEventSubscription annualPredikatFromPerformance(CommandDispatcher commands) {
        return IntegrationEventSubscription.builder("org-performance-predikat", Topics.PERFORMANCE_EVENTS)
                .on(AnnualPredikatFinalised.class, (event, meta) -> {
                    CallContext context = CallContext.system(event.agencyId(), meta.correlationId());
                    commands.sendAndWait(new RecordAnnualPredikatCommand(event.nip(), event.year(),
                            event.predikat(), "PERFORMANCE", context.actor()), context);
                })
                .build();
    }
}
