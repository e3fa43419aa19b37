package id.sistemkerja.security;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.contracts.security.Claims;
import org.springframework.core.convert.converter.Converter;
import org.springframework.core.io.Resource;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.MappedJwtClaimSetConverter;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.text.ParseException;
import java.time.Clock;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Decodes a bearer token only when its issuer is trusted: the token's {@code iss} picks that issuer's keys (JWK set,
 * OIDC discovery, or the local development key), its algorithm must be on the allow-list (never {@code none} or an
 * HMAC algorithm, so a token "signed" with the public key as secret is refused), and {@link TokenClaimsValidator}
 * checks the claims. Where an issuer speaks for one agency, a token without {@code agency} gets that agency.
 */
public final class TrustedIssuersJwtDecoder implements ReactiveJwtDecoder {

    private final Map<String, ReactiveJwtDecoder> byIssuer;
    private final Set<String> algorithms;

    private TrustedIssuersJwtDecoder(Map<String, ReactiveJwtDecoder> byIssuer, Set<String> algorithms) {
        this.byIssuer = Map.copyOf(byIssuer);
        this.algorithms = Set.copyOf(algorithms);
    }

    /**
     * @param issuers   trusted issuers (at least one)
     * @param resources reads {@code public-key-location}s
     */
    public static TrustedIssuersJwtDecoder of(TokenProperties properties, List<TokenProperties.TrustedIssuer> issuers,
                                              Function<String, Resource> resources, Clock clock) {
        if (issuers.isEmpty()) {
            throw new IllegalStateException("No trusted token issuer is configured: set sikerja.security.tokens.issuers "
                    + "(or spring.security.oauth2.resourceserver.jwt.issuer-uri); docs/security.md");
        }
        Set<String> algorithms = properties.getAlgorithms().stream()
                .peek(TrustedIssuersJwtDecoder::requireAsymmetric).collect(Collectors.toSet());
        Map<String, ReactiveJwtDecoder> decoders = new LinkedHashMap<>();
        for (TokenProperties.TrustedIssuer issuer : issuers) {
            if (issuer.getIssuer() == null || issuer.getIssuer().isBlank()) {
                throw new IllegalStateException("A trusted issuer without 'issuer' (sikerja.security.tokens.issuers)");
            }
            if (issuer.getAgency() != null && !TokenClaimsValidator.AGENCY_ID.matcher(issuer.getAgency()).matches()) {
                throw new IllegalStateException("Issuer " + issuer.getIssuer() + " names an invalid agency id");
            }
            NimbusReactiveJwtDecoder decoder = decoder(issuer, algorithms, resources);
            decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                    timestamps(properties, clock),
                    new JwtIssuerValidator(issuer.getIssuer()),
                    new TokenClaimsValidator(properties.getAudiences(), properties.getMaxLifetime(),
                            properties.getClockSkew(), issuer.getAgency(), clock)));
            decoder.setClaimSetConverter(claimSet(issuer.getAgency()));
            if (decoders.put(issuer.getIssuer(), decoder) != null) {
                throw new IllegalStateException("Issuer " + issuer.getIssuer() + " is configured twice");
            }
        }
        return new TrustedIssuersJwtDecoder(decoders, algorithms);
    }

    @Override
    public Mono<Jwt> decode(String token) {
        JWT parsed;
        try {
            parsed = JWTParser.parse(token);
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("Malformed token"));
        }
        if (!(parsed instanceof SignedJWT signed)) {
            return Mono.error(new BadJwtException("Only signed tokens are accepted (alg none or encrypted tokens are not)"));
        }
        String algorithm = signed.getHeader().getAlgorithm().getName();
        if (!algorithms.contains(algorithm)) {
            return Mono.error(new BadJwtException("Tokens signed with " + algorithm + " are not accepted"));
        }
        String issuer;
        try {
            issuer = signed.getJWTClaimsSet().getIssuer();
        } catch (ParseException e) {
            return Mono.error(new BadJwtException("Malformed token claims"));
        }
        ReactiveJwtDecoder decoder = issuer == null ? null : byIssuer.get(issuer);
        if (decoder == null) {
            return Mono.error(new BadJwtException("The token's issuer (iss) is not trusted"));
        }
        return decoder.decode(token);
    }

    private static NimbusReactiveJwtDecoder decoder(TokenProperties.TrustedIssuer issuer, Set<String> algorithms,
                                                    Function<String, Resource> resources) {
        if (issuer.getPublicKeyLocation() != null) {
            // a single RSA key (the local development issuer): RS256 only
            return NimbusReactiveJwtDecoder.withPublicKey(readPublicKey(resources.apply(issuer.getPublicKeyLocation())))
                    .signatureAlgorithm(SignatureAlgorithm.RS256).build();
        }
        NimbusReactiveJwtDecoder.JwkSetUriReactiveJwtDecoderBuilder builder = issuer.getJwkSetUri() != null
                ? NimbusReactiveJwtDecoder.withJwkSetUri(issuer.getJwkSetUri())
                : NimbusReactiveJwtDecoder.withIssuerLocation(issuer.getIssuer());
        return builder.jwsAlgorithms(set -> algorithms.forEach(a -> set.add(SignatureAlgorithm.from(a)))).build();
    }

    private static JwtTimestampValidator timestamps(TokenProperties properties, Clock clock) {
        JwtTimestampValidator validator = new JwtTimestampValidator(properties.getClockSkew());
        validator.setClock(clock);
        return validator;
    }

    private static Converter<Map<String, Object>, Map<String, Object>> claimSet(String issuerAgency) {
        MappedJwtClaimSetConverter defaults = MappedJwtClaimSetConverter.withDefaults(Map.of());
        return claims -> {
            Map<String, Object> converted = defaults.convert(claims);
            if (issuerAgency != null && converted != null && converted.get(Claims.AGENCY) == null) {
                converted = new LinkedHashMap<>(converted);
                converted.put(Claims.AGENCY, issuerAgency); // this issuer speaks for one agency only
            }
            return converted;
        };
    }

    private static void requireAsymmetric(String algorithm) {
        JWSAlgorithm parsed = JWSAlgorithm.parse(algorithm);
        if (!JWSAlgorithm.Family.SIGNATURE.contains(parsed)) {
            throw new IllegalStateException("Token algorithm " + algorithm + " is not an asymmetric signature "
                    + "algorithm; only RS*, PS* and ES* may be allowed (sikerja.security.tokens.algorithms)");
        }
    }

    static RSAPublicKey readPublicKey(Resource resource) {
        try {
            String pem = new String(resource.getInputStream().readAllBytes(), StandardCharsets.US_ASCII)
                    .replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read the token public key " + resource, e);
        } catch (Exception e) {
            throw new IllegalStateException("Not an RSA public key (PEM, X.509): " + resource, e);
        }
    }
}
