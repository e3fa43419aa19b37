package id.sistemkerja.assignment.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.springframework.data.mongodb.core.query.Criteria;

import java.util.Collection;

/**
 * Who may read a request, application or order: those who took part, are addressed or copied, and agency overseers.
 * Every endpoint that shows a request, an order or an assignment of an order applies it, lists too (M1).
 */
final class ReadAccess {

    private ReadAccess() {
    }

    /**
     * Whether {@code actor} reads the record: a reader named on it acting for one of the record's agencies (a NIP of
     * another agency's token is not the official, M2), or an overseer of one of {@code agencies}.
     */
    static boolean may(Actor actor, Collection<String> readers, String... agencies) {
        boolean ofTheAgencies = false;
        for (String agency : agencies) {
            if (Access.sameAgency(actor, agency)) {
                ofTheAgencies = true;
            }
        }
        if (!ofTheAgencies) {
            return false;
        }
        if (readers != null && readers.contains(actor.subject())) {
            return true;
        }
        return overseer(actor);
    }

    /**
     * {@link #may} as a query condition on a view with {@code readers} and the agency fields {@code agencyFields}, so a
     * list reads only the caller's records and pages in the database (M6); null when the caller reads none (no agency).
     */
    static Criteria mayCriteria(Actor actor, String... agencyFields) {
        if (actor.agencyId() == null) {
            return null;
        }
        Criteria[] agencies = new Criteria[agencyFields.length];
        for (int i = 0; i < agencyFields.length; i++) {
            agencies[i] = Criteria.where(agencyFields[i]).is(actor.agencyId());
        }
        Criteria ofTheAgencies = new Criteria().orOperator(agencies);
        return overseer(actor) ? ofTheAgencies
                : new Criteria().andOperator(ofTheAgencies, Criteria.where("readers").is(actor.subject()));
    }

    private static boolean overseer(Actor actor) {
        return actor.hasAnyRole(Roles.AUDITOR, Roles.AGENCY_ADMIN, Roles.AUTHORIZED_OFFICIAL,
                Roles.STAFFING_AUTHORITY, Roles.REGIONAL_SECRETARY);
    }

    static void require(Actor actor, Collection<String> readers, String what, String... agencies) {
        if (may(actor, readers, agencies)) {
            return;
        }
        throw ProblemException.forbidden("You are not a party to " + what,
                "the officials who took part, are addressed or copied (tembusan), and the agency's auditors, "
                        + "administrators, PPK, PyB or Sekda");
    }
}
