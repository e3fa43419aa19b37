package id.sistemkerja.security;

import id.sistemkerja.contracts.security.Claims;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The JWT decoder of the gateway and of every service (imported by both): trusted issuers, algorithms and claim
 * rules from {@link TokenProperties}. Spring Boot's own decoder backs off because this one exists.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TokenProperties.class)
public class TokenValidationConfiguration {

    static final String BOOT_ISSUER_URI = "spring.security.oauth2.resourceserver.jwt.issuer-uri";
    static final String BOOT_JWK_SET_URI = "spring.security.oauth2.resourceserver.jwt.jwk-set-uri";
    static final String BOOT_PUBLIC_KEY = "spring.security.oauth2.resourceserver.jwt.public-key-location";

    @Bean
    public TrustedIssuers trustedIssuers(TokenProperties properties, Environment environment) {
        return new TrustedIssuers(effectiveIssuers(properties, environment));
    }

    @Bean
    public ReactiveJwtDecoder sikerjaJwtDecoder(TokenProperties properties, TrustedIssuers issuers,
                                                ResourceLoader resources) {
        // token lifetimes are real time, whatever clock the service's business logic runs on
        return TrustedIssuersJwtDecoder.of(properties, issuers.issuers(), resources::getResource, Clock.systemUTC());
    }

    /** The configured issuers, or the one Spring Boot property names (production issuer or local key). */
    static List<TokenProperties.TrustedIssuer> effectiveIssuers(TokenProperties properties, Environment environment) {
        if (!properties.getIssuers().isEmpty()) {
            return List.copyOf(properties.getIssuers());
        }
        List<TokenProperties.TrustedIssuer> issuers = new ArrayList<>();
        String issuerUri = environment.getProperty(BOOT_ISSUER_URI);
        if (issuerUri != null && !issuerUri.isBlank()) {
            issuers.add(new TokenProperties.TrustedIssuer(issuerUri, null, environment.getProperty(BOOT_JWK_SET_URI),
                    null));
        }
        String publicKey = environment.getProperty(BOOT_PUBLIC_KEY);
        if (publicKey != null && !publicKey.isBlank()) {
            issuers.add(new TokenProperties.TrustedIssuer(Claims.LOCAL_ISSUER, null, null, publicKey));
        }
        return issuers;
    }

    /** The issuers a token may come from. */
    public record TrustedIssuers(List<TokenProperties.TrustedIssuer> issuers) {

        public TrustedIssuers {
            issuers = List.copyOf(issuers);
        }

        /** Only the local development issuer is trusted (nothing of a real identity provider). */
        public boolean onlyLocal() {
            return !issuers.isEmpty() && issuers.stream().allMatch(i -> Claims.LOCAL_ISSUER.equals(i.getIssuer()));
        }
    }
}
