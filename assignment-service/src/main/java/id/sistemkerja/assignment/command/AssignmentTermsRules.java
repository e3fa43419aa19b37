package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.RegulationProfile;

import java.util.ArrayList;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_01;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_03;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_06;

/**
 * What every assignment states, checked before any fact is looked up: a specific performance target for a period
 * (ASG-01), routine or incidental and planned or unplanned, individually or as a member of a named work team (ASG-03),
 * and — for an order within a unit — its purpose, targets and other arrangements (ASG-06). Refusals cite the agency's
 * own regulation ({@code cited}; every city's article while it is not known).
 */
final class AssignmentTermsRules {

    private AssignmentTermsRules() {
    }

    /** ASG-01/03/06: an order within a unit, and the employees it names; then its form (ASG-03). */
    static void requireOrderContents(AssignmentTerms terms, List<String> nips, AssignmentForm form, String teamId,
                                     RegulationProfile cited) {
        List<Violation> missing = new ArrayList<>();
        // ASG-06: an order within a unit states at least purpose, expected targets and other arrangements
        if (terms == null || terms.purpose() == null) {
            missing.add(ASG_06.violation(cited, "terms.purpose", "the order states its purpose (maksud dan tujuan)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(ASG_06.violation(cited, "terms.targets",
                    "the order states the expected target(s) (ekspektasi/target kinerja)"));
        }
        if (terms == null || terms.otherArrangements() == null) {
            missing.add(ASG_06.violation(cited, "terms.otherArrangements",
                    "the order states other arrangements (pengaturan penugasan lainnya)"));
        }
        missing.addAll(periodAndKind(terms, cited));
        if (nips == null || nips.isEmpty()) {
            missing.add(ASG_01.violation(cited, "assigneeNips", "an appointment names the employee(s) assigned"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.rules("The assignment order is incomplete", missing);
        }
        requireForm(form, teamId, cited);
    }

    /** ASG-01/03: what a voluntary application (pengajuan sukarela) states. */
    static void requireApplicationContents(AssignmentTerms terms, RegulationProfile cited) {
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.purpose() == null) {
            missing.add(ASG_01.violation(cited, "terms.purpose", "the application names the work (purpose)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(ASG_01.violation(cited, "terms.targets", "an assignment is for a specific performance target "
                    + "(kinerja tertentu)"));
        }
        missing.addAll(periodAndKind(terms, cited));
        if (!missing.isEmpty()) {
            throw ProblemException.rules("The voluntary application is incomplete", missing);
        }
    }

    /** ASG-01 (a period), ASG-03 (routine/incidental, planned/unplanned). */
    static List<Violation> periodAndKind(AssignmentTerms terms, RegulationProfile profile) {
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.validFrom() == null || terms.validUntil() == null) {
            missing.add(ASG_01.violation(profile, "terms.validFrom", "an assignment is for a period: validFrom and "
                    + "validUntil"));
        } else if (terms.validUntil().isBefore(terms.validFrom())) {
            missing.add(ASG_01.violation(profile, "terms.validUntil", "validUntil is before validFrom"));
        }
        if (terms == null || terms.nature() == null) {
            missing.add(ASG_03.violation(profile, "terms.nature",
                    "ROUTINE (tugas rutin) or INCIDENTAL (tugas insidental)"));
        }
        if (terms == null || terms.planning() == null) {
            missing.add(ASG_03.violation(profile, "terms.planning",
                    "PLANNED (terencana) or UNPLANNED (tak terencana)"));
        }
        return missing;
    }

    /** ASG-03: an assignment is INDIVIDUAL, or TEAM naming the work team. */
    static void requireForm(AssignmentForm form, String teamId, RegulationProfile profile) {
        if (form == null) {
            throw ASG_03.refusal(profile, "form", "an assignment is INDIVIDUAL or as a member of a work team (TEAM)");
        }
        if (form == AssignmentForm.TEAM && (teamId == null || teamId.isBlank())) {
            throw ASG_03.refusal(profile, "teamId", "a TEAM assignment names the work team (teamId)");
        }
        if (form == AssignmentForm.INDIVIDUAL && teamId != null && !teamId.isBlank()) {
            throw ProblemException.invalid("teamId", "an INDIVIDUAL assignment names no team");
        }
    }
}
