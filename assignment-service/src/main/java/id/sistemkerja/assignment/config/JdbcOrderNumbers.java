package id.sistemkerja.assignment.config;

import id.sistemkerja.assignment.command.OrderNumbers;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Order numbers in the service's PostgreSQL, in the command's transaction (the command bus runs each command in a
 * Spring transaction on the same DataSource as the event store): the counter row is locked by the upsert until the
 * events are committed, a failed command rolls it back, so numbers have no gaps and no duplicates (ASG-04).
 */
public class JdbcOrderNumbers implements OrderNumbers {

    private final JdbcTemplate jdbc;

    public JdbcOrderNumbers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void createSchema() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS assignment_order_counter (agency_id VARCHAR(200) NOT NULL, "
                + "year INT NOT NULL, next_seq BIGINT NOT NULL, PRIMARY KEY (agency_id, year))");
    }

    @Override
    public long next(String agencyId, int year) {
        Long taken = jdbc.queryForObject("INSERT INTO assignment_order_counter (agency_id, year, next_seq) "
                + "VALUES (?, ?, 2) ON CONFLICT (agency_id, year) DO UPDATE "
                + "SET next_seq = assignment_order_counter.next_seq + 1 RETURNING next_seq - 1", Long.class,
                agencyId, year);
        return taken == null ? 1 : taken;
    }
}
