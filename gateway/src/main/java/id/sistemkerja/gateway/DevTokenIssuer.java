package id.sistemkerja.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.contracts.security.Claims;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.security.TokenProperties;
import id.sistemkerja.security.TokenValidationConfiguration;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;

/**
 * Development token issuer for the local run: signs a JWT for a subject (NIP or client id), agency and roles, with
 * the claims every service requires ({@code iss} = {@value Claims#LOCAL_ISSUER}, {@code aud}, {@code exp}). Exists
 * only under the {@code local} profile, answers only callers on this machine (loopback), never issues the reserved
 * {@code SYSTEM} role or an agency-less token other than for the agency-less roles, and caps the validity at 8 hours
 * (H3). Production uses the agencies' OIDC providers (docs/security.md); the gateway refuses to start with this issuer
 * when any other issuer is trusted.
 */
@RestController
@Profile("local")
@Tag(name = "Development token issuer (local run only)")
class DevTokenIssuer {

    static final int MAX_TTL_MINUTES = 480;

    private final RSAPrivateKey privateKey;
    private final String audience;

    DevTokenIssuer(@Value("${sikerja.dev-issuer.private-key-location}") Resource privateKey, TokenProperties tokens,
                   TokenValidationConfiguration.TrustedIssuers issuers) throws Exception {
        if (!issuers.onlyLocal()) {
            throw new IllegalStateException("The development token issuer (profile 'local') must not run next to a "
                    + "real identity provider; trusted issuers: " + issuers.issuers().stream()
                    .map(TokenProperties.TrustedIssuer::getIssuer).toList());
        }
        this.privateKey = readPkcs8(privateKey);
        this.audience = tokens.getAudiences().get(0);
    }

    @Schema(description = "Who the token is for")
    record DevTokenRequest(
            @Schema(description = "NIP of an employee or id of a client application", example = "198503122010011002")
            String subject,
            @Schema(description = "Agency the caller acts for (required, except for NATIONAL_AUDITOR, OPERATOR and "
                    + "NATIONAL_REGISTRAR tokens, which act for none)", example = "kota-bandung") String agency,
            @Schema(description = "Roles, e.g. EMPLOYEE, AGENCY_ADMIN, STAFFING_AUTHORITY, AUTHORIZED_OFFICIAL, "
                    + "REGIONAL_SECRETARY, VERIFICATION_BOARD, AUDITOR, PAYROLL_CLIENT, TEAM_ENDINGS_CLIENT; "
                    + "without agency: NATIONAL_AUDITOR, OPERATOR, NATIONAL_REGISTRAR") List<String> roles,
            @Schema(description = "Organisation unit of the caller (optional)") String unit,
            @Schema(description = "Display name (optional)") String name,
            @Schema(description = "Validity in minutes, 1 to 480 (default 480)") Integer ttlMinutes) {
    }

    record DevTokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/auth/dev-token")
    @Operation(summary = "Issue a development JWT (local profile only, callers on this machine only)")
    DevTokenResponse issue(@RequestBody DevTokenRequest request, ServerHttpRequest http) throws JOSEException {
        InetSocketAddress remote = http.getRemoteAddress();
        if (remote == null || remote.getAddress() == null || !remote.getAddress().isLoopbackAddress()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN,
                    "The development token issuer answers only callers on this machine");
        }
        if (request.subject() == null || request.subject().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "subject is required");
        }
        List<String> roles = request.roles() == null ? List.of() : request.roles();
        for (String role : roles) {
            if (!Roles.TOKEN_ROLES.contains(role)) {
                throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "roles: " + role
                        + " is not a role a token may carry; one of " + Roles.TOKEN_ROLES);
            }
        }
        boolean agencyLess = !roles.isEmpty() && Roles.AGENCY_LESS.containsAll(roles);
        if ((request.agency() == null || request.agency().isBlank()) && !agencyLess) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "agency is required for the roles " + roles
                    + "; only " + Roles.AGENCY_LESS + " tokens act for no agency");
        }
        int ttl = request.ttlMinutes() == null ? MAX_TTL_MINUTES : request.ttlMinutes();
        if (ttl < 1 || ttl > MAX_TTL_MINUTES) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "ttlMinutes must be between 1 and "
                    + MAX_TTL_MINUTES);
        }
        Instant now = Instant.now();
        Instant expiresAt = now.plusSeconds(60L * ttl);
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(request.subject())
                .issuer(Claims.LOCAL_ISSUER)
                .audience(audience)
                .jwtID(UUID.randomUUID().toString())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(expiresAt))
                .claim(Claims.ROLES, roles);
        if (request.agency() != null && !request.agency().isBlank()) {
            claims.claim(Claims.AGENCY, request.agency());
        }
        if (request.unit() != null) {
            claims.claim(Claims.UNIT, request.unit());
        }
        if (request.name() != null) {
            claims.claim(Claims.NAME, request.name());
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner(privateKey));
        return new DevTokenResponse(jwt.serialize(), expiresAt);
    }

    static RSAPrivateKey readPkcs8(Resource resource) throws IOException {
        String pem = new String(resource.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (Exception e) {
            throw new IOException("Not an RSA PKCS#8 private key: " + resource, e);
        }
    }
}
