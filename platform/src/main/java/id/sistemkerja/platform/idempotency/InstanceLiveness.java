package id.sistemkerja.platform.idempotency;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Which service instances are alive, as PostgreSQL sees them: each instance holds a session-level advisory lock on its
 * own random id over a connection of its own for as long as it runs. When the process dies (also by {@code kill -9}),
 * its connection closes and PostgreSQL releases the lock, so any other instance — or the same service restarted —
 * knows at once that the requests that instance had in progress will never finish. A stopped-but-alive process
 * (SIGSTOP, a long GC pause) keeps its connection and counts as alive.
 */
public class InstanceLiveness implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(InstanceLiveness.class);

    private final long instanceId = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE >>> 1);
    private final String url;
    private final String user;
    private final String password;
    private final JdbcTemplate jdbc;
    private Connection lockConnection;
    private ScheduledExecutorService keeper;

    public InstanceLiveness(String url, String user, String password, JdbcTemplate jdbc) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.jdbc = jdbc;
    }

    public long instanceId() {
        return instanceId;
    }

    /** Takes the lock and keeps it: re-taken every few seconds if the connection broke (PostgreSQL restarted). */
    public synchronized void start() {
        ensureHeld();
        if (keeper == null) {
            keeper = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "sk-instance-liveness");
                t.setDaemon(true);
                return t;
            });
            keeper.scheduleWithFixedDelay(this::ensureHeld, 5, 5, TimeUnit.SECONDS);
        }
    }

    /**
     * Holds the lock (again, after PostgreSQL restarted and the connection broke). Called at start and periodically;
     * failures are logged and retried at the next call.
     */
    public synchronized void ensureHeld() {
        try {
            if (lockConnection != null && lockConnection.isValid(2)) {
                return;
            }
            closeQuietly();
            Properties login = new Properties();
            if (user != null) {
                login.setProperty("user", user);
            }
            if (password != null) {
                login.setProperty("password", password);
            }
            login.setProperty("ApplicationName", "sikerja-instance-" + instanceId);
            login.setProperty("tcpKeepAlive", "true");
            Connection connection = DriverManager.getConnection(url, login);
            try (PreparedStatement lock = connection.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, instanceId);
                lock.execute();
            }
            lockConnection = connection;
        } catch (SQLException e) {
            log.warn("Cannot hold the liveness lock of instance {} yet: {}", instanceId, e.getMessage());
            closeQuietly();
        }
    }

    /** True while the instance {@code id} holds its lock, i.e. its process is alive and connected. */
    public boolean isAlive(long id) {
        if (id == instanceId) {
            return true;
        }
        Integer held = jdbc.queryForObject("""
                SELECT count(*) FROM pg_locks
                WHERE locktype = 'advisory' AND granted AND objsubid = 1 AND classid::bigint = ? AND objid::bigint = ?""",
                Integer.class, id >>> 32, id & 0xFFFFFFFFL);
        return held != null && held > 0;
    }

    @Override
    public synchronized void close() {
        if (keeper != null) {
            keeper.shutdownNow();
            keeper = null;
        }
        closeQuietly();
    }

    private void closeQuietly() {
        if (lockConnection != null) {
            try {
                lockConnection.close();
            } catch (SQLException ignored) {
                // the lock goes with the session
            }
            lockConnection = null;
        }
    }
}
