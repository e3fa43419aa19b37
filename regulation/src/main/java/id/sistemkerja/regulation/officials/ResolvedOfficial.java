package id.sistemkerja.regulation.officials;

import id.sistemkerja.regulation.profile.Official;

import java.util.List;

/**
 * Who an {@link Official} is for a case on its date: the NIP(s) holding the office, or — for offices held by role
 * (PPK, PyB, Sekda, Tim Verifikasi, Wali Kota) — the role in an agency; with the agency the office belongs to (an actor
 * acts as this official only for that agency, security finding M2) and why that person is the official.
 *
 * @param nips        who holds the office on the date; empty for a role, a vacancy or a fact not known yet
 * @param role        role of {@code contracts.security.Roles} for offices held by role; null otherwise
 * @param agencyId    the agency (instansi) the office belongs to
 * @param basis       why, e.g. {@code holder of kota-bandung.dinkes:kadis}, {@code delegation d1 (SK 800/1)}
 * @param notYetKnown the org fact missing from the replica to answer (then nobody is named); null when known
 */
public record ResolvedOfficial(Official official, List<String> nips, String role, String agencyId, String basis,
                               String notYetKnown) {

    public ResolvedOfficial {
        nips = nips == null ? List.of() : List.copyOf(nips);
    }

    static ResolvedOfficial people(Official official, List<String> nips, String agencyId, String basis) {
        return new ResolvedOfficial(official, nips, null, agencyId, basis, null);
    }

    static ResolvedOfficial byRole(Official official, String role, String agencyId) {
        return new ResolvedOfficial(official, List.of(), role, agencyId, "role " + role + " of " + agencyId, null);
    }

    static ResolvedOfficial unknown(Official official, String agencyId, String missing) {
        return new ResolvedOfficial(official, List.of(), null, agencyId, null, missing);
    }

    /** Held by role (anyone with {@link #role()} in {@link #agencyId()}). */
    public boolean byRole() {
        return role != null;
    }

    /** The facts to answer were known (a vacancy is known too). */
    public boolean known() {
        return notYetKnown == null;
    }

    /** Known, held by a person, and nobody holds it on the date. */
    public boolean vacant() {
        return known() && !byRole() && nips.isEmpty();
    }

    /** The first holder, if any. */
    public String firstNip() {
        return nips.isEmpty() ? null : nips.get(0);
    }
}
