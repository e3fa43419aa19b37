package id.sistemkerja.platform.security;

import id.sistemkerja.contracts.security.Roles;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Who is acting: an employee (subject = NIP) or a client application (subject = client id), for which agency, from
 * which unit, with which roles, vouched for by which token issuer. Taken from the caller's JWT; carried in every
 * command's and event's metadata and, where a command's authority depends on it, in the command itself.
 * <p>
 * The system's own actor ({@link #system(String)}: Kafka reactions, schedulers) is the only {@link #isSystem() internal}
 * actor. It cannot come from a token: an actor built from anything else never holds the reserved role
 * {@link Roles#SYSTEM} (C1).
 */
public record Actor(String subject, String name, String agencyId, String unitId, Set<String> roles, String issuer,
                    boolean internal) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : internal ? Set.copyOf(roles)
                : roles.stream().filter(r -> !Roles.RESERVED.contains(r)).collect(Collectors.toUnmodifiableSet());
    }

    /** An actor from a token (or a test) without a known issuer. */
    public Actor(String subject, String name, String agencyId, String unitId, Set<String> roles) {
        this(subject, name, agencyId, unitId, roles, null, false);
    }

    /**
     * The actor of work the system does on its own for one agency (Kafka reactions, scheduled expiries). Always bound
     * to an agency: a reaction to an event without one is never run (H4).
     */
    public static Actor system(String agencyId) {
        if (agencyId == null || agencyId.isBlank()) {
            throw new IllegalArgumentException("The system acts for one agency; none given");
        }
        return new Actor("system", "SiKerja", agencyId, null, Set.of(Roles.SYSTEM), null, true);
    }

    /** The system's own actor (never a caller of the API). */
    public boolean isSystem() {
        return internal;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whose idempotency keys and key-derived ids these are (M3): the same subject acting for another agency, or
     * vouched for by another issuer, is another caller.
     */
    public String callerScope() {
        String scope = (agencyId == null ? "-" : agencyId) + "|" + subject + "|" + issuerDigest();
        return scope.length() <= 255 ? scope : sha256(scope);
    }

    private String issuerDigest() {
        return issuer == null ? "-" : sha256(issuer).substring(0, 16);
    }

    private static String sha256(String value) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(value.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<String> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
