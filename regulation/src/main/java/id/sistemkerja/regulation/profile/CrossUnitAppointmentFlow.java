package id.sistemkerja.regulation.profile;

import java.util.ArrayList;
import java.util.List;

/**
 * The cross-unit appointment flow (penunjukan lintas unit, ASG-08): who asks whom, what an approval produces, who
 * drafts the order. A rejection always states its reason.
 *
 * @param requestFrom           who sends the involvement request (surat permohonan pelibatan)
 * @param requestTo             who decides on it, on the employee's side
 * @param recommendationBy      whose recommendation the approval needs; null when none
 * @param approvalGives         what an approval produces
 * @param orderDraftedBy        who drafts the assignment order after approval
 * @param rejectionReasonRequired always true: a rejection without a reason is refused
 * @param alsoAnsweredBy        officials of the side where the employee sits who may answer the request too (approve
 *                              or reject it, without a recommendation), e.g. BDG23 Pasal 8(3), 9(2)-(3): the head of
 *                              the unit and/or the department where the employee sits; empty when none
 */
public record CrossUnitAppointmentFlow(Official requestFrom,
                                       Official requestTo,
                                       Official recommendationBy,
                                       ApprovalResult approvalGives,
                                       Official orderDraftedBy,
                                       boolean rejectionReasonRequired,
                                       List<Official> alsoAnsweredBy) {

    public CrossUnitAppointmentFlow {
        alsoAnsweredBy = alsoAnsweredBy == null ? List.of() : List.copyOf(alsoAnsweredBy);
    }

    public CrossUnitAppointmentFlow(Official requestFrom, Official requestTo, Official recommendationBy,
                                    ApprovalResult approvalGives, Official orderDraftedBy,
                                    boolean rejectionReasonRequired) {
        this(requestFrom, requestTo, recommendationBy, approvalGives, orderDraftedBy, rejectionReasonRequired,
                List.of());
    }

    /** Who may answer (approve or reject) the request: {@link #requestTo()} and {@link #alsoAnsweredBy()}. */
    public List<Official> answeredBy() {
        List<Official> all = new ArrayList<>(List.of(requestTo));
        alsoAnsweredBy.stream().filter(o -> !all.contains(o)).forEach(all::add);
        return List.copyOf(all);
    }
}
