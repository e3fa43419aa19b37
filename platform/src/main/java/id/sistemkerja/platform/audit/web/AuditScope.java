package id.sistemkerja.platform.audit.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.audit.ledger.LedgerEntry;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;

/**
 * What an auditor may read (docs/audit.md, "Who sees what"). An agency's auditor (role {@code AUDITOR}, token bound
 * to the agency: the Inspektorat of a Pemerintah Kota/Kabupaten) reads the entries, histories and states of their own
 * agency's records; other agencies' entries appear in a ledger export as their leaf hash only (so the whole tree can
 * still be verified) and are otherwise hidden. Only a national auditor (role {@code NATIONAL_AUDITOR}, BPK) reads
 * every agency. A missing agency claim never widens access (C1): an {@code AUDITOR} without one is refused. Roots,
 * checkpoints, consistency proofs and the public key reveal no record and are open to every auditor.
 */
public record AuditScope(String agencyId) {

    public static AuditScope of(Actor actor) {
        if (actor.hasRole(Roles.NATIONAL_AUDITOR)) {
            return new AuditScope(null);
        }
        if (!actor.hasRole(Roles.AUDITOR) || actor.agencyId() == null) {
            throw ProblemException.forbidden("The audit API is for auditors.", "auditors: AUDITOR (Inspektorat) "
                    + "for its own agency, NATIONAL_AUDITOR (BPK) for all");
        }
        return new AuditScope(actor.agencyId());
    }

    public boolean allAgencies() {
        return agencyId == null;
    }

    public boolean maySee(LedgerEntry entry) {
        return allAgencies() || agencyId.equals(entry.agencyId());
    }

    public boolean maySeeAgency(String agency) {
        return allAgencies() || agencyId.equals(agency);
    }

    public void requireAgency(String agency) {
        if (!maySeeAgency(agency)) {
            throw ProblemException.forbidden("These records are not your agency's.",
                    "auditors of the records' agency or national auditors (BPK)");
        }
    }
}
