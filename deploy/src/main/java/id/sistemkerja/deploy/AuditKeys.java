package id.sistemkerja.deploy;

import id.sistemkerja.platform.audit.verify.Keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

/**
 * The local run's audit checkpoint signing keys: one Ed25519 key pair per service, generated on first start and kept
 * in the data folder ({@code keys/audit-<service>-private.pem}, PKCS#8; {@code keys/audit-<service>-public.pem} for
 * auditors, docs/audit.md).
 */
public record AuditKeys(Path privateKey, Path publicKey) {

    public static AuditKeys ensure(Path directory, String service) {
        Path privateKey = directory.resolve("audit-" + service + "-private.pem");
        Path publicKey = directory.resolve("audit-" + service + "-public.pem");
        if (Files.exists(privateKey) && Files.exists(publicKey)) {
            return new AuditKeys(privateKey, publicKey);
        }
        try {
            Files.createDirectories(directory);
            KeyPair pair = Keys.generate();
            JwtKeys.writePrivate(privateKey, Keys.privateKeyPem(pair.getPrivate()));
            Files.writeString(publicKey, Keys.publicKeyPem(pair.getPublic()));
            return new AuditKeys(privateKey, publicKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
