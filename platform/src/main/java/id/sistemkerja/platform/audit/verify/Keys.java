package id.sistemkerja.platform.audit.verify;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.EdECPrivateKey;
import java.security.spec.NamedParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;

/** Ed25519 keys in PEM (PKCS#8 private, X.509 SubjectPublicKeyInfo public), with the JDK only. */
public final class Keys {

    private Keys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(Checkpoint.ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String privateKeyPem(PrivateKey key) {
        return pem("PRIVATE KEY", key.getEncoded());
    }

    public static String publicKeyPem(PublicKey key) {
        return pem("PUBLIC KEY", key.getEncoded());
    }

    public static PrivateKey readPrivateKey(String pem) {
        try {
            return KeyFactory.getInstance(Checkpoint.ALGORITHM).generatePrivate(new PKCS8EncodedKeySpec(der(pem, "PRIVATE KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 PKCS#8 private key: " + e.getMessage(), e);
        }
    }

    public static PublicKey readPublicKey(String pem) {
        try {
            return KeyFactory.getInstance(Checkpoint.ALGORITHM).generatePublic(new X509EncodedKeySpec(der(pem, "PUBLIC KEY")));
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key: " + e.getMessage(), e);
        }
    }

    /**
     * The public key of an Ed25519 private key: the JDK has no direct API, so the key pair is regenerated from the
     * private key's 32-byte seed (RFC 8032 §5.1.5: the public key is a function of the seed), then checked by a
     * signature round trip.
     */
    public static PublicKey publicKeyOf(PrivateKey privateKey) {
        byte[] seed = ((EdECPrivateKey) privateKey).getBytes()
                .orElseThrow(() -> new IllegalArgumentException("The private key does not expose its seed"));
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance(Checkpoint.ALGORITHM);
            generator.initialize(NamedParameterSpec.ED25519, new SecureRandom() {
                @Override
                public void nextBytes(byte[] bytes) {
                    System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
                }
            });
            PublicKey publicKey = generator.generateKeyPair().getPublic();
            requireMatch(privateKey, publicKey);
            return publicKey;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails unless the two keys are a pair. */
    public static void requireMatch(PrivateKey privateKey, PublicKey publicKey) {
        try {
            byte[] probe = "sikerja-audit-key-check".getBytes();
            Signature signer = Signature.getInstance(Checkpoint.ALGORITHM);
            signer.initSign(privateKey);
            signer.update(probe);
            byte[] signature = signer.sign();
            Signature verifier = Signature.getInstance(Checkpoint.ALGORITHM);
            verifier.initVerify(publicKey);
            verifier.update(probe);
            if (!verifier.verify(signature)) {
                throw new IllegalArgumentException("The audit public key does not belong to the signing key");
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("Cannot check the audit key pair: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of the public key's X.509 encoding: names the key in every checkpoint. */
    public static String keyId(PublicKey key) {
        return HexFormat.of().formatHex(Merkle.sha256().digest(key.getEncoded()));
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static byte[] der(String pem, String type) {
        String begin = "-----BEGIN " + type + "-----";
        String end = "-----END " + type + "-----";
        int from = pem.indexOf(begin);
        int to = pem.indexOf(end);
        if (from < 0 || to < from) {
            throw new IllegalArgumentException("No " + type + " PEM block found");
        }
        return Base64.getMimeDecoder().decode(pem.substring(from + begin.length(), to));
    }
}
