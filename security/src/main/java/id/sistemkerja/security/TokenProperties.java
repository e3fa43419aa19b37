package id.sistemkerja.security;

import id.sistemkerja.contracts.security.Claims;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sikerja.security.tokens.*}: what a valid bearer token is, the same on the gateway and on every service.
 * <pre>
 * sikerja.security.tokens:
 *   audiences: [sikerja-api]          # aud must name one of them
 *   max-lifetime: 8h                  # exp - iat (or exp - now without iat) at most this
 *   algorithms: [RS256, ES256, ...]   # asymmetric only; none and HS* are never accepted
 *   issuers:                          # trusted issuers; a token of any other iss is refused
 *     - issuer: https://sso.bandung.go.id/realms/pemkot
 *       agency: kota-bandung          # optional: this issuer speaks for one agency only
 *       jwk-set-uri: https://...      # optional: else OIDC discovery from the issuer
 * </pre>
 * Without {@code issuers}, Spring Boot's {@code spring.security.oauth2.resourceserver.jwt.issuer-uri} is the one
 * trusted issuer (agency from the claim), and {@code ...jwt.public-key-location} the local development issuer
 * ({@code iss} = {@value Claims#LOCAL_ISSUER}).
 */
@ConfigurationProperties("sikerja.security.tokens")
public class TokenProperties {

    private List<String> audiences = new ArrayList<>(List.of(Claims.DEFAULT_AUDIENCE));
    private Duration maxLifetime = Duration.ofHours(8);
    private Duration clockSkew = Duration.ofSeconds(60);
    private List<String> algorithms = new ArrayList<>(List.of("RS256", "RS384", "RS512", "PS256", "PS384", "PS512",
            "ES256", "ES384", "ES512"));
    private List<TrustedIssuer> issuers = new ArrayList<>();

    /** One trusted issuer. */
    public static class TrustedIssuer {
        private String issuer;
        private String agency;
        private String jwkSetUri;
        private String publicKeyLocation;

        public TrustedIssuer() {
        }

        public TrustedIssuer(String issuer, String agency, String jwkSetUri, String publicKeyLocation) {
            this.issuer = issuer;
            this.agency = agency;
            this.jwkSetUri = jwkSetUri;
            this.publicKeyLocation = publicKeyLocation;
        }

        public String getIssuer() {
            return issuer;
        }

        public void setIssuer(String issuer) {
            this.issuer = issuer;
        }

        /** The one agency this issuer speaks for, or null when the token's {@code agency} claim names it. */
        public String getAgency() {
            return agency;
        }

        public void setAgency(String agency) {
            this.agency = agency;
        }

        public String getJwkSetUri() {
            return jwkSetUri;
        }

        public void setJwkSetUri(String jwkSetUri) {
            this.jwkSetUri = jwkSetUri;
        }

        public String getPublicKeyLocation() {
            return publicKeyLocation;
        }

        public void setPublicKeyLocation(String publicKeyLocation) {
            this.publicKeyLocation = publicKeyLocation;
        }
    }

    public List<String> getAudiences() {
        return audiences;
    }

    public void setAudiences(List<String> audiences) {
        this.audiences = audiences;
    }

    public Duration getMaxLifetime() {
        return maxLifetime;
    }

    public void setMaxLifetime(Duration maxLifetime) {
        this.maxLifetime = maxLifetime;
    }

    public Duration getClockSkew() {
        return clockSkew;
    }

    public void setClockSkew(Duration clockSkew) {
        this.clockSkew = clockSkew;
    }

    public List<String> getAlgorithms() {
        return algorithms;
    }

    public void setAlgorithms(List<String> algorithms) {
        this.algorithms = algorithms;
    }

    public List<TrustedIssuer> getIssuers() {
        return issuers;
    }

    public void setIssuers(List<TrustedIssuer> issuers) {
        this.issuers = issuers;
    }
}
