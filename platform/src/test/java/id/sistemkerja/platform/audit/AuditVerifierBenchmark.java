package id.sistemkerja.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Keys;
import id.sistemkerja.platform.audit.verify.LedgerLine;
import id.sistemkerja.platform.audit.verify.LedgerVerifier;
import id.sistemkerja.platform.audit.verify.Merkle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The verifier on a 1,000,000-entry ledger (docs/benchmarks.md). Writes {@code target/audit-bench/} (ledger,
 * checkpoints every 10,000 entries, public key; never committed), then verifies it in this JVM. The same files are
 * then checked with the jar: {@code java -jar deploy/target/sikerja-audit-verifier.jar ledger --ledger
 * platform/target/audit-bench/ledger.ndjson --checkpoints platform/target/audit-bench/checkpoints.ndjson --public-key
 * platform/target/audit-bench/audit-public.pem}.
 * Run: {@code ./mvnw -B -o test -Pbenchmarks -pl platform -am -Dtest=AuditVerifierBenchmark -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class AuditVerifierBenchmark {

    static final int ENTRIES = Integer.getInteger("sikerja.bench.ledger-entries", 1_000_000);

    @Test
    @DisplayName("AUD-02 benchmark: the standalone verifier checks a 1,000,000-entry ledger")
    void verifyMillionEntryLedger() throws Exception {
        Path dir = Path.of("target", "audit-bench");
        Files.createDirectories(dir);
        Path ledger = dir.resolve("ledger.ndjson");
        Path checkpointFile = dir.resolve("checkpoints.ndjson");
        Files.writeString(dir.resolve("audit-public.pem"), Keys.publicKeyPem(LedgerFixture.KEYS.getPublic()));

        long generating = System.nanoTime();
        Merkle.RootAccumulator tree = new Merkle.RootAccumulator();
        List<Checkpoint> checkpoints = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter out = Files.newBufferedWriter(ledger, StandardCharsets.UTF_8)) {
            for (long seq = 0; seq < ENTRIES; seq++) {
                String entry = LedgerFixture.entry(seq);
                byte[] leaf = Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8));
                out.write(LedgerLine.visible(entry, leaf));
                out.write('\n');
                tree.add(leaf);
                if ((seq + 1) % 10_000 == 0 || seq + 1 == ENTRIES) {
                    checkpoints.add(Checkpoint.sign("assignment", seq + 1, tree.root(),
                            Instant.ofEpochSecond(1_767_225_600L + seq).toString(), LedgerFixture.KEYS.getPrivate(),
                            Keys.keyId(LedgerFixture.KEYS.getPublic())));
                }
            }
        }
        try (BufferedWriter out = Files.newBufferedWriter(checkpointFile, StandardCharsets.UTF_8)) {
            for (Checkpoint checkpoint : checkpoints) {
                out.write(json.writeValueAsString(checkpoint));
                out.write('\n');
            }
        }
        double generated = (System.nanoTime() - generating) / 1e9;

        long started = System.nanoTime();
        LedgerVerifier.Report report = LedgerVerifier.verify(ledger, LedgerVerifier.readCheckpoints(checkpointFile),
                LedgerFixture.KEYS.getPublic(), "assignment");
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf(Locale.ROOT, "[benchmark] verifier: %d entries (%.0f MiB), %d checkpoints, verified in %.1f s "
                        + "(%.0f entries/s); generated in %.1f s%n", report.entries(), Files.size(ledger) / 1048576.0,
                checkpoints.size(), seconds, report.entries() / seconds, generated);
        assertThat(report.ok()).as(report.findings().toString()).isTrue();
        assertThat(report.entries()).isEqualTo(ENTRIES);
        assertThat(report.verifiedSize()).isEqualTo(ENTRIES);
    }
}
