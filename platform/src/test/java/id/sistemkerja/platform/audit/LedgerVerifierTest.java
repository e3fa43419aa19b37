package id.sistemkerja.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Keys;
import id.sistemkerja.platform.audit.verify.LedgerLine;
import id.sistemkerja.platform.audit.verify.LedgerVerifier;
import id.sistemkerja.platform.audit.verify.LedgerVerifier.Kind;
import id.sistemkerja.platform.audit.verify.LedgerVerifier.Report;
import id.sistemkerja.platform.audit.verify.Merkle;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The standalone verifier on exported ledgers: honest ones verify, each kind of tampering is found and located. */
class LedgerVerifierTest {

    private static final LedgerFixture HONEST = LedgerFixture.of(1000, 100, 250, 500, 999, 1000);

    @TempDir
    Path dir;

    private static Report verify(List<String> lines, List<Checkpoint> checkpoints) throws Exception {
        return LedgerVerifier.verify(new StringReader(String.join("\n", lines) + "\n"), checkpoints,
                LedgerFixture.KEYS.getPublic(), "assignment");
    }

    private static Report verify(List<String> lines) throws Exception {
        return verify(lines, HONEST.checkpoints);
    }

    private static List<String> lines() {
        return new ArrayList<>(HONEST.lines);
    }

    @Test
    @DisplayName("AUD-02 an honest ledger export verifies against all its signed checkpoints")
    void honestLedgerVerifies() throws Exception {
        Report report = verify(HONEST.lines);
        assertThat(report.findings()).isEmpty();
        assertThat(report.ok()).isTrue();
        assertThat(report.entries()).isEqualTo(1000);
        assertThat(report.checkpointsVerified()).isEqualTo(5);
        assertThat(report.verifiedSize()).isEqualTo(1000);
    }

    @Test
    @DisplayName("AUD-02 one flipped byte in one exported entry is found at that entry")
    void flippedByteIsLocated() throws Exception {
        List<String> lines = lines();
        lines.set(417, lines.get(417).replace("Penugasan lintas unit kerja no. 417", "Penugasan lintas unit kerja no. 418"));
        Report report = verify(lines);
        assertThat(report.firstEntryFinding().kind()).isEqualTo(Kind.CHANGED);
        assertThat(report.firstEntryFinding().position()).isEqualTo(417);
    }

    @Test
    @DisplayName("AUD-02 a flipped byte in a stored leaf hash is found at that entry")
    void flippedLeafHashIsLocated() throws Exception {
        List<String> lines = lines();
        String line = lines.get(33);
        int at = line.indexOf("\"leafHash\":\"") + 12;
        lines.set(33, line.substring(0, at) + (line.charAt(at) == '0' ? '1' : '0') + line.substring(at + 1));
        Report report = verify(lines);
        assertThat(report.firstEntryFinding()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(Kind.CHANGED, 33L);
    }

    @Test
    @DisplayName("AUD-02 a removed entry is found at its position")
    void removedEntryIsLocated() throws Exception {
        List<String> lines = lines();
        lines.remove(600);
        Report report = verify(lines);
        assertThat(report.firstEntryFinding()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(Kind.REMOVED, 600L);
    }

    @Test
    @DisplayName("AUD-02 two swapped entries are found at the first of them")
    void swappedEntriesAreLocated() throws Exception {
        List<String> lines = lines();
        Collections.swap(lines, 120, 121);
        Report report = verify(lines);
        assertThat(report.firstEntryFinding()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(Kind.REORDERED, 120L);
        List<String> far = lines();
        Collections.swap(far, 10, 900);
        assertThat(verify(far).firstEntryFinding()).extracting(LedgerVerifier.Finding::kind,
                LedgerVerifier.Finding::position).containsExactly(Kind.REORDERED, 10L);
    }

    @Test
    @DisplayName("AUD-02 an inserted entry (forged with a plausible sequence, or a copy of an earlier one) is found")
    void insertedEntryIsLocated() throws Exception {
        List<String> forged = lines();
        String entry = LedgerFixture.entry(300).replace("no. 300", "no. 300 (tambahan)");
        forged.add(300, LedgerLine.visible(entry, Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8))));
        assertThat(verify(forged).firstEntryFinding()).extracting(LedgerVerifier.Finding::kind,
                LedgerVerifier.Finding::position).containsExactly(Kind.INSERTED, 300L);

        List<String> copied = lines();
        copied.add(700, HONEST.lines.get(5));
        assertThat(verify(copied).firstEntryFinding()).extracting(LedgerVerifier.Finding::kind,
                LedgerVerifier.Finding::position).containsExactly(Kind.INSERTED, 700L);
    }

    @Test
    @DisplayName("AUD-02 a truncated tail is found where the export ends")
    void truncatedTailIsLocated() throws Exception {
        Report report = verify(lines().subList(0, 980));
        assertThat(report.firstEntryFinding()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(Kind.TRUNCATED, 980L);
    }

    @Test
    @DisplayName("AUD-02 a replaced checkpoint root is found: its signature no longer holds")
    void replacedCheckpointRootIsFound() throws Exception {
        List<Checkpoint> checkpoints = new ArrayList<>(HONEST.checkpoints);
        Checkpoint original = checkpoints.get(2);
        checkpoints.set(2, new Checkpoint(original.service(), original.treeSize(), "00".repeat(32), original.time(),
                original.keyId(), original.signatureAlgorithm(), original.signature()));
        Report report = verify(HONEST.lines, checkpoints);
        assertThat(report.ok()).isFalse();
        assertThat(report.findings()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(Kind.CHECKPOINT_SIGNATURE, 500L));
    }

    @Test
    @DisplayName("AUD-02 an entry rewritten together with its leaf hash is found by the signed roots, between two checkpoints")
    void consistentRewriteIsFoundByTheRoots() throws Exception {
        List<String> lines = lines();
        String entry = LedgerFixture.entry(300).replace("no. 300", "no. 301");
        lines.set(300, LedgerLine.visible(entry, Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8))));
        Report report = verify(lines);
        assertThat(report.firstEntryFinding().kind()).isEqualTo(Kind.ROOT_MISMATCH);
        assertThat(report.firstEntryFinding().position()).isEqualTo(250L);
        assertThat(report.firstEntryFinding().detail()).contains("from 250 to 499");
    }

    @Test
    @DisplayName("AUD-02 history rewritten and signed again is found: a later signed checkpoint contradicts an earlier one")
    void resignedRewriteIsInconsistentWithEarlierCheckpoint() throws Exception {
        List<String> lines = lines();
        String entry = LedgerFixture.entry(50).replace("no. 50", "no. 51");
        lines.set(50, LedgerLine.visible(entry, Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8))));
        Merkle.RootAccumulator tree = new Merkle.RootAccumulator();
        for (String line : lines) {
            tree.add(LedgerLine.parse(line).leafHash());
        }
        List<Checkpoint> checkpoints = new ArrayList<>(HONEST.checkpoints.subList(0, 1)); // the old copy, from Kafka
        checkpoints.add(Checkpoint.sign("assignment", 1000, tree.root(), "2027-01-01T00:00:00Z",
                LedgerFixture.KEYS.getPrivate(), Keys.keyId(LedgerFixture.KEYS.getPublic())));
        Report report = verify(lines, checkpoints);
        assertThat(report.findings()).extracting(LedgerVerifier.Finding::kind)
                .contains(Kind.ROOT_MISMATCH, Kind.CHECKPOINT_INCONSISTENT);
        assertThat(report.firstEntryFinding().position()).isZero();
    }

    @Test
    @DisplayName("AUD-02 checkpoints signed by another key are not trusted")
    void otherKeyIsRefused() throws Exception {
        Report report = LedgerVerifier.verify(new StringReader(String.join("\n", HONEST.lines)), HONEST.checkpoints,
                Keys.generate().getPublic(), "assignment");
        assertThat(report.findings()).hasSize(5).allMatch(f -> f.kind() == Kind.CHECKPOINT_SIGNATURE);
    }

    @Test
    @DisplayName("AUD-02 a redacted export (other agencies' entries as leaf hashes) still verifies, and tampering in the visible part is found")
    void redactedExportVerifies() throws Exception {
        List<String> lines = lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i % 3 != 0) {
                lines.set(i, LedgerLine.redacted(i, LedgerLine.parse(lines.get(i)).leafHash()));
            }
        }
        Report report = verify(lines);
        assertThat(report.ok()).isTrue();
        assertThat(report.redacted()).isEqualTo(666);
        lines.set(303, lines.get(303).replace("no. 303", "no. 304"));
        assertThat(verify(lines).firstEntryFinding()).extracting(LedgerVerifier.Finding::kind,
                LedgerVerifier.Finding::position).containsExactly(Kind.CHANGED, 303L);
    }

    @Test
    @DisplayName("AUD-02 the command-line verifier prints OK and exits 0 on an honest export, TAMPERED and 1 otherwise")
    void commandLine() throws Exception {
        Path ledger = dir.resolve("ledger.ndjson");
        Path checkpoints = dir.resolve("checkpoints.ndjson");
        Path key = dir.resolve("assignment-audit.pem");
        LedgerFixture.write(ledger, HONEST.lines);
        ObjectMapper json = new ObjectMapper();
        List<String> checkpointLines = new ArrayList<>();
        for (Checkpoint c : HONEST.checkpoints) {
            checkpointLines.add(json.writeValueAsString(c));
        }
        LedgerFixture.write(checkpoints, checkpointLines);
        Files.writeString(key, Keys.publicKeyPem(LedgerFixture.KEYS.getPublic()));
        String[] args = {"ledger", "--ledger", ledger.toString(), "--checkpoints", checkpoints.toString(),
                "--public-key", key.toString()};

        assertThat(runMain(args)).isZero();
        List<String> tampered = lines();
        tampered.remove(10);
        LedgerFixture.write(ledger, tampered);
        assertThat(runMain(args)).isEqualTo(1);
        assertThat(runMain(new String[]{"ledger", "--ledger", ledger.toString()})).isEqualTo(2);
    }

    private static int runMain(String[] args) throws Exception {
        var run = Class.forName("id.sistemkerja.platform.audit.verify.VerifierMain").getDeclaredMethod("run", String[].class);
        run.setAccessible(true);
        return (int) run.invoke(null, (Object) args);
    }
}
