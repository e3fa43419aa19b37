package id.sistemkerja.assignment.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on a voluntary application (pengajuan sukarela, ASG-10/11/12). */
public final class VoluntaryApplicationCommands {

    private VoluntaryApplicationCommands() {
    }

    /**
     * The employee {@code nip} applies to take part in a target of {@code targetUnitId} (their own unit when null);
     * {@code onBehalf}: the unit head or appraiser records an oral wish on the employee's behalf (ASG-10).
     */
    public record SubmitVoluntaryApplicationCommand(@TargetAggregateIdentifier String applicationId, String nip,
                                                    String targetUnitId, boolean onBehalf, AssignmentTerms terms,
                                                    Actor actor) {
    }

    /** Approves the step pending with the caller (ASG-10 unit head; ASG-11 target, then the employee's own side). */
    public record ApproveVoluntaryApplicationCommand(@TargetAggregateIdentifier String applicationId, String note,
                                                     Actor actor) {
    }

    /** Rejects the step pending with the caller, with the reason. */
    public record RejectVoluntaryApplicationCommand(@TargetAggregateIdentifier String applicationId, String reason,
                                                    Actor actor) {
    }

}
