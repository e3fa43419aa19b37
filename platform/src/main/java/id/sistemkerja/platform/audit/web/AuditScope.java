package id.sistemkerja.platform.audit.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.audit.ledger.LedgerEntry;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;

/**
 * What an auditor may read (docs/audit.md, "Who sees what"). The audit API needs the role {@code AUDITOR}.
 * An auditor whose token names an agency is that agency's internal auditor (Inspektorat of a Pemerintah Kota/Kabupaten):
 * they read the entries, histories and states of their own agency's records; other agencies' entries appear in a
 * ledger export as their leaf hash only (so the whole tree can still be verified) and are otherwise hidden. An auditor
 * whose token names no agency (BPK, a national auditor) reads everything. Roots, checkpoints, consistency proofs and
 * the public key reveal no record and are open to every auditor.
 */
public record AuditScope(String agencyId) {

    public static AuditScope of(Actor actor) {
        if (!actor.hasRole(Roles.AUDITOR)) {
            throw ProblemException.forbidden("The audit API is for auditors.", "auditors (role AUDITOR): "
                    + "Inspektorat for its own agency, BPK for all");
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
            throw ProblemException.forbidden("These records belong to agency " + agency + "; you audit agency "
                    + agencyId + ".", "auditors of agency " + agency + " or auditors of all agencies (BPK)");
        }
    }
}
