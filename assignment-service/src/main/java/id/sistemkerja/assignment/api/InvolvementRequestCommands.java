package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands on an involvement request (surat permohonan pelibatan, ASG-07/08/09/13). */
public final class InvolvementRequestCommands {

    private InvolvementRequestCommands() {
    }

    /**
     * The head of the owning unit asks for employees of another unit ({@code targetUnitId}) or agency
     * ({@code targetAgencyId}).
     */
    public record SubmitInvolvementRequestCommand(@TargetAggregateIdentifier String requestId, String owningUnitId,
                                                  String targetAgencyId, String targetUnitId,
                                                  List<String> requestedNips, AssignmentForm form, String teamId,
                                                  AssignmentTerms terms, List<String> copyToNips, Actor actor) {
    }

    /** The home unit head's recommendation (rekomendasi) that the approval carries (ASG-08, ASG-09). */
    public record RecommendInvolvementCommand(@TargetAggregateIdentifier String requestId,
                                              List<String> recommendedNips, String note, Actor actor) {
    }

    /**
     * Approves the step pending with the caller: ASG-08 approval naming the employees; ASG-09 forwarding by the own
     * PyB, instruction by the target PyB ({@code targetUnitId}), availability answer by the appraiser (naming
     * employees), endorsement of the reply, acceptance of the reply.
     */
    public record ApproveInvolvementRequestCommand(@TargetAggregateIdentifier String requestId,
                                                   List<String> nominatedNips, String targetUnitId, String note,
                                                   Actor actor) {
    }

    /** Rejects the step pending with the caller; the reason is mandatory (ASG-08). */
    public record RejectInvolvementRequestCommand(@TargetAggregateIdentifier String requestId, String reason,
                                                  Actor actor) {
    }

}
