package id.sistemkerja.platform.audit.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.platform.audit.verify.CanonicalJson;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Merkle;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Re-checks the live event store against the ledger, on the server (AUD-02): every sealed entry is rebuilt from the
 * event store row it was sealed from and compared byte for byte, every entry's content against its stored leaf hash,
 * the sequence for gaps, every stored checkpoint against the root of its prefix, and the event store for events the
 * sealer has passed but that are not in the ledger. Streams through both tables in pages.
 */
public class LiveCheck {

    static final int PAGE = 1000;
    static final int MAX_PROBLEMS = 20;

    /** What the check found. */
    public enum Kind {
        /** The event store row differs from what was sealed (changed after sealing). */
        EVENT_CHANGED,
        /** A sealed event is no longer in the event store (deleted after sealing). */
        EVENT_MISSING,
        /** An event store row the sealer has passed is not in the ledger (inserted after sealing). */
        EVENT_UNSEALED,
        /** A ledger row's content does not match its own leaf hash. */
        ENTRY_CHANGED,
        /** The ledger sequence has a gap (a ledger row was deleted). */
        ENTRY_MISSING,
        /** A stored checkpoint's root differs from the root of the ledger prefix it covers. */
        CHECKPOINT_MISMATCH
    }

    public record Problem(Kind kind, Long seq, Long globalIndex, String eventId, String detail) {
    }

    /**
     * @param ok                  nothing found
     * @param entriesChecked      ledger entries compared with the event store
     * @param checkpointsChecked  stored checkpoints compared with the ledger
     * @param ledgerRoot          root of the whole ledger as stored (hex)
     * @param problems            the first {@value #MAX_PROBLEMS} problems, in ledger order
     * @param problemCount        all problems found
     */
    public record Result(boolean ok, long entriesChecked, int checkpointsChecked, String ledgerRoot,
                         List<Problem> problems, long problemCount) {
    }

    private final JdbcTemplate jdbc;
    private final LedgerStore ledger;
    private final Checkpointer checkpoints;

    public LiveCheck(JdbcTemplate jdbc, LedgerStore ledger, Checkpointer checkpoints) {
        this.jdbc = jdbc;
        this.ledger = ledger;
        this.checkpoints = checkpoints;
    }

    public Result run() {
        List<Problem> problems = new ArrayList<>();
        long[] count = {0};
        Iterator<Checkpoint> stored = checkpoints.page(1, Integer.MAX_VALUE).iterator();
        Checkpoint[] nextCheckpoint = {stored.hasNext() ? stored.next() : null};
        int[] checkpointsChecked = {0};
        Merkle.RootAccumulator tree = new Merkle.RootAccumulator();
        long from = 0;
        long expected = 0;
        while (true) {
            List<LedgerEntry> page = ledger.page(from, PAGE);
            if (page.isEmpty()) {
                break;
            }
            Map<Long, EventRow> rows = new HashMap<>();
            jdbc.query("SELECT " + EventRow.COLUMNS + " FROM domainevententry WHERE globalindex = ANY (?)", rs -> {
                EventRow row = EventRow.read(rs);
                rows.put(row.globalIndex(), row);
            }, (Object) page.stream().map(LedgerEntry::globalIndex).toArray(Long[]::new));
            for (LedgerEntry entry : page) {
                if (entry.seq() != expected) {
                    add(problems, count, new Problem(Kind.ENTRY_MISSING, expected, null, null, "ledger entries "
                            + expected + ".." + (entry.seq() - 1) + " are missing"));
                    expected = entry.seq();
                }
                byte[] leaf = Merkle.leafHash(entry.canonical().getBytes(StandardCharsets.UTF_8));
                if (!Arrays.equals(leaf, entry.leafHash())) {
                    add(problems, count, new Problem(Kind.ENTRY_CHANGED, entry.seq(), entry.globalIndex(),
                            entry.eventId(), "the ledger row's content no longer matches its leaf hash"));
                }
                EventRow row = rows.get(entry.globalIndex());
                if (row == null) {
                    add(problems, count, new Problem(Kind.EVENT_MISSING, entry.seq(), entry.globalIndex(),
                            entry.eventId(), "the sealed event is no longer in the event store"));
                } else {
                    String now = row.canonical(entry.seq());
                    if (!now.equals(entry.canonical())) {
                        add(problems, count, new Problem(Kind.EVENT_CHANGED, entry.seq(), entry.globalIndex(),
                                entry.eventId(), "the stored event differs from the sealed entry in: "
                                + differingFields(entry.canonical(), now)));
                    }
                }
                tree.add(entry.leafHash());
                expected++;
                while (nextCheckpoint[0] != null && nextCheckpoint[0].treeSize() == tree.size()) {
                    checkpointsChecked[0]++;
                    if (!Arrays.equals(tree.root(), nextCheckpoint[0].root())) {
                        add(problems, count, new Problem(Kind.CHECKPOINT_MISMATCH, tree.size(), null, null,
                                "the first " + tree.size() + " ledger entries do not hash to the checkpoint's root"));
                    }
                    nextCheckpoint[0] = stored.hasNext() ? stored.next() : null;
                }
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
        if (nextCheckpoint[0] != null) {
            add(problems, count, new Problem(Kind.ENTRY_MISSING, tree.size(), null, null, "a checkpoint covers "
                    + nextCheckpoint[0].treeSize() + " entries but the ledger has " + tree.size()));
        }
        jdbc.query("""
                SELECT e.globalindex, e.eventidentifier FROM domainevententry e
                WHERE e.globalindex < (SELECT COALESCE(MAX(global_index), -1) FROM audit_ledger)
                  AND NOT EXISTS (SELECT 1 FROM audit_ledger l WHERE l.global_index = e.globalindex)
                ORDER BY e.globalindex LIMIT 100""", rs -> {
            add(problems, count, new Problem(Kind.EVENT_UNSEALED, null, rs.getLong(1), rs.getString(2),
                    "the event store holds an event the sealer has passed but never sealed (inserted afterwards)"));
        });
        return new Result(count[0] == 0, tree.size(), checkpointsChecked[0],
                HexFormat.of().formatHex(tree.root()), problems, count[0]);
    }

    private static void add(List<Problem> problems, long[] count, Problem problem) {
        count[0]++;
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(problem);
        }
    }

    private static String differingFields(String sealed, String now) {
        JsonNode a = CanonicalJson.parse(sealed);
        JsonNode b = CanonicalJson.parse(now);
        List<String> fields = new ArrayList<>();
        a.fieldNames().forEachRemaining(name -> {
            if (!a.get(name).equals(b.get(name))) {
                fields.add(name);
            }
        });
        return String.join(", ", fields);
    }
}
