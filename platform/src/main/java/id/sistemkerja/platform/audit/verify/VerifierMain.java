package id.sistemkerja.platform.audit.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The auditor's standalone verifier ({@code java -jar sikerja-audit-verifier.jar ...}, docs/audit.md). Needs no
 * server: an exported ledger, the service's checkpoints (from the API or a copy of Kafka {@code sk.audit.checkpoints})
 * and the service's public key. Exit code 0: verified; 1: tampering or a bad proof found; 2: wrong usage or unreadable
 * input.
 */
public final class VerifierMain {

    private static final String USAGE = """
            Usage:
              java -jar sikerja-audit-verifier.jar ledger --ledger FILE.ndjson --checkpoints FILE --public-key FILE.pem [--service NAME]
              java -jar sikerja-audit-verifier.jar proof  --proof FILE.json --checkpoints FILE --public-key FILE.pem [--service NAME]
            ledger: checks every exported entry and every prefix a signed checkpoint covers; prints OK or the first
                    entry changed, removed, inserted or reordered, and any checkpoint that is forged or inconsistent.
            proof:  checks an inclusion proof (GET .../proofs/inclusion) or a consistency proof
                    (GET .../proofs/consistency) against the signed checkpoints of its tree sizes.
            Checkpoints: a JSON array or one checkpoint JSON per line (a copy of Kafka topic sk.audit.checkpoints).
            Exit code: 0 verified, 1 tampering or invalid proof found, 2 usage or input error.""";

    private VerifierMain() {
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    static int run(String[] args) {
        if (args.length == 0 || !List.of("ledger", "proof").contains(args[0])) {
            System.err.println(USAGE);
            return 2;
        }
        Map<String, String> options = new HashMap<>();
        for (int i = 1; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        try {
            PublicKey key = Keys.readPublicKey(Files.readString(Path.of(required(options, "--public-key"))));
            List<Checkpoint> checkpoints = LedgerVerifier.readCheckpoints(Path.of(required(options, "--checkpoints")));
            String service = options.get("--service");
            return args[0].equals("ledger")
                    ? ledger(Path.of(required(options, "--ledger")), checkpoints, key, service)
                    : proof(Path.of(required(options, "--proof")), checkpoints, key, service);
        } catch (IllegalArgumentException | java.io.IOException e) {
            System.err.println("ERROR: " + e.getMessage());
            System.err.println(USAGE);
            return 2;
        }
    }

    private static int ledger(Path ledger, List<Checkpoint> checkpoints, PublicKey key, String service)
            throws java.io.IOException {
        long started = System.nanoTime();
        LedgerVerifier.Report report = LedgerVerifier.verify(ledger, checkpoints, key, service);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("Ledger: %d entries (%d redacted: leaf hash only), root %s%n", report.entries(),
                report.redacted(), report.root());
        System.out.printf("Checkpoints: %d given, %d verified (signature and root), covering the first %d entries%n",
                checkpoints.size(), report.checkpointsVerified(), report.verifiedSize());
        System.out.printf("Key: %s; checked in %.1f s%n", Keys.keyId(key), seconds);
        if (report.ok()) {
            if (report.verifiedSize() < report.entries()) {
                System.out.printf("Note: entries %d..%d are not covered by a checkpoint yet.%n", report.verifiedSize(),
                        report.entries() - 1);
            }
            System.out.println("OK");
            return 0;
        }
        for (LedgerVerifier.Finding finding : report.findings()) {
            System.out.println("TAMPERED " + finding);
        }
        return 1;
    }

    private static int proof(Path file, List<Checkpoint> checkpoints, PublicKey key, String service)
            throws java.io.IOException {
        JsonNode proof = new ObjectMapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
        List<byte[]> path = new ArrayList<>();
        proof.path("path").forEach(h -> path.add(HexFormat.of().parseHex(h.asText())));
        if (proof.has("leafHash")) {
            long size = proof.path("treeSize").asLong();
            Checkpoint checkpoint = signed(checkpoints, key, service, size).orElse(null);
            if (checkpoint == null) {
                System.out.println("INVALID: no validly signed checkpoint of tree size " + size);
                return 1;
            }
            boolean ok = Merkle.verifyInclusion(proof.path("seq").asLong(), size,
                    HexFormat.of().parseHex(proof.path("leafHash").asText()), path, checkpoint.root());
            System.out.println((ok ? "OK" : "INVALID") + ": inclusion of entry " + proof.path("seq").asLong()
                    + " in the signed checkpoint of size " + size);
            return ok ? 0 : 1;
        }
        long first = proof.path("firstSize").asLong();
        long second = proof.path("secondSize").asLong();
        Optional<Checkpoint> a = signed(checkpoints, key, service, first);
        Optional<Checkpoint> b = signed(checkpoints, key, service, second);
        if (a.isEmpty() || b.isEmpty()) {
            System.out.println("INVALID: no validly signed checkpoint of tree size " + (a.isEmpty() ? first : second));
            return 1;
        }
        boolean ok = Merkle.verifyConsistency(first, second, a.get().root(), b.get().root(), path);
        System.out.println((ok ? "OK" : "INVALID") + ": the signed checkpoint of size " + first
                + (ok ? " is" : " is NOT shown to be") + " a prefix of the signed checkpoint of size " + second);
        return ok ? 0 : 1;
    }

    private static Optional<Checkpoint> signed(List<Checkpoint> checkpoints, PublicKey key, String service, long size) {
        return checkpoints.stream()
                .filter(c -> c.treeSize() == size && (service == null || service.equals(c.service())))
                .filter(c -> c.signatureValid(key))
                .findFirst();
    }

    private static String required(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name);
        }
        return value;
    }
}
