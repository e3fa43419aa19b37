package id.sistemkerja.assignment.api;

import id.sistemkerja.regulation.profile.Official;

import java.util.List;

/**
 * To whom a step is addressed (who may act next) or a copy (tembusan) goes: the official the rule names and the NIPs
 * that official resolved to on the day, or — for officials acting by role, such as the Pejabat yang Berwenang — the role
 * in an agency.
 *
 * @param capacity the official named by the rule; null for copies the requester named by NIP
 * @param nips     who that was on the day (empty for a role)
 * @param role     role of {@code contracts.security.Roles}, for officials acting by role; null otherwise
 * @param agencyId the agency the role belongs to
 */
public record Recipient(Official capacity, List<String> nips, String role, String agencyId) {

    public Recipient {
        nips = nips == null ? List.of() : List.copyOf(nips);
    }

    public static Recipient people(Official capacity, List<String> nips) {
        return new Recipient(capacity, nips, null, null);
    }

    public static Recipient role(Official capacity, String role, String agencyId) {
        return new Recipient(capacity, List.of(), role, agencyId);
    }
}
