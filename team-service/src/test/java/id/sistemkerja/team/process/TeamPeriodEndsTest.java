package id.sistemkerja.team.process;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.team.TeamApiTest;
import id.sistemkerja.team.api.TeamStatus;
import id.sistemkerja.team.query.TeamDocuments;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The nightly TEAM-12 job as operations see it: one node of the cluster runs it at a time, and a team it cannot end is
 * counted (and logged with its stack trace) instead of waiting silently for the next night.
 */
class TeamPeriodEndsTest extends TeamApiTest {

    @Autowired
    TeamPeriodEnds periodEnds;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    MeterRegistry registry;
    @Autowired
    DataSource dataSource;

    /** A team the read model shows as established past its period, which has no record in the event store. */
    private String unendableTeam() {
        String teamId = "team-without-record-" + UUID.randomUUID();
        mongo.save(new TeamDocument(teamId, "kota-uji", "kota-uji.unit", "kota-uji.dinas", "Tim", "Tujuan", List.of(),
                List.of(), List.of(), List.of(), AssignmentScope.WITHIN_UNIT, 2, LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 12, 31), TeamStatus.ESTABLISHED, false, List.of(), null, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null), TeamDocuments.TEAMS);
        return teamId;
    }

    private double failures() {
        return registry.counter(TeamPeriodEnds.FAILURES).count();
    }

    @Test
    @DisplayName("TEAM-12 a team the nightly job cannot end is counted (sikerja.team.period.end.failures) and tried again the next run")
    void failuresAreCounted() {
        String teamId = unendableTeam();
        try {
            double before = failures();
            periodEnds.endOverdueTeams();
            assertThat(failures()).isEqualTo(before + 1);
            periodEnds.endOverdueTeams();
            assertThat(failures()).isEqualTo(before + 2);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(teamId)), TeamDocuments.TEAMS);
        }
    }

    @Test
    @DisplayName("TEAM-12 the nightly job runs on one node of the cluster: while another node holds the job's lock, this node skips the run")
    void oneNodeAtATime() throws Exception {
        String teamId = unendableTeam();
        try (Connection otherNode = dataSource.getConnection()) {
            lock(otherNode, "pg_advisory_lock");
            double before = failures();
            assertThat(periodEnds.endOverdueTeams()).isZero();
            assertThat(failures()).as("the team was not even tried").isEqualTo(before);
            lock(otherNode, "pg_advisory_unlock");
            periodEnds.endOverdueTeams();
            assertThat(failures()).as("once the other node is done, this node runs the job").isEqualTo(before + 1);
        } finally {
            mongo.remove(Query.query(Criteria.where("_id").is(teamId)), TeamDocuments.TEAMS);
        }
    }

    private static void lock(Connection connection, String function) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + function + "(hashtext(?))")) {
            statement.setString(1, TeamPeriodEnds.JOB);
            statement.executeQuery().close();
        }
    }
}
