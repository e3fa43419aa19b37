package id.sistemkerja.platform.audit;

import id.sistemkerja.platform.audit.ledger.EventRow;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Keys;
import id.sistemkerja.platform.audit.verify.LedgerLine;
import id.sistemkerja.platform.audit.verify.Merkle;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic exported ledger (entries built exactly as the sealer builds them) and its signed checkpoints, written to
 * files as an auditor would have them.
 */
final class LedgerFixture {

    static final KeyPair KEYS = Keys.generate();

    final List<String> lines = new ArrayList<>();
    final List<Checkpoint> checkpoints = new ArrayList<>();

    static String entry(long seq) {
        String agency = seq % 3 == 0 ? "kota-bandung" : "kota-bekasi";
        EventRow row = new EventRow(seq * 2 + 1, "event-" + seq, "Assignment", "assignment-" + (seq % 97),
                seq / 97, Instant.ofEpochSecond(1_767_225_600L + seq).toString(),
                "id.sistemkerja.assignment.api.AssignmentEvents$AssignmentApprovedEvent", "1",
                "{\"assignmentId\":\"assignment-" + (seq % 97) + "\",\"agencyId\":\"" + agency + "\","
                        + "\"reason\":\"Penugasan lintas unit kerja no. " + seq + "\",\"decision\":{\"profileId\":"
                        + "\"bandung-2023\",\"version\":1,\"ruleIds\":[\"ASG-05\",\"ASG-07\"]}}",
                "{\"actor\":\"19780101200501100" + (seq % 10) + "\",\"actorRoles\":[\"AUTHORIZED_OFFICIAL\"],"
                        + "\"correlationId\":\"c-" + seq + "\"}");
        return row.canonical(seq);
    }

    static LedgerFixture of(int size, long... checkpointSizes) {
        LedgerFixture fixture = new LedgerFixture();
        Merkle.RootAccumulator tree = new Merkle.RootAccumulator();
        int next = 0;
        for (long seq = 0; seq < size; seq++) {
            String entry = entry(seq);
            byte[] leaf = Merkle.leafHash(entry.getBytes(StandardCharsets.UTF_8));
            fixture.lines.add(LedgerLine.visible(entry, leaf));
            tree.add(leaf);
            while (next < checkpointSizes.length && checkpointSizes[next] == seq + 1) {
                fixture.checkpoints.add(Checkpoint.sign("assignment", seq + 1, tree.root(),
                        Instant.ofEpochSecond(1_767_225_600L + seq).toString(), KEYS.getPrivate(),
                        Keys.keyId(KEYS.getPublic())));
                next++;
            }
        }
        return fixture;
    }

    static void write(Path file, List<String> lines) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                out.write(line);
                out.write('\n');
            }
        }
    }
}
