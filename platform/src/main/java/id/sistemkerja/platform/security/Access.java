package id.sistemkerja.platform.security;

import id.sistemkerja.platform.error.ProblemException;

import java.util.Arrays;

/**
 * Checks that recur on every object: the caller acts for the object's agency, and holds one of the roles that grant
 * the act. Competence that depends on placement (appraiser, unit head, delegate) is decided by each service on its
 * own facts; this is only the agency boundary and role part.
 * <p>
 * Both fail closed (C1): an actor without an agency passes no agency check, and no role (nor the system's own actor)
 * stands in for the roles an act names. Refusals never name the record's agency (L3).
 */
public final class Access {

    private Access() {
    }

    /** Agency A's caller never touches agency B's records; a caller without an agency touches none. */
    public static void requireAgency(Actor actor, String agencyId) {
        if (!sameAgency(actor, agencyId)) {
            throw ProblemException.forbidden("This record is not one of your agency's records.",
                    "callers acting for the record's agency");
        }
    }

    /** Whether the caller acts for {@code agencyId} (false for a caller without an agency). */
    public static boolean sameAgency(Actor actor, String agencyId) {
        return agencyId != null && actor.agencyId() != null && agencyId.equals(actor.agencyId());
    }

    /** The caller acts for {@code agencyId} and holds one of {@code roles}. */
    public static void requireAgencyRole(Actor actor, String agencyId, String... roles) {
        requireAgency(actor, agencyId);
        if (!actor.hasAnyRole(roles)) {
            throw ProblemException.forbidden("This act needs one of the roles " + Arrays.toString(roles) + ".",
                    "holders of " + String.join(" or ", roles) + " in the agency");
        }
    }

    /**
     * Like {@link #requireAgencyRole} for acts the system also performs on its own for the agency (a Kafka reaction
     * recording the same fact a person may record by hand); the call site names why.
     */
    public static void requireAgencyRoleOrSystem(Actor actor, String agencyId, String... roles) {
        requireAgency(actor, agencyId);
        if (!actor.isSystem() && !actor.hasAnyRole(roles)) {
            throw ProblemException.forbidden("This act needs one of the roles " + Arrays.toString(roles) + ".",
                    "holders of " + String.join(" or ", roles) + " in the agency");
        }
    }
}
