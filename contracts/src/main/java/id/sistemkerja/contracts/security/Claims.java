package id.sistemkerja.contracts.security;

/**
 * JWT claims every caller's token carries (development issuer locally, the agency's OIDC provider in production).
 * The {@code sub} claim is the caller: an employee's NIP or a client application's id.
 */
public final class Claims {

    /** Agency (instansi) id the caller acts for. */
    public static final String AGENCY = "agency";
    /** Roles, a JSON array of {@link Roles} names. */
    public static final String ROLES = "roles";
    /** Organisation unit id of the caller, where the caller is an employee. */
    public static final String UNIT = "unit";
    /** Display name of the caller. */
    public static final String NAME = "name";

    private Claims() {
    }
}
