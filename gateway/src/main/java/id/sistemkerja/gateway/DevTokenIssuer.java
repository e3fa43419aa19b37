package id.sistemkerja.gateway;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.contracts.security.Claims;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Profile;
import org.springframework.core.io.Resource;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import java.io.IOException;
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
 * Development token issuer for the local run: signs a JWT for any subject (NIP or client id), agency and roles.
 * Exists only under the {@code local} profile; production uses the agency's OIDC provider
 * ({@code spring.security.oauth2.resourceserver.jwt.issuer-uri}).
 */
@RestController
@Profile("local")
@Tag(name = "Development token issuer (local run only)")
class DevTokenIssuer {

    private final RSAPrivateKey privateKey;

    DevTokenIssuer(@Value("${sikerja.dev-issuer.private-key-location}") Resource privateKey) throws Exception {
        this.privateKey = readPkcs8(privateKey);
    }

    @Schema(description = "Who the token is for")
    record DevTokenRequest(
            @Schema(description = "NIP of an employee or id of a client application", example = "198503122010011002")
            String subject,
            @Schema(description = "Agency the caller acts for", example = "kota-bandung") String agency,
            @Schema(description = "Roles, e.g. EMPLOYEE, AGENCY_ADMIN, STAFFING_AUTHORITY, AUTHORIZED_OFFICIAL, "
                    + "REGIONAL_SECRETARY, VERIFICATION_BOARD, AUDITOR, OPERATOR, SYSTEM") List<String> roles,
            @Schema(description = "Organisation unit of the caller (optional)") String unit,
            @Schema(description = "Display name (optional)") String name,
            @Schema(description = "Validity in minutes (default 480)") Integer ttlMinutes) {
    }

    record DevTokenResponse(String token, Instant expiresAt) {
    }

    @PostMapping("/auth/dev-token")
    @Operation(summary = "Issue a development JWT (local profile only)")
    DevTokenResponse issue(@RequestBody DevTokenRequest request) throws JOSEException {
        if (request.subject() == null || request.subject().isBlank()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "subject is required");
        }
        Instant expiresAt = Instant.now().plusSeconds(60L * (request.ttlMinutes() == null ? 480 : request.ttlMinutes()));
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(request.subject())
                .issuer("sikerja-dev-issuer")
                .jwtID(UUID.randomUUID().toString())
                .issueTime(new Date())
                .expirationTime(Date.from(expiresAt))
                .claim(Claims.ROLES, request.roles() == null ? List.of() : request.roles());
        if (request.agency() != null) {
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
