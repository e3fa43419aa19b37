package id.sistemkerja.assignment.command;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.regulation.profile.RegulationProfile;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_13;

/**
 * ASG-13: Administrators and Pengawas take part in another unit's work only as members of a work team, never
 * individually; a JPT Pratama is never assigned through these flows.
 */
final class TeamOnlyParticipation {

    private TeamOnlyParticipation() {
    }

    /**
     * Refuses an employee holding a position of {@code kind} where ASG-13 forbids it, on {@code field}.
     *
     * @return true when the employee is an Administrator/Pengawas involved as a team member (ASG-13 applied, the
     *         decision names it)
     */
    static boolean check(PositionKind kind, AssignmentForm form, String field, RegulationProfile profile) {
        if (kind == PositionKind.JPT_PRATAMA) {
            throw ASG_13.refusal(profile, field, "a JPT Pratama is not assigned through these flows");
        }
        if (kind == PositionKind.ADMINISTRATOR || kind == PositionKind.PENGAWAS) {
            if (form != AssignmentForm.TEAM) {
                throw ASG_13.refusal(profile, field, "an " + kind + " may be involved only as a member of a work "
                        + "team (form TEAM), not individually");
            }
            return true;
        }
        return false;
    }
}
