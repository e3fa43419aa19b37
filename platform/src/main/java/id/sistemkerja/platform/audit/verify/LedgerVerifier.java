package id.sistemkerja.platform.audit.verify;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks an exported ledger against signed checkpoints, offline (no server), in one pass and O(log n) memory for the
 * tree (plus one bit per entry to classify a reordering): every entry's content against its sealed leaf hash, its
 * claimed position against its line, and the Merkle root of every prefix a checkpoint covers against the signed
 * root. Reports the first entry that was changed, removed, inserted or reordered, and every checkpoint whose signature
 * fails or which contradicts the others.
 */
public final class LedgerVerifier {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** What went wrong, and where. */
    public enum Kind {
        /** The entry at the position is not what was sealed. */
        CHANGED,
        /** The entry that belongs at the position is missing. */
        REMOVED,
        /** An entry that was never sealed at the position is present. */
        INSERTED,
        /** Sealed entries appear in another order. */
        REORDERED,
        /** Entries a signed checkpoint covers are missing at the end. */
        TRUNCATED,
        /** A prefix of the ledger does not hash to the root a checkpoint signed (content rewritten consistently). */
        ROOT_MISMATCH,
        /** A checkpoint's signature is invalid (or made with another key): it is not the service's. */
        CHECKPOINT_SIGNATURE,
        /** Two validly signed checkpoints cannot both describe one append-only ledger. */
        CHECKPOINT_INCONSISTENT
    }

    /**
     * One finding.
     *
     * @param kind     what
     * @param position ledger position (0-based entry number) of the first affected entry, or the checkpoint's tree
     *                 size for checkpoint findings
     * @param detail   explanation for the auditor
     */
    public record Finding(Kind kind, long position, String detail) {
        @Override
        public String toString() {
            return kind + " at " + (kind.name().startsWith("CHECKPOINT") ? "tree size " : "position ") + position
                    + ": " + detail;
        }
    }

    /**
     * The outcome.
     *
     * @param entries             lines read
     * @param redacted            lines that carried only a leaf hash (other agencies' entries)
     * @param checkpointsVerified checkpoints whose signature and root matched the ledger
     * @param verifiedSize        largest tree size covered by a matching checkpoint
     * @param root                root of the whole export (hex)
     * @param findings            first ledger finding, then checkpoint findings; empty when everything checks out
     */
    public record Report(long entries, long redacted, int checkpointsVerified, long verifiedSize, String root,
                         List<Finding> findings) {
        public boolean ok() {
            return findings.isEmpty();
        }

        /** The first ledger finding (entries), if any. */
        public Finding firstEntryFinding() {
            return findings.stream().filter(f -> !f.kind().name().startsWith("CHECKPOINT")).findFirst().orElse(null);
        }
    }

    private LedgerVerifier() {
    }

    /** Reads checkpoints from a JSON array or from NDJSON (one checkpoint per line, e.g. a copy of the Kafka topic). */
    public static List<Checkpoint> readCheckpoints(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8).trim();
        List<Checkpoint> checkpoints = new ArrayList<>();
        if (text.startsWith("[")) {
            for (JsonNode node : JSON.readTree(text)) {
                checkpoints.add(JSON.treeToValue(node, Checkpoint.class));
            }
        } else {
            for (String line : text.split("\n")) {
                if (!line.isBlank()) {
                    checkpoints.add(JSON.readValue(line, Checkpoint.class));
                }
            }
        }
        return checkpoints;
    }

    public static Report verify(Path ledger, List<Checkpoint> checkpoints, PublicKey key, String service)
            throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(ledger, StandardCharsets.UTF_8)) {
            return verify(reader, checkpoints, key, service);
        }
    }

    /**
     * @param service only checkpoints of this service are used (null: all, which must then be of one service)
     */
    public static Report verify(Reader ledger, List<Checkpoint> checkpoints, PublicKey key, String service)
            throws IOException {
        List<Finding> checkpointFindings = new ArrayList<>();
        List<Checkpoint> trusted = trustedCheckpoints(checkpoints, key, service, checkpointFindings);

        BufferedReader reader = ledger instanceof BufferedReader b ? b : new BufferedReader(ledger, 1 << 20);
        Merkle.RootAccumulator tree = new Merkle.RootAccumulator();
        BitSet seen = new BitSet();
        Finding first = null;
        long pendingMissing = -1; // the sequence expected at the first out-of-place position, until it shows up
        long pendingPosition = -1;
        long redacted = 0;
        int next = 0;
        Map<Long, Boolean> matches = new LinkedHashMap<>();
        long position = 0;
        String text;
        while ((text = reader.readLine()) != null) {
            if (text.isBlank()) {
                continue;
            }
            byte[] leaf;
            long seq;
            try {
                LedgerLine line = LedgerLine.parse(text);
                seq = line.seq();
                if (line.redacted()) {
                    redacted++;
                    leaf = line.leafHash();
                } else {
                    leaf = Merkle.leafHash(line.entry().getBytes(StandardCharsets.UTF_8));
                    if (first == null && !Arrays.equals(leaf, line.leafHash())) {
                        first = new Finding(Kind.CHANGED, position, "the entry's content no longer matches the leaf "
                                + "hash sealed for it (claims seq " + seq + ")");
                    }
                }
            } catch (IllegalArgumentException e) {
                if (first == null) {
                    first = new Finding(Kind.CHANGED, position, "the line is not a ledger entry: " + e.getMessage());
                }
                leaf = Merkle.leafHash(text.getBytes(StandardCharsets.UTF_8));
                seq = -1;
            }
            if (seq >= 0) {
                if (pendingMissing >= 0 && seq == pendingMissing && first != null
                        && first.position() == pendingPosition && first.kind() == Kind.REMOVED) {
                    first = new Finding(Kind.REORDERED, pendingPosition, "position " + pendingPosition
                            + " holds another entry, and entry " + pendingMissing + " appears later, at position "
                            + position);
                    pendingMissing = -1;
                } else if (seq != position && first == null) {
                    if (seq < position && seen.get((int) Math.min(seq, Integer.MAX_VALUE))) {
                        first = new Finding(Kind.INSERTED, seq == position - 1 ? seq : position, "positions "
                                + seq + " and " + position + " both claim ledger sequence " + seq
                                + ": an entry that was never sealed was inserted at one of them");
                    } else if (seq > position) {
                        first = new Finding(Kind.REMOVED, position, "expected entry " + position + ", found entry "
                                + seq + ": entries " + position + ".." + (seq - 1) + " are missing");
                        pendingMissing = position;
                        pendingPosition = position;
                    } else {
                        first = new Finding(Kind.REORDERED, position, "position " + position + " holds entry "
                                + seq);
                    }
                }
                if (seq <= Integer.MAX_VALUE) {
                    seen.set((int) seq);
                }
            }
            tree.add(leaf);
            position++;
            while (next < trusted.size() && trusted.get(next).treeSize() == position) {
                matches.put(position, Arrays.equals(tree.root(), trusted.get(next).root()));
                next++;
            }
        }
        long size = position;

        List<Finding> findings = new ArrayList<>();
        long verifiedSize = 0;
        int verified = 0;
        long previous = 0;
        long lastMatching = -1;
        long firstMismatch = -1;
        for (Map.Entry<Long, Boolean> match : matches.entrySet()) {
            if (match.getValue()) {
                verified++;
                verifiedSize = match.getKey();
                lastMatching = match.getKey();
            } else if (firstMismatch < 0) {
                firstMismatch = match.getKey();
                if (first == null) {
                    first = new Finding(Kind.ROOT_MISMATCH, previous, "the first " + match.getKey() + " entries do "
                            + "not hash to the root signed in the checkpoint of that size, while the first " + previous
                            + " do: an entry at a position from " + previous + " to " + (match.getKey() - 1)
                            + " was changed, removed, inserted or reordered (its leaf hash was recomputed)");
                }
            }
            if (match.getValue() && firstMismatch < 0) {
                previous = match.getKey();
            }
        }
        if (firstMismatch >= 0 && lastMatching > firstMismatch) {
            checkpointFindings.add(new Finding(Kind.CHECKPOINT_INCONSISTENT, firstMismatch, "the ledger matches the "
                    + "signed checkpoint of size " + lastMatching + " but not the earlier signed checkpoint of size "
                    + firstMismatch + ": history before " + firstMismatch + " was rewritten and signed again"));
        }
        for (Checkpoint checkpoint : trusted) {
            if (checkpoint.treeSize() > size) {
                if (first == null) {
                    first = new Finding(Kind.TRUNCATED, size, "the ledger ends after " + size + " entries but a "
                            + "checkpoint signed " + checkpoint.treeSize() + ": entries " + size + ".."
                            + (checkpoint.treeSize() - 1) + " are missing");
                }
                break;
            }
        }
        if (first != null) {
            findings.add(first);
        }
        findings.addAll(checkpointFindings);
        return new Report(size, redacted, verified, verifiedSize, HexFormat.of().formatHex(tree.root()), findings);
    }

    /** Checkpoints with a valid signature, by size; the others become findings. */
    private static List<Checkpoint> trustedCheckpoints(List<Checkpoint> all, PublicKey key, String service,
                                                       List<Finding> findings) {
        List<Checkpoint> mine = all.stream()
                .filter(c -> service == null || service.equals(c.service()))
                .sorted(Comparator.comparingLong(Checkpoint::treeSize))
                .toList();
        List<Checkpoint> trusted = new ArrayList<>();
        for (Checkpoint checkpoint : mine) {
            if (!checkpoint.signatureValid(key) || checkpoint.root() == null) {
                findings.add(new Finding(Kind.CHECKPOINT_SIGNATURE, checkpoint.treeSize(), "the signature of the "
                        + "checkpoint (root " + checkpoint.rootHash() + ", " + checkpoint.time() + ") is not valid for "
                        + "key " + Keys.keyId(key) + ": it was altered or not made by the service"));
                continue;
            }
            Checkpoint same = trusted.isEmpty() ? null : trusted.get(trusted.size() - 1);
            if (same != null && same.treeSize() == checkpoint.treeSize()) {
                if (!same.rootHash().equals(checkpoint.rootHash())) {
                    findings.add(new Finding(Kind.CHECKPOINT_INCONSISTENT, checkpoint.treeSize(), "two signed "
                            + "checkpoints of the same size have different roots (" + same.rootHash() + ", "
                            + checkpoint.rootHash() + ")"));
                }
                continue;
            }
            trusted.add(checkpoint);
        }
        if (service == null && trusted.stream().map(Checkpoint::service).distinct().count() > 1) {
            throw new IllegalArgumentException("The checkpoints are of several services; name one (--service)");
        }
        return trusted;
    }
}
