package id.sistemkerja.assignment.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;

import java.util.Collection;

/** Who may read a request, application or order: those who took part, are addressed or copied, and agency overseers. */
final class ReadAccess {

    private ReadAccess() {
    }

    static void require(Actor actor, Collection<String> readers, String what, String... agencies) {
        if (readers != null && readers.contains(actor.subject())) {
            return;
        }
        for (String agency : agencies) {
            if (agency != null && agency.equals(actor.agencyId()) && actor.hasAnyRole(Roles.AUDITOR,
                    Roles.AGENCY_ADMIN, Roles.AUTHORIZED_OFFICIAL, Roles.STAFFING_AUTHORITY,
                    Roles.REGIONAL_SECRETARY)) {
                return;
            }
        }
        throw ProblemException.forbidden(actor.subject() + " is not a party to " + what,
                "the officials who took part, are addressed or copied (tembusan), and the agency's auditors, "
                        + "administrators, PPK, PyB or Sekda");
    }
}
