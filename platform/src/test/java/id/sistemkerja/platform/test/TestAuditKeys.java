package id.sistemkerja.platform.test;

import id.sistemkerja.platform.audit.verify.Keys;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PublicKey;

/**
 * The audit checkpoint signing key of services under test: an Ed25519 key pair generated once per JVM, its private
 * key written to a PKCS#8 PEM file that {@link InfrastructureInitializer} passes as
 * {@code sikerja.audit.signing-key-location}.
 */
public final class TestAuditKeys {

    private static final KeyPair KEYS = Keys.generate();
    private static volatile Path privateKeyFile;

    private TestAuditKeys() {
    }

    public static PublicKey publicKey() {
        return KEYS.getPublic();
    }

    public static synchronized Path privateKeyFile() {
        if (privateKeyFile == null) {
            try {
                Path file = Files.createTempFile("sikerja-test-audit", ".pem");
                Files.writeString(file, Keys.privateKeyPem(KEYS.getPrivate()));
                file.toFile().deleteOnExit();
                privateKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return privateKeyFile;
    }
}
