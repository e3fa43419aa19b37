package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.RegulationProfile;

import java.util.ArrayList;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_07;

/**
 * ASG-07: the mandatory elements of an involvement request (surat permohonan pelibatan) — its purpose, the competencies
 * needed, the expected performance target and the duration. A request missing any is refused at submission, naming
 * each missing element, so nothing incomplete starts a flow.
 */
final class RequestElements {

    private RequestElements() {
    }

    /** Each missing element, cited from the requesting agency's regulation ({@code cited}, null while unknown). */
    static List<Violation> missing(AssignmentTerms terms, RegulationProfile cited) {
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.purpose() == null) {
            missing.add(ASG_07.violation(cited, "terms.purpose", "the request states its purpose (maksud dan tujuan)"));
        }
        if (terms == null || terms.competencies().isEmpty()) {
            missing.add(ASG_07.violation(cited, "terms.competencies", "the request states the competencies, expertise "
                    + "and/or skills needed (kompetensi, keahlian dan/atau keterampilan)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(ASG_07.violation(cited, "terms.targets", "the request states the expected performance target "
                    + "(ekspektasi/target kinerja)"));
        }
        if (terms == null || terms.validFrom() == null || terms.validUntil() == null
                || terms.validUntil().isBefore(terms.validFrom())) {
            missing.add(ASG_07.violation(cited, "terms.validFrom", "the request states the duration (durasi "
                    + "pelibatan): validFrom and validUntil, not before validFrom"));
        }
        return missing;
    }

    /** 422 naming every missing element; nothing is stored. */
    static void requireComplete(AssignmentTerms terms, RegulationProfile cited) {
        List<Violation> missing = missing(terms, cited);
        if (!missing.isEmpty()) {
            throw ProblemException.rules("ASG-07: the involvement request (surat permohonan pelibatan) misses "
                    + missing.size() + " mandatory element(s)", missing);
        }
    }
}
