package id.sistemkerja.platform.audit.ledger;

import id.sistemkerja.platform.audit.verify.Keys;
import org.springframework.core.io.Resource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;

/** The service's Ed25519 checkpoint signing key and its public key (served to auditors). */
public record SigningKey(PrivateKey privateKey, PublicKey publicKey, String keyId) {

    public static SigningKey load(Resource privateKeyLocation, Resource publicKeyLocation) {
        if (privateKeyLocation == null) {
            throw new IllegalStateException("sikerja.audit.signing-key-location is not set: every service signs its "
                    + "audit checkpoints with its own Ed25519 key (PKCS#8 PEM), see docs/audit.md");
        }
        PrivateKey privateKey = Keys.readPrivateKey(read(privateKeyLocation));
        PublicKey publicKey;
        if (publicKeyLocation != null) {
            publicKey = Keys.readPublicKey(read(publicKeyLocation));
            Keys.requireMatch(privateKey, publicKey);
        } else {
            publicKey = Keys.publicKeyOf(privateKey);
        }
        return new SigningKey(privateKey, publicKey, Keys.keyId(publicKey));
    }

    public String publicKeyPem() {
        return Keys.publicKeyPem(publicKey);
    }

    private static String read(Resource resource) {
        try {
            return resource.getContentAsString(StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit key " + resource, e);
        }
    }
}
