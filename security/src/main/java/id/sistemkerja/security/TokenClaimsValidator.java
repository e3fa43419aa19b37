package id.sistemkerja.security;

import id.sistemkerja.contracts.security.Claims;
import id.sistemkerja.contracts.security.Roles;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The claims a SiKerja token must carry, beyond signature, issuer and time window (H1): an expiry within the
 * maximum lifetime, one of our audiences, a subject, a list of roles (an empty one grants nothing) none of which is
 * reserved, and the
 * agency it acts for (unless every role is agency-less), consistent with the issuer where an issuer speaks for one
 * agency. A missing claim never widens access: the token is refused.
 */
public final class TokenClaimsValidator implements OAuth2TokenValidator<Jwt> {

    /** Agency ids as org-service registers them (e.g. {@code kota-bandung}). */
    static final Pattern AGENCY_ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

    private final List<String> audiences;
    private final Duration maxLifetime;
    private final Duration clockSkew;
    private final String issuerAgency;
    private final Clock clock;

    public TokenClaimsValidator(List<String> audiences, Duration maxLifetime, Duration clockSkew, String issuerAgency,
                                Clock clock) {
        this.audiences = List.copyOf(audiences);
        this.maxLifetime = maxLifetime;
        this.clockSkew = clockSkew;
        this.issuerAgency = issuerAgency;
        this.clock = clock;
    }

    @Override
    public OAuth2TokenValidatorResult validate(Jwt jwt) {
        List<String> problems = problems(jwt);
        if (problems.isEmpty()) {
            return OAuth2TokenValidatorResult.success();
        }
        return OAuth2TokenValidatorResult.failure(problems.stream()
                .map(p -> new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN, p, null)).toList());
    }

    List<String> problems(Jwt jwt) {
        List<String> problems = new ArrayList<>();
        Instant expiresAt = jwt.getExpiresAt();
        if (expiresAt == null) {
            problems.add("the token has no expiry (exp)");
        } else {
            Instant start = jwt.getIssuedAt() != null ? jwt.getIssuedAt() : clock.instant();
            if (Duration.between(start, expiresAt).compareTo(maxLifetime.plus(clockSkew)) > 0) {
                problems.add("the token is valid for longer than " + maxLifetime.toMinutes() + " minutes (exp - iat)");
            }
        }
        if (jwt.getIssuedAt() != null && jwt.getIssuedAt().isAfter(clock.instant().plus(clockSkew))) {
            problems.add("the token is issued in the future (iat)");
        }
        List<String> aud = jwt.getAudience();
        if (aud == null || aud.stream().noneMatch(audiences::contains)) {
            problems.add("the token is not meant for this API (aud must name one of " + audiences + ")");
        }
        if (jwt.getSubject() == null || jwt.getSubject().isBlank()) {
            problems.add("the token has no subject (sub)");
        }
        List<String> roles = roles(jwt);
        if (roles == null) {
            problems.add("the token has no roles (roles must be a list of role names)");
        } else if (roles.stream().anyMatch(Roles.RESERVED::contains)) {
            problems.add("the token carries a reserved role " + Roles.RESERVED + " that no token may carry");
        }
        Object agencyClaim = jwt.getClaims().get(Claims.AGENCY);
        String agency = agencyClaim instanceof String s && !s.isBlank() ? s : null;
        if (agencyClaim != null && agency == null) {
            problems.add("the agency claim must be an agency id");
        } else if (agency != null && !AGENCY_ID.matcher(agency).matches()) {
            problems.add("the agency claim is not an agency id");
        } else if (issuerAgency != null && agency != null && !issuerAgency.equals(agency)) {
            problems.add("the agency claim does not match the agency of the token's issuer");
        } else if (agency == null && (roles == null || roles.isEmpty() || !Roles.AGENCY_LESS.containsAll(roles))) {
            problems.add("the token names no agency (agency claim); only " + Roles.AGENCY_LESS
                    + " tokens act without one");
        }
        return problems;
    }

    /** The roles claim as strings, or null when it is not a list of strings. */
    static List<String> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(Claims.ROLES);
        if (!(claim instanceof Collection<?> values)) {
            return null;
        }
        List<String> roles = new ArrayList<>();
        for (Object value : values) {
            if (!(value instanceof String role) || role.isBlank()) {
                return null;
            }
            roles.add(role);
        }
        return roles;
    }
}
