package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/**
 * Events of an involvement request. Every act records who took it in which capacity ({@link ActingOfficial}), on which
 * date, and — in {@code decision} — the regulation profile version and rule ids that applied (AUD-01).
 */
public final class InvolvementRequestEvents {

    private InvolvementRequestEvents() {
    }

    /**
     * @param targetUnit  where the employees sit; null for a cross-agency request until the target PyB names it
     * @param addressedTo who answers next
     * @param copies      tembusan
     */
    @Revision("1")
    public record InvolvementRequestSubmittedEvent(String requestId, String agencyId, String targetAgencyId,
                                                   AssignmentScope scope, AssignmentForm form, String teamId,
                                                   UnitLocation owningUnit, UnitLocation targetUnit,
                                                   List<String> requestedNips, AssignmentTerms terms,
                                                   ActingOfficial requestedBy, InvolvementRequestState state,
                                                   Recipient addressedTo, List<Recipient> copies,
                                                   LocalDate submittedOn, DecisionBasis decision) {
    }

    /** The home unit head recommends (and may name) employees (ASG-08, ASG-09 step 3). */
    @Revision("1")
    public record InvolvementRecommendedEvent(String requestId, String agencyId, List<String> recommendedNips,
                                              String note, ActingOfficial recommendedBy, LocalDate recommendedOn,
                                              DecisionBasis decision) {
    }

    /**
     * One intermediate step of the cross-agency flow (ASG-09) was approved: {@code from} is the step approved,
     * {@code to} the step now pending, with whom.
     *
     * @param targetUnit   named by the target PyB's instruction (step 2), otherwise as before
     * @param nominatedNips named in the appraiser's availability answer (step 3), otherwise as before
     */
    @Revision("1")
    public record InvolvementStepApprovedEvent(String requestId, String agencyId, InvolvementRequestState from,
                                               InvolvementRequestState to, UnitLocation targetUnit,
                                               List<String> nominatedNips, String note, ActingOfficial approvedBy,
                                               ActingOfficial recommendedBy, Recipient addressedTo,
                                               LocalDate approvedOn, DecisionBasis decision) {
    }

    /**
     * The request's last step was approved; the order is drafted as {@code orderId} (by the process manager) and waits
     * for the competent official to issue it.
     */
    @Revision("1")
    public record InvolvementRequestApprovedEvent(String requestId, String agencyId, String targetAgencyId,
                                                  InvolvementRequestState from, AssignmentScope scope,
                                                  AssignmentForm form, String teamId, UnitLocation owningUnit,
                                                  UnitLocation targetUnit, List<String> nominatedNips,
                                                  AssignmentTerms terms, String note, ActingOfficial approvedBy,
                                                  ActingOfficial recommendedBy, ActingOfficial draftedBy,
                                                  List<Recipient> orderCopies, String orderId,
                                                  LocalDate approvedOn, DecisionBasis decision) {
    }

    /** Rejected at {@code step}, always with the reason (surat jawaban penolakan). */
    @Revision("1")
    public record InvolvementRequestRejectedEvent(String requestId, String agencyId, String targetAgencyId,
                                                  AssignmentScope scope, UnitLocation owningUnit,
                                                  UnitLocation targetUnit, InvolvementRequestState step,
                                                  String reason, ActingOfficial rejectedBy, LocalDate rejectedOn,
                                                  DecisionBasis decision) {
    }

}
