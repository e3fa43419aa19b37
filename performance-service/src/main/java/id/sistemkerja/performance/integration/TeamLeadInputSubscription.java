package id.sistemkerja.performance.integration;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.team.v1.TeamMemberPerformanceReported;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.PlanCommands.RecordLeadInputCommand;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.LocalDate;

/**
 * PERF-05 from team-service: a team lead's report on a member's performance ({@code team.TeamMemberPerformanceReported},
 * TEAM-10) becomes input from the lead on the member's SKP of the year the report was made, which the appraiser sees
 * with the plan and when rating. Recorded by the system of the member's agency with the producer's correlation id.
 */
@Configuration(proxyBeanMethods = false)
public class TeamLeadInputSubscription {

    @Bean
    public IntegrationEventSubscription performanceTeamLeadInput(CommandDispatcher commands, Clock clock) {
        return IntegrationEventSubscription.builder("performance-team-lead-input", Topics.TEAM_EVENTS)
                .on(TeamMemberPerformanceReported.class, (report, meta) -> {
                    CallContext context = CallContext.system(report.agencyId(), meta.correlationId());
                    commands.sendAndWait(leadInput(report, clock, context.actor()), context);
                })
                .build();
    }

    /**
     * The command recording {@code report} on the member's SKP: of the year the report was made, or, for a report
     * without its date, of today by the service's clock (one clock: tests control it).
     */
    static RecordLeadInputCommand leadInput(TeamMemberPerformanceReported report, Clock clock, Actor actor) {
        LocalDate on = report.reportedOn() != null ? report.reportedOn() : LocalDate.now(clock);
        String text = report.assessment() + (report.achievedTargets() == null || report.achievedTargets().isEmpty()
                ? "" : " — achieved: " + String.join("; ", report.achievedTargets()));
        return new RecordLeadInputCommand(PerformanceIds.planId(report.memberNip(), on.getYear()), report.memberNip(),
                on.getYear(), report.reportId(), report.leadNip(), report.teamId(), text, on, actor);
    }
}
