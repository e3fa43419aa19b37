package id.sistemkerja.platform.sample;

import id.sistemkerja.platform.audit.ledger.AuditSealer;
import id.sistemkerja.platform.audit.ledger.Checkpointer;
import id.sistemkerja.platform.audit.ledger.LedgerStore;
import id.sistemkerja.platform.audit.verify.Merkle;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sealing rate and proof generation time (docs/benchmarks.md), in the sample service against the test PostgreSQL.
 * With the sealer stopped, {@value #EVENTS} events are written to the event store (as committed commands would
 * write them); the sealer is started and timed until it has sealed them all. Then proofs are generated from the
 * ledger tables. Run: {@code ./mvnw -B -o test -Pbenchmarks -pl platform -am -Dtest=AuditSealingBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
@SiKerjaServiceTest
@TestPropertySource(properties = "sikerja.kafka.publisher-enabled=false")
class AuditSealingBenchmark {

    static final int EVENTS = 100_000;

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    LedgerStore ledger;
    @Autowired
    Checkpointer checkpointer;

    @Test
    @DisplayName("AUD-02 benchmark: sealing rate and proof generation time")
    void sealingRateAndProofTime() {
        TrackingEventProcessor sealer = processing.eventProcessor(AuditSealer.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(30)).until(() -> ledger.size() == count());
        sealer.shutDown();
        long before = ledger.size();
        String metadata = "{\"actor\":\"199001012015031001\",\"actorRoles\":[\"AGENCY_ADMIN\"],\"actorAgency\":"
                + "\"kota-bandung\",\"correlationId\":\"%s\",\"causationId\":\"%s\"}";
        for (int batch = 0; batch < EVENTS / 1000; batch++) {
            List<Object[]> rows = new ArrayList<>();
            for (int i = 0; i < 1000; i++) {
                String id = "bench-" + UUID.randomUUID();
                rows.add(new Object[]{UUID.randomUUID().toString(), id, Instant.now().toString(),
                        "{\"thingId\":\"" + id + "\",\"agencyId\":\"kota-bandung\",\"name\":\"benchmark thing " + i
                                + " of batch " + batch + "\"}",
                        String.format(metadata, UUID.randomUUID(), UUID.randomUUID())});
            }
            jdbc.batchUpdate("INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type,"
                    + " timestamp, payloadtype, payloadrevision, payload, metadata) VALUES (?, ?, 0, 'Thing', ?, "
                    + "'id.sistemkerja.platform.sample.SampleApplication$ThingRegisteredEvent', '1', ?, ?)", rows);
        }
        long started = System.nanoTime();
        sealer.start();
        await().atMost(Duration.ofMinutes(20)).pollInterval(Duration.ofMillis(200))
                .until(() -> ledger.size() == before + EVENTS);
        double sealSeconds = (System.nanoTime() - started) / 1e9;

        long size = ledger.size();
        long checkpointStarted = System.nanoTime();
        var checkpoint = checkpointer.checkpointNow().orElseThrow();
        double checkpointMs = (System.nanoTime() - checkpointStarted) / 1e6;
        assertThat(checkpoint.treeSize()).isEqualTo(size);

        Random random = new Random(42);
        Merkle.Subtrees tree = ledger.subtrees();
        byte[] root = checkpoint.root();
        int proofs = 1000;
        long inclusionStarted = System.nanoTime();
        for (int i = 0; i < proofs; i++) {
            long seq = (long) (random.nextDouble() * size);
            List<byte[]> path = Merkle.inclusionProof(seq, size, tree);
            assertThat(Merkle.verifyInclusion(seq, size, ledger.leafHashes(seq, seq + 1).get(0), path, root)).isTrue();
        }
        double inclusionMs = (System.nanoTime() - inclusionStarted) / 1e6 / proofs;
        long consistencyStarted = System.nanoTime();
        for (int i = 0; i < proofs; i++) {
            long first = 1 + (long) (random.nextDouble() * (size - 1));
            Merkle.consistencyProof(first, size, tree);
        }
        double consistencyMs = (System.nanoTime() - consistencyStarted) / 1e6 / proofs;
        System.out.printf(Locale.ROOT, "[benchmark] sealing: %d events in %.1f s = %.0f events/s (batch size 200); "
                        + "checkpoint of %d entries: %.0f ms; inclusion proof: %.2f ms; consistency proof: %.2f ms "
                        + "(means over %d, ledger of %d entries)%n", EVENTS, sealSeconds, EVENTS / sealSeconds, size,
                checkpointMs, inclusionMs, consistencyMs, proofs, size);
    }

    private long count() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }
}
