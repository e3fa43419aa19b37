package id.sistemkerja.platform.test;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.contracts.security.Claims;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

/**
 * Signs test JWTs with a key pair generated once per JVM; services under test trust its public key through
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} as the local issuer
 * ({@code iss} = {@code sikerja-local}), with the API's audience and a one-hour expiry, like the development issuer.
 */
public final class TestTokens {

    private static final KeyPair KEYS = generate();
    private static volatile Path publicKeyFile;

    private TestTokens() {
    }

    /** A token for {@code subject} (NIP or client id) acting for {@code agency} with {@code roles}. */
    public static String token(String subject, String agency, String... roles) {
        return tokenInUnit(subject, agency, null, roles);
    }

    /** A token that also names the caller's organisation unit. */
    public static String tokenInUnit(String subject, String agency, String unit, String... roles) {
        return custom(subject, agency, unit, claims -> {
        }, roles);
    }

    /**
     * A token like {@link #tokenInUnit} whose claims {@code change} alters (to leave out or spoil one claim), signed
     * with the trusted test key.
     */
    public static String custom(String subject, String agency, String unit, Consumer<JWTClaimsSet.Builder> change,
                                String... roles) {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(Claims.LOCAL_ISSUER)
                .audience(Claims.DEFAULT_AUDIENCE)
                .issueTime(new Date())
                .expirationTime(new Date(System.currentTimeMillis() + 3_600_000))
                .claim(Claims.AGENCY, agency)
                .claim(Claims.ROLES, List.of(roles))
                .claim(Claims.NAME, "Test " + subject);
        if (unit != null) {
            claims.claim(Claims.UNIT, unit);
        }
        change.accept(claims);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        try {
            jwt.sign(new RSASSASigner((RSAPrivateKey) KEYS.getPrivate()));
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
        return jwt.serialize();
    }

    /** {@code Authorization} header value. */
    public static String bearer(String subject, String agency, String... roles) {
        return "Bearer " + token(subject, agency, roles);
    }

    /** PEM file with the public key, written once. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("sikerja-test-jwt", ".pub.pem");
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem);
                file.toFile().deleteOnExit();
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    private static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
