package id.sistemkerja.contracts.security;

/**
 * JWT claims every caller's token carries (development issuer locally, the agency's OIDC provider in production).
 * The {@code sub} claim is the caller: an employee's NIP or a client application's id. Besides these, a token must
 * carry {@code iss} (a trusted issuer), {@code aud} (the API's audience) and {@code exp} (docs/security.md).
 */
public final class Claims {

    /**
     * Agency (instansi) id the caller acts for. Required, except for the {@link Roles#AGENCY_LESS} roles; where an
     * issuer is bound to one agency the claim may be left out (it is derived from the issuer) or must name it.
     */
    public static final String AGENCY = "agency";
    /** Roles, a JSON array of {@link Roles} names (required; an empty array grants nothing). */
    public static final String ROLES = "roles";
    /** Organisation unit id of the caller, where the caller is an employee. */
    public static final String UNIT = "unit";
    /** Display name of the caller. */
    public static final String NAME = "name";
    /** The API's audience every token must name in {@code aud} unless configured otherwise. */
    public static final String DEFAULT_AUDIENCE = "sikerja-api";
    /** Issuer ({@code iss}) of the local run's development token issuer (and of the test tokens). */
    public static final String LOCAL_ISSUER = "sikerja-local";

    private Claims() {
    }
}
