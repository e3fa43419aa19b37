package id.sistemkerja.platform.audit.ledger;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.sistemkerja.platform.audit.verify.CanonicalJson;
import id.sistemkerja.platform.audit.verify.Merkle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The ledger tables in the service's PostgreSQL database: {@code audit_ledger} (one row per sealed event),
 * {@code audit_merkle_node} (hashes of complete perfect subtrees of at least {@value #CACHED_LEVEL_LEAVES} leaves, so
 * roots and proofs cost O(log n) lookups instead of rehashing the ledger) and {@code audit_checkpoint}.
 * Rows are only ever inserted (AUD-03: corrections are new events, never edits).
 */
public class LedgerStore {

    /** Subtrees of 2^8 leaves and more are stored once complete. */
    public static final int CACHED_LEVEL = 8;
    public static final int CACHED_LEVEL_LEAVES = 1 << CACHED_LEVEL;

    static final String ENTRY_COLUMNS = "seq, global_index, event_id, aggregate_type, aggregate_id, aggregate_seq, "
            + "event_time, agency_id, canonical_json, leaf_hash";

    private static final RowMapper<LedgerEntry> ENTRY = (rs, i) -> new LedgerEntry(rs.getLong("seq"),
            rs.getLong("global_index"), rs.getString("event_id"), rs.getString("aggregate_type"),
            rs.getString("aggregate_id"), (Long) rs.getObject("aggregate_seq"), rs.getString("event_time"),
            rs.getString("agency_id"), rs.getString("canonical_json"), rs.getBytes("leaf_hash"));

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public LedgerStore(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public void createSchema() {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS audit_ledger (
                    seq BIGINT PRIMARY KEY CHECK (seq >= 0),
                    global_index BIGINT NOT NULL UNIQUE,
                    event_id VARCHAR(255) NOT NULL UNIQUE,
                    aggregate_type VARCHAR(255),
                    aggregate_id VARCHAR(255),
                    aggregate_seq BIGINT,
                    event_time VARCHAR(64),
                    agency_id VARCHAR(255),
                    canonical_json TEXT NOT NULL,
                    leaf_hash BYTEA NOT NULL,
                    sealed_at TIMESTAMP WITH TIME ZONE NOT NULL)""");
        jdbc.execute("CREATE INDEX IF NOT EXISTS audit_ledger_aggregate ON audit_ledger (aggregate_id, aggregate_seq)");
        jdbc.execute("CREATE INDEX IF NOT EXISTS audit_ledger_agency ON audit_ledger (agency_id, seq)");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS audit_merkle_node (
                    level SMALLINT NOT NULL,
                    idx BIGINT NOT NULL,
                    hash BYTEA NOT NULL,
                    PRIMARY KEY (level, idx))""");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS audit_checkpoint (
                    tree_size BIGINT PRIMARY KEY,
                    root_hash CHAR(64) NOT NULL,
                    created_at VARCHAR(64) NOT NULL,
                    key_id CHAR(64) NOT NULL,
                    signature TEXT NOT NULL,
                    published BOOLEAN NOT NULL DEFAULT FALSE)""");
    }

    /** Number of sealed entries (= the next sequence number). */
    public long size() {
        Long size = jdbc.queryForObject("SELECT COALESCE(MAX(seq) + 1, 0) FROM audit_ledger", Long.class);
        return size == null ? 0 : size;
    }

    /**
     * Appends the events with these ids, in this order, after the last entry (called by the sealer inside its batch
     * transaction). Events sealed already are skipped, and an event delivered twice (a redelivered batch, or the event
     * store's gap handling delivering a late-committed event again under load) is sealed once, at its first delivery.
     * <p>
     * Events are named by id, not by the tracking token's position: an event that committed late, after events with
     * higher global indexes were delivered (a gap), arrives with a token whose position is the highest index seen, not
     * its own (docs/reliability.md: found by the fault harness).
     *
     * @return the ledger size afterwards
     */
    public long append(List<String> delivered) {
        List<String> eventIds = List.copyOf(new java.util.LinkedHashSet<>(delivered));
        long size = size();
        if (eventIds.isEmpty()) {
            return size;
        }
        String[] ids = eventIds.toArray(String[]::new);
        java.util.Set<String> sealed = new java.util.HashSet<>(jdbc.queryForList(
                "SELECT event_id FROM audit_ledger WHERE event_id = ANY (?)", String.class, (Object) ids));
        Map<String, EventRow> rows = new HashMap<>();
        jdbc.query("SELECT " + EventRow.COLUMNS + " FROM domainevententry WHERE eventidentifier = ANY (?)",
                rs -> {
                    EventRow row = EventRow.read(rs);
                    rows.put(row.eventId(), row);
                }, (Object) ids);
        Map<String, String> agencies = new HashMap<>();
        List<Object[]> inserts = new ArrayList<>();
        long seq = size;
        Timestamp now = Timestamp.from(clock.instant());
        for (String eventId : eventIds) {
            if (sealed.contains(eventId)) {
                continue;
            }
            EventRow row = rows.get(eventId);
            if (row == null) {
                throw new IllegalStateException("Event " + eventId + " was delivered but is not in the event store");
            }
            ObjectNode entry = row.entry(seq);
            String canonical = CanonicalJson.write(entry);
            String agency = agencyOf(row, entry, agencies);
            inserts.add(new Object[]{seq, row.globalIndex(), row.eventId(), row.aggregateType(), row.aggregateId(),
                    row.aggregateSequence(), row.time(), agency, canonical,
                    Merkle.leafHash(canonical.getBytes(StandardCharsets.UTF_8)), now});
            seq++;
        }
        jdbc.batchUpdate("INSERT INTO audit_ledger (" + ENTRY_COLUMNS + ", sealed_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", inserts);
        storeCompletedSubtrees(size, seq);
        return seq;
    }

    /**
     * Who may read an entry (see docs/audit.md, "Who sees what"): the agency the event names in its payload, else the
     * agency of the aggregate's earlier entries, else the agency the actor acted for.
     */
    private String agencyOf(EventRow row, ObjectNode entry, Map<String, String> batch) {
        String agency = row.payloadAgency(entry);
        if (agency == null && row.aggregateId() != null) {
            agency = batch.get(row.aggregateId());
            if (agency == null) {
                agency = jdbc.query("SELECT agency_id FROM audit_ledger WHERE aggregate_id = ? AND agency_id IS NOT "
                                + "NULL ORDER BY seq LIMIT 1", rs -> rs.next() ? rs.getString(1) : null,
                        row.aggregateId());
            }
        }
        if (agency == null && entry.path("metadata").path("actorAgency").isTextual()) {
            agency = entry.path("metadata").path("actorAgency").textValue();
        }
        if (agency != null && row.aggregateId() != null) {
            batch.putIfAbsent(row.aggregateId(), agency);
        }
        return agency;
    }

    /** Stores the hash of every perfect subtree of >= 256 leaves completed by growing from {@code from} to {@code to}. */
    private void storeCompletedSubtrees(long from, long to) {
        List<Object[]> nodes = new ArrayList<>();
        Map<Long, byte[]> previousLevel = new HashMap<>();
        for (int level = CACHED_LEVEL; (1L << level) <= to; level++) {
            long width = 1L << level;
            Map<Long, byte[]> thisLevel = new HashMap<>();
            for (long idx = from / width; (idx + 1) * width <= to; idx++) {
                if ((idx + 1) * width <= from) {
                    continue;
                }
                byte[] hash;
                if (level == CACHED_LEVEL) {
                    hash = Merkle.root(leafHashes(idx * width, (idx + 1) * width));
                } else {
                    byte[] left = previousLevel.containsKey(2 * idx) ? previousLevel.get(2 * idx)
                            : node(level - 1, 2 * idx).orElseThrow();
                    byte[] right = previousLevel.containsKey(2 * idx + 1) ? previousLevel.get(2 * idx + 1)
                            : node(level - 1, 2 * idx + 1).orElseThrow();
                    hash = Merkle.nodeHash(left, right);
                }
                thisLevel.put(idx, hash);
                nodes.add(new Object[]{level, idx, hash});
            }
            previousLevel = thisLevel;
        }
        if (!nodes.isEmpty()) {
            jdbc.batchUpdate("INSERT INTO audit_merkle_node (level, idx, hash) VALUES (?, ?, ?)", nodes);
        }
    }

    public Optional<byte[]> node(int level, long idx) {
        return jdbc.query("SELECT hash FROM audit_merkle_node WHERE level = ? AND idx = ?",
                rs -> rs.next() ? Optional.of(rs.getBytes(1)) : Optional.<byte[]>empty(), level, idx);
    }

    /** Stored leaf hashes of entries {@code [from, to)}, in order. */
    public List<byte[]> leafHashes(long from, long to) {
        return jdbc.query("SELECT leaf_hash FROM audit_ledger WHERE seq >= ? AND seq < ? ORDER BY seq",
                (rs, i) -> rs.getBytes(1), from, to);
    }

    /** The Merkle tree over the stored leaf hashes, with the stored subtree hashes as shortcuts. */
    public Merkle.Subtrees subtrees() {
        return this::rangeHash;
    }

    /** MTH(D[start:end]) in O(log n) lookups plus at most 2 x 255 leaf hashes. */
    private byte[] rangeHash(long start, long end) {
        long length = end - start;
        if (length == 0) {
            return Merkle.emptyRoot();
        }
        if (length == 1) {
            return leafHashes(start, end).get(0);
        }
        boolean perfect = Long.bitCount(length) == 1 && start % length == 0;
        if (perfect && length >= CACHED_LEVEL_LEAVES) {
            Optional<byte[]> stored = node(Long.numberOfTrailingZeros(length), start / length);
            if (stored.isPresent()) {
                return stored.get();
            }
        }
        if (length <= CACHED_LEVEL_LEAVES) {
            List<byte[]> leaves = leafHashes(start, end);
            if (leaves.size() != length) {
                throw new IllegalStateException("Ledger entries " + start + ".." + (end - 1) + " are not all present");
            }
            return Merkle.root(leaves);
        }
        long k = Merkle.split(length);
        return Merkle.nodeHash(rangeHash(start, start + k), rangeHash(start + k, end));
    }

    public byte[] root(long size) {
        return rangeHash(0, size);
    }

    public Optional<LedgerEntry> entry(long seq) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM audit_ledger WHERE seq = ?", ENTRY, seq).stream()
                .findFirst();
    }

    /** Entries from {@code fromSeq} on, at most {@code limit}. */
    public List<LedgerEntry> page(long fromSeq, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM audit_ledger WHERE seq >= ? ORDER BY seq LIMIT ?",
                ENTRY, fromSeq, limit);
    }

    /** One agency's entries from {@code fromSeq} on, at most {@code limit}. */
    public List<LedgerEntry> agencyPage(String agencyId, long fromSeq, int limit) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM audit_ledger WHERE agency_id = ? AND seq >= ? "
                + "ORDER BY seq LIMIT ?", ENTRY, agencyId, fromSeq, limit);
    }

    /** An aggregate's entries in its own order. */
    public List<LedgerEntry> aggregate(String aggregateId) {
        return jdbc.query("SELECT " + ENTRY_COLUMNS + " FROM audit_ledger WHERE aggregate_id = ? "
                + "ORDER BY aggregate_seq, seq", ENTRY, aggregateId);
    }

    /** Calls {@code each} for every entry in order, reading pages of {@code pageSize}. */
    public void forEach(int pageSize, Consumer<LedgerEntry> each) {
        long from = 0;
        while (true) {
            List<LedgerEntry> page = page(from, pageSize);
            page.forEach(each);
            if (page.size() < pageSize) {
                return;
            }
            from = page.get(page.size() - 1).seq() + 1;
        }
    }
}
