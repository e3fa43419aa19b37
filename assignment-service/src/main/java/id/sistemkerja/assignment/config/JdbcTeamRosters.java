package id.sistemkerja.assignment.config;

import id.sistemkerja.assignment.command.TeamRosters;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

/**
 * Which orders gave TEAM assignments of a work team (TEAM-12), in the service's PostgreSQL and in the issuing command's
 * transaction, so the roster and the events never disagree.
 */
public class JdbcTeamRosters implements TeamRosters {

    private final JdbcTemplate jdbc;

    public JdbcTeamRosters(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createSchema() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS assignment_team_roster (team_id VARCHAR(200) NOT NULL, "
                + "order_id VARCHAR(200) NOT NULL, joined_at TIMESTAMP NOT NULL DEFAULT now(), "
                + "PRIMARY KEY (team_id, order_id))");
    }

    @Override
    public void join(String teamId, String orderId) {
        jdbc.update("INSERT INTO assignment_team_roster (team_id, order_id) VALUES (?, ?) ON CONFLICT DO NOTHING",
                teamId, orderId);
    }

    @Override
    public List<String> ordersOf(String teamId) {
        return jdbc.queryForList("SELECT order_id FROM assignment_team_roster WHERE team_id = ? "
                + "ORDER BY joined_at, order_id", String.class, teamId);
    }
}
