package id.sistemkerja.platform.security;

import id.sistemkerja.platform.error.ProblemException;

import java.util.Arrays;

/**
 * Checks that recur on every object: the caller acts for the object's agency, and holds one of the roles that grant
 * the act. Competence that depends on placement (appraiser, unit head, delegate) is decided by each service on its
 * own facts; this is only the agency boundary and role part.
 */
public final class Access {

    private Access() {
    }

    /** Agency A's caller never touches agency B's records. */
    public static void requireAgency(Actor actor, String agencyId) {
        if (actor.hasRole("SYSTEM") && actor.agencyId() == null) {
            return; // system work (demo loading, replays) is not bound to one agency
        }
        if (agencyId == null || !agencyId.equals(actor.agencyId())) {
            throw ProblemException.forbidden("This record belongs to agency " + agencyId + "; you act for agency "
                    + actor.agencyId() + ".", "callers acting for agency " + agencyId);
        }
    }

    /** The caller acts for {@code agencyId} and holds one of {@code roles}. */
    public static void requireAgencyRole(Actor actor, String agencyId, String... roles) {
        requireAgency(actor, agencyId);
        if (!actor.hasRole("SYSTEM") && !actor.hasAnyRole(roles)) {
            throw ProblemException.forbidden("This act needs one of the roles " + Arrays.toString(roles) + ".",
                    "holders of " + String.join(" or ", roles) + " in agency " + agencyId);
        }
    }
}
