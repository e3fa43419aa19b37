package id.sistemkerja.platform.audit.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.audit.v1.AuditCheckpoint;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import org.axonframework.common.AxonThreadFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes the signed checkpoints: every {@code checkpoint-every-events} sealed entries, or every
 * {@code checkpoint-interval} when anything was sealed since the last one. Each is stored in
 * {@code audit_checkpoint} and published to Kafka {@code sk.audit.checkpoints} (key = service) so copies live outside
 * the database (the lesson of QLDB: digests kept inside the system prove nothing to its operators' auditors).
 * Unpublished checkpoints (Kafka down) are published on the next tick. All work runs on one thread.
 */
public class Checkpointer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(Checkpointer.class);

    private final String service;
    private final LedgerStore ledger;
    private final JdbcTemplate jdbc;
    private final SigningKey key;
    private final KafkaTemplate<String, byte[]> kafka;
    private final ObjectMapper objectMapper;
    private final Clock clock;
    private final long everyEvents;
    private final Duration interval;
    private ScheduledExecutorService executor;
    private volatile long lastSize = -1;
    private volatile boolean running;

    public Checkpointer(String service, LedgerStore ledger, JdbcTemplate jdbc, SigningKey key,
                        KafkaTemplate<String, byte[]> kafka, ObjectMapper objectMapper, Clock clock, long everyEvents,
                        Duration interval) {
        this.service = service;
        this.ledger = ledger;
        this.jdbc = jdbc;
        this.key = key;
        this.kafka = kafka;
        this.objectMapper = objectMapper;
        this.clock = clock;
        this.everyEvents = everyEvents;
        this.interval = interval;
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("sk-audit-checkpoints"));
        long period = Math.max(100, interval.toMillis());
        executor.scheduleWithFixedDelay(this::tick, period, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (executor != null) {
            executor.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Told by the sealer after each committed batch. */
    public void sealed(long size) {
        if (running && (lastSize < 0 || size - lastSize >= everyEvents)) {
            executor.execute(this::checkpointIfBehind);
        }
    }

    /** Makes a checkpoint of the whole ledger now (operators before an export; tests) and waits for it. */
    public Optional<Checkpoint> checkpointNow() {
        try {
            return executor.submit(() -> {
                long size = ledger.size();
                Optional<Checkpoint> latest = latest();
                if (size == 0 || latest.isPresent() && latest.get().treeSize() == size) {
                    publishPending();
                    return latest;
                }
                return Optional.of(checkpoint(size));
            }).get(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not make an audit checkpoint", e);
        }
    }

    private void tick() {
        try {
            Optional<Checkpoint> latest = latest();
            long size = ledger.size();
            boolean due = latest.isEmpty() || Duration.between(Instant.parse(latest.get().time()), clock.instant())
                    .compareTo(interval) >= 0;
            if (size > latest.map(Checkpoint::treeSize).orElse(0L) && due) {
                checkpoint(size);
            } else {
                lastSize = latest.map(Checkpoint::treeSize).orElse(0L);
            }
            publishPending();
        } catch (RuntimeException e) {
            log.warn("Audit checkpoint tick failed; retrying at the next one", e);
        }
    }

    private void checkpointIfBehind() {
        try {
            long size = ledger.size();
            long latest = latest().map(Checkpoint::treeSize).orElse(0L);
            if (size - latest >= everyEvents) {
                checkpoint(size);
            } else {
                lastSize = latest;
            }
        } catch (RuntimeException e) {
            log.warn("Audit checkpoint failed; retrying at the next tick", e);
        }
    }

    private Checkpoint checkpoint(long size) {
        byte[] root = ledger.root(size);
        Checkpoint checkpoint = Checkpoint.sign(service, size, root, clock.instant().toString(), key.privateKey(),
                key.keyId());
        jdbc.update("INSERT INTO audit_checkpoint (tree_size, root_hash, created_at, key_id, signature) "
                        + "VALUES (?, ?, ?, ?, ?) ON CONFLICT (tree_size) DO NOTHING", size, checkpoint.rootHash(),
                checkpoint.time(), checkpoint.keyId(), checkpoint.signature());
        lastSize = size;
        publishPending();
        return byTreeSize(size).orElse(checkpoint);
    }

    private void publishPending() {
        List<Checkpoint> pending = jdbc.query("SELECT * FROM audit_checkpoint WHERE NOT published ORDER BY tree_size",
                this::map);
        for (Checkpoint checkpoint : pending) {
            try {
                kafka.send(Topics.AUDIT_CHECKPOINTS, service, objectMapper.writeValueAsBytes(toContract(checkpoint)))
                        .get(30, TimeUnit.SECONDS);
                jdbc.update("UPDATE audit_checkpoint SET published = TRUE WHERE tree_size = ?", checkpoint.treeSize());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException | JsonProcessingException e) {
                log.warn("Audit checkpoint {} not published to {} yet: {}", checkpoint.treeSize(),
                        Topics.AUDIT_CHECKPOINTS, e.toString());
                return;
            }
        }
    }

    public static AuditCheckpoint toContract(Checkpoint c) {
        return new AuditCheckpoint(c.service(), c.treeSize(), c.rootHash(), c.time(), c.keyId(),
                c.signatureAlgorithm(), c.signature());
    }

    public Optional<Checkpoint> latest() {
        return jdbc.query("SELECT * FROM audit_checkpoint ORDER BY tree_size DESC LIMIT 1", this::map).stream()
                .findFirst();
    }

    public Optional<Checkpoint> byTreeSize(long treeSize) {
        return jdbc.query("SELECT * FROM audit_checkpoint WHERE tree_size = ?", this::map, treeSize).stream()
                .findFirst();
    }

    /** Checkpoints from {@code fromSize} on, at most {@code limit}. */
    public List<Checkpoint> page(long fromSize, int limit) {
        return jdbc.query("SELECT * FROM audit_checkpoint WHERE tree_size >= ? ORDER BY tree_size LIMIT ?", this::map,
                fromSize, limit);
    }

    private Checkpoint map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Checkpoint(service, rs.getLong("tree_size"), rs.getString("root_hash"), rs.getString("created_at"),
                rs.getString("key_id"), Checkpoint.ALGORITHM, rs.getString("signature"));
    }
}
