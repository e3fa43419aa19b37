package id.sistemkerja.performance.integration;

import id.sistemkerja.contracts.team.v1.TeamMemberPerformanceReported;
import id.sistemkerja.performance.api.PlanCommands.RecordLeadInputCommand;
import id.sistemkerja.platform.security.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** PERF-05: a team lead's report from team-service as the lead's input on the member's SKP. */
class TeamLeadInputSubscriptionTest {

    /** 1 January 2027, 06:00 in Jakarta: still 31 December 2026 in UTC. */
    private static final Clock NEW_YEAR_JAKARTA = Clock.fixed(Instant.parse("2026-12-31T23:00:00Z"),
            ZoneId.of("Asia/Jakarta"));
    private static final Actor SYSTEM = Actor.system("bks");

    private static TeamMemberPerformanceReported report(LocalDate reportedOn) {
        return new TeamMemberPerformanceReported("rep-1", "tim-1", "bks", "bks.unit", "198001012010011001",
                "198001012010011002", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 12, 31), "andal",
                List.of("laporan 1", "laporan 2"), List.of(), reportedOn, "bekasi-2023", 2, List.of("TEAM-10"));
    }

    @Test
    @DisplayName("PERF-05 TEAM-10 the lead's report goes on the member's SKP of the year it was made, dated that day, "
            + "with the achieved targets")
    void onThePlanOfTheYearReported() {
        RecordLeadInputCommand command = TeamLeadInputSubscription.leadInput(report(LocalDate.of(2026, 12, 30)),
                NEW_YEAR_JAKARTA, SYSTEM);
        assertThat(command).isEqualTo(new RecordLeadInputCommand("skp:198001012010011001:2026",
                "198001012010011001", 2026, "rep-1", "198001012010011002", "tim-1",
                "andal — achieved: laporan 1; laporan 2", LocalDate.of(2026, 12, 30), SYSTEM));
    }

    @Test
    @DisplayName("PERF-05 a report without its date is dated today by the service's clock (tests control it), not the "
            + "machine's clock")
    void undatedReportTakesTheServiceClock() {
        RecordLeadInputCommand command = TeamLeadInputSubscription.leadInput(report(null), NEW_YEAR_JAKARTA, SYSTEM);
        assertThat(command.reportedOn()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(command.planId()).isEqualTo("skp:198001012010011001:2027");
        assertThat(command.year()).isEqualTo(2027);
    }
}
