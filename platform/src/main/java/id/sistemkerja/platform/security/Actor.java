package id.sistemkerja.platform.security;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who is acting: an employee (subject = NIP) or a client application (subject = client id), for which agency, from
 * which unit, with which roles. Taken from the caller's JWT; carried in every command's and event's metadata and, where
 * a command's authority depends on it, in the command itself.
 */
public record Actor(String subject, String name, String agencyId, String unitId, Set<String> roles) {

    public Actor {
        Objects.requireNonNull(subject, "subject");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    /** The actor used for work the system does on its own (replays, scheduled expiries, demo data loading). */
    public static Actor system(String agencyId) {
        return new Actor("system", "SiKerja", agencyId, null, Set.of("SYSTEM"));
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

    public List<String> sortedRoles() {
        return roles.stream().sorted().toList();
    }
}
