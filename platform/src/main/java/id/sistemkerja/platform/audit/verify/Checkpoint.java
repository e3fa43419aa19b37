package id.sistemkerja.platform.audit.verify;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;
import java.util.HexFormat;

/**
 * A signed ledger checkpoint as the verifier reads it: the same JSON fields as the {@code contracts} record
 * {@code AuditCheckpoint} published on {@code sk.audit.checkpoints}. The signature (Ed25519) covers the UTF-8 bytes of
 * {@link #signedText()}:
 * <pre>
 * sikerja-audit-checkpoint/v1
 * service=org
 * tree-size=1234
 * root=&lt;64 hex digits&gt;
 * time=2026-11-22T03:04:05.123Z
 * </pre>
 * (each line ends with {@code \n}).
 */
public record Checkpoint(String service, long treeSize, String rootHash, String time, String keyId,
                         String signatureAlgorithm, String signature) {

    public static final String ALGORITHM = "Ed25519";
    public static final String HEADER = "sikerja-audit-checkpoint/v1";

    /** Signs a new checkpoint. */
    public static Checkpoint sign(String service, long treeSize, byte[] root, String time, PrivateKey key,
                                  String keyId) {
        Checkpoint unsigned = new Checkpoint(service, treeSize, HexFormat.of().formatHex(root), time, keyId, ALGORITHM,
                null);
        try {
            Signature signer = Signature.getInstance(ALGORITHM);
            signer.initSign(key);
            signer.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new Checkpoint(service, treeSize, unsigned.rootHash(), time, keyId, ALGORITHM,
                    Base64.getEncoder().encodeToString(signer.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot sign the audit checkpoint", e);
        }
    }

    /** The exact text the signature covers. */
    public String signedText() {
        return HEADER + "\n"
                + "service=" + service + "\n"
                + "tree-size=" + treeSize + "\n"
                + "root=" + rootHash + "\n"
                + "time=" + time + "\n";
    }

    /** Is the signature valid under {@code key}, and does {@code keyId} name that key? */
    public boolean signatureValid(PublicKey key) {
        if (signature == null || !ALGORITHM.equals(signatureAlgorithm) || !Keys.keyId(key).equals(keyId)) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance(ALGORITHM);
            verifier.initVerify(key);
            verifier.update(signedText().getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The root as bytes (null when it is not 64 hex digits). */
    public byte[] root() {
        try {
            byte[] root = HexFormat.of().parseHex(rootHash);
            return root.length == Merkle.HASH_SIZE ? root : null;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
