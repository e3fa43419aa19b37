package id.sistemkerja.platform.scheduling;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a scheduled job on one node of a service's cluster at a time: every replica of a service shares its PostgreSQL,
 * so the job takes a session-level advisory lock named after it on a connection of its own, runs while holding it and
 * releases it on return. A node that finds the lock taken skips the run (the other node does the work); a node that
 * dies while holding it loses its connection, and with it the lock. The job's own work runs on other connections and
 * transactions, never inside the lock's.
 */
public class ClusterJobLock {

    private final DataSource dataSource;

    public ClusterJobLock(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The job's result, or empty when another node is running {@code jobName} right now. */
    public <T> Optional<T> runExclusively(String jobName, Supplier<T> job) {
        try (Connection connection = dataSource.getConnection()) {
            if (!call(connection, "SELECT pg_try_advisory_lock(hashtext(?))", jobName)) {
                return Optional.empty();
            }
            try {
                return Optional.ofNullable(job.get());
            } finally {
                call(connection, "SELECT pg_advisory_unlock(hashtext(?))", jobName);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot take the cluster lock of job " + jobName, e);
        }
    }

    private static boolean call(Connection connection, String sql, String jobName) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, jobName);
            try (ResultSet result = statement.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }
}
