package id.sistemkerja.platform.idempotency;

import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Remembers, per caller and {@code Idempotency-Key}, the request's fingerprint and the first response, in the service's
 * PostgreSQL database (the same database as its events, so a key and the record it created survive together).
 * <p>
 * A key in progress names the instance running its request. When that instance is gone ({@link InstanceLiveness}: its
 * process died, e.g. {@code kill -9}), a retry takes the key over at once instead of waiting for
 * {@code abandonAfter}: the request runs again, and {@link CommandOutcomes} makes sure a command the dead instance had
 * already committed is answered from its recorded outcome, never applied twice.
 */
public class IdempotencyStore {

    /** What a new request with a key may do. */
    public sealed interface Outcome {
    }

    /** First use of the key: go ahead and record the response afterwards. */
    public record Started() implements Outcome {
    }

    /** The key's first request finished: answer with its response. */
    public record Replay(int status, String contentType, String location, byte[] body) implements Outcome {
    }

    /** The key's first request is still running. */
    public record InProgress() implements Outcome {
    }

    /** The key was used before for a different request. */
    public record Mismatch() implements Outcome {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Duration retention;
    private final Duration abandonAfter;
    private final InstanceLiveness liveness;

    public IdempotencyStore(JdbcTemplate jdbc, Clock clock, Duration retention, Duration abandonAfter,
                            InstanceLiveness liveness) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.retention = retention;
        this.abandonAfter = abandonAfter;
        this.liveness = liveness;
    }

    public void createSchema() {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sk_idempotency (
                    principal     VARCHAR(255) NOT NULL,
                    idem_key      VARCHAR(255) NOT NULL,
                    request_hash  CHAR(64)     NOT NULL,
                    state         VARCHAR(16)  NOT NULL,
                    status        INT,
                    content_type  VARCHAR(255),
                    location      VARCHAR(2048),
                    body          BYTEA,
                    created_at    TIMESTAMPTZ  NOT NULL,
                    completed_at  TIMESTAMPTZ,
                    PRIMARY KEY (principal, idem_key)
                )""");
        // the instance running a key's request (InstanceLiveness); added after the first release
        jdbc.execute("ALTER TABLE sk_idempotency ADD COLUMN IF NOT EXISTS owner BIGINT");
    }

    public Outcome begin(String principal, String key, String requestHash) {
        Instant now = clock.instant();
        for (int attempt = 0; attempt < 3; attempt++) {
            int inserted = jdbc.update("""
                    INSERT INTO sk_idempotency (principal, idem_key, request_hash, state, created_at, owner)
                    VALUES (?, ?, ?, 'IN_PROGRESS', ?, ?) ON CONFLICT DO NOTHING""",
                    principal, key, requestHash, Timestamp.from(now), liveness.instanceId());
            if (inserted == 1) {
                return new Started();
            }
            List<Row> rows = jdbc.query("""
                    SELECT request_hash, state, status, content_type, location, body, created_at, completed_at, owner
                    FROM sk_idempotency WHERE principal = ? AND idem_key = ?""",
                    (rs, i) -> new Row(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getString(4),
                            rs.getString(5), rs.getBytes(6), rs.getTimestamp(7).toInstant(),
                            rs.getTimestamp(8) == null ? null : rs.getTimestamp(8).toInstant(),
                            (Long) rs.getObject(9)),
                    principal, key);
            if (rows.isEmpty()) {
                continue; // removed meanwhile: try to claim it again
            }
            Row row = rows.get(0);
            boolean expired = row.completedAt() != null && row.completedAt().plus(retention).isBefore(now);
            boolean abandoned = row.completedAt() == null && (row.createdAt().plus(abandonAfter).isBefore(now)
                    || row.owner() == null || !liveness.isAlive(row.owner()));
            if (expired || abandoned) {
                jdbc.update("DELETE FROM sk_idempotency WHERE principal = ? AND idem_key = ? AND created_at = ?",
                        principal, key, Timestamp.from(row.createdAt()));
                continue;
            }
            if (!row.requestHash().equals(requestHash)) {
                return new Mismatch();
            }
            if ("COMPLETED".equals(row.state())) {
                return new Replay(row.status(), row.contentType(), row.location(), row.body());
            }
            return new InProgress();
        }
        return new InProgress();
    }

    public void complete(String principal, String key, int status, String contentType, String location, byte[] body) {
        jdbc.update("""
                UPDATE sk_idempotency SET state = 'COMPLETED', status = ?, content_type = ?, location = ?, body = ?,
                       completed_at = ?
                WHERE principal = ? AND idem_key = ?""",
                status, contentType, location, body, Timestamp.from(clock.instant()), principal, key);
    }

    /** Forget the key: its request failed in a way a retry may fix, or its caller went away before the answer. */
    public void release(String principal, String key) {
        jdbc.update("DELETE FROM sk_idempotency WHERE principal = ? AND idem_key = ? AND state = 'IN_PROGRESS'",
                principal, key);
    }

    public int purgeExpired() {
        return jdbc.update("DELETE FROM sk_idempotency WHERE completed_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }

    private record Row(String requestHash, String state, int status, String contentType, String location, byte[] body,
                       Instant createdAt, Instant completedAt, Long owner) {
    }
}
