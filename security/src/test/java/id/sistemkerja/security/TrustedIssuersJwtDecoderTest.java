package id.sistemkerja.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtException;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * H1: what a valid SiKerja token is. Each refusal is one missing or wrong property of an otherwise valid token, so a
 * test fails exactly when that property stops being checked.
 */
class TrustedIssuersJwtDecoderTest {

    private static final KeyPair KEYS = keys();
    private static final KeyPair OTHER_KEYS = keys();
    private static final String LOCAL = "sikerja-local";
    private static final String BANDUNG_IDP = "https://sso.bandung.go.id/realms/pemkot";

    private final TrustedIssuersJwtDecoder decoder = decoder();

    private static TrustedIssuersJwtDecoder decoder() {
        TokenProperties properties = new TokenProperties();
        Resource key = new ByteArrayResource(("-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(KEYS.getPublic().getEncoded()) + "\n-----END PUBLIC KEY-----\n")
                .getBytes());
        return TrustedIssuersJwtDecoder.of(properties, List.of(
                        new TokenProperties.TrustedIssuer(LOCAL, null, null, "key"),
                        new TokenProperties.TrustedIssuer(BANDUNG_IDP, "kota-bandung", null, "key")),
                location -> key, Clock.systemUTC());
    }

    private static JWTClaimsSet.Builder valid() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(LOCAL).subject("199001202015031003").audience("sikerja-api")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("agency", "kota-bandung").claim("roles", List.of("EMPLOYEE"));
    }

    private static String signed(JWTClaimsSet claims) {
        return signed(claims, KEYS);
    }

    private static String signed(JWTClaimsSet claims, KeyPair keys) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
            jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String with(Consumer<JWTClaimsSet.Builder> change) {
        JWTClaimsSet.Builder builder = valid();
        change.accept(builder);
        return signed(builder.build());
    }

    private void refused(String token, String reason) {
        assertThatThrownBy(() -> decoder.decode(token).block()).isInstanceOf(JwtException.class)
                .hasMessageContaining(reason);
    }

    @Test
    @DisplayName("H1 a token with issuer, audience, expiry, subject, agency and roles is accepted")
    void validToken() {
        Jwt jwt = decoder.decode(signed(valid().build())).block();
        assertThat(jwt.getSubject()).isEqualTo("199001202015031003");
        assertThat(jwt.getClaimAsString("agency")).isEqualTo("kota-bandung");
    }

    @Test
    @DisplayName("H1 an expired token is refused")
    void expired() {
        refused(with(b -> b.issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(3600)))), "expired");
    }

    @Test
    @DisplayName("H1 a token without exp is refused, also one issued long ago")
    void noExpiry() {
        refused(with(b -> b.expirationTime(null)), "no expiry");
        refused(with(b -> b.expirationTime(null).issueTime(Date.from(Instant.now().minusSeconds(86_400)))), "no expiry");
    }

    @Test
    @DisplayName("H1 a token valid for longer than the maximum lifetime (8 h) is refused")
    void tooLong() {
        refused(with(b -> b.expirationTime(Date.from(Instant.now().plusSeconds(86_400)))), "longer than 480 minutes");
    }

    @Test
    @DisplayName("H1 a token of an untrusted issuer is refused, even when signed with a trusted key")
    void wrongIssuer() {
        refused(with(b -> b.issuer("https://sso.example.go.id/realms/pemda")), "issuer (iss) is not trusted");
        refused(with(b -> b.issuer(null)), "issuer (iss) is not trusted");
    }

    @Test
    @DisplayName("H1 a token for another audience (another application of the same SSO) is refused")
    void wrongAudience() {
        refused(with(b -> b.audience("e-office")), "not meant for this API");
        refused(with(b -> b.audience((String) null)), "not meant for this API");
    }

    @Test
    @DisplayName("H1 an unsigned token (alg: none) is refused")
    void algNone() {
        refused(new PlainJWT(valid().build()).serialize(), "Only signed tokens");
    }

    @Test
    @DisplayName("H1 an HS256 token signed with the public key as HMAC secret is refused")
    void hmacWithPublicKey() throws Exception {
        byte[] secret = ("-----BEGIN PUBLIC KEY-----\n" + Base64.getMimeEncoder().encodeToString(KEYS.getPublic()
                .getEncoded()) + "\n-----END PUBLIC KEY-----\n").getBytes();
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), valid().build());
        jwt.sign(new MACSigner(secret));
        refused(jwt.serialize(), "HS256 are not accepted");
    }

    @Test
    @DisplayName("H1 a token signed with another key is refused")
    void otherKey() {
        refused(signed(valid().build(), OTHER_KEYS), "Failed to validate");
    }

    @Test
    @DisplayName("H1 C1 a token without the agency claim is refused unless all its roles are agency-less")
    void noAgency() {
        refused(with(b -> b.claim("agency", null)), "names no agency");
        refused(with(b -> b.claim("agency", null).claim("roles", List.of("AUDITOR"))), "names no agency");
        refused(with(b -> b.claim("agency", null).claim("roles", List.of("NATIONAL_AUDITOR", "AGENCY_ADMIN"))),
                "names no agency");
        Jwt bpk = decoder.decode(with(b -> b.claim("agency", null).claim("roles", List.of("NATIONAL_AUDITOR"))))
                .block();
        assertThat(bpk.getClaimAsString("agency")).isNull();
    }

    @Test
    @DisplayName("H1 a token without sub or without roles is refused (401, not 500)")
    void noSubjectOrRoles() {
        refused(with(b -> b.subject(null)), "no subject");
        refused(with(b -> b.claim("roles", null)), "no roles");
        refused(with(b -> b.claim("roles", "EMPLOYEE")), "no roles");
        refused(with(b -> b.claim("roles", List.of()).claim("agency", null)), "names no agency");
    }

    @Test
    @DisplayName("C1 a token naming the reserved SYSTEM role is refused, with or without agency")
    void systemRole() {
        refused(with(b -> b.claim("roles", List.of("SYSTEM"))), "reserved role");
        refused(with(b -> b.claim("agency", null).claim("roles", List.of("SYSTEM"))), "reserved role");
    }

    @Test
    @DisplayName("H1 an issuer bound to one agency gives its tokens that agency and refuses tokens naming another")
    void issuerBoundAgency() {
        Jwt derived = decoder.decode(with(b -> b.issuer(BANDUNG_IDP).claim("agency", null))).block();
        assertThat(derived.getClaimAsString("agency")).isEqualTo("kota-bandung");
        refused(with(b -> b.issuer(BANDUNG_IDP).claim("agency", "kota-bekasi")), "does not match the agency");
    }

    @Test
    @DisplayName("H1 a symmetric algorithm cannot be put on the allow-list")
    void symmetricAlgorithmNotConfigurable() {
        TokenProperties properties = new TokenProperties();
        properties.setAlgorithms(List.of("RS256", "HS256"));
        assertThatThrownBy(() -> TrustedIssuersJwtDecoder.of(properties,
                List.of(new TokenProperties.TrustedIssuer(LOCAL, null, "https://idp/jwks", null)), l -> null,
                Clock.systemUTC())).hasMessageContaining("HS256");
    }

    private static KeyPair keys() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
