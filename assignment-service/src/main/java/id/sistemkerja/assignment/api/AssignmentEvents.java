package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.profile.DecisionBasis;
import id.sistemkerja.platform.profile.UnitLocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of assignments, their reports and the work teams they belong to. */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    /** The employee was assigned by an issued order (the only way, ASG-04); the order's decision applies. */
    @Revision("1")
    public record EmployeeAssignedEvent(String assignmentId, String orderId, String number, String agencyId,
                                        String nip, UnitLocation home, PositionKind positionKind,
                                        UnitLocation owningUnit, AssignmentMode mode, AssignmentScope scope,
                                        AssignmentForm form, String teamId, AssignmentTerms terms,
                                        ActingOfficial issuedBy, LocalDate issuedOn, DecisionBasis decision) {
    }

    /** The assignment's order was amended; {@code terms} are those in force now. */
    @Revision("1")
    public record AssignmentAmendedEvent(String assignmentId, String orderId, int amendmentNo, AssignmentTerms terms) {
    }

    /**
     * @param cause ORDER_REVOKED or TEAM_ENDED
     */
    @Revision("1")
    public record AssignmentEndedEvent(String assignmentId, String agencyId, String nip, String orderId,
                                       String number, AssignmentForm form, String teamId, LocalDate effectiveOn,
                                       String cause, String reason, ActingOfficial endedBy) {
    }

    /** RPT-01: addressed to the officials the profile names, resolved for this employee on the day. */
    @Revision("1")
    public record AssignmentReportSubmittedEvent(String assignmentId, String reportId, String agencyId, String nip,
                                                 String orderId, LocalDate submittedOn, LocalDate periodFrom,
                                                 LocalDate periodUntil, String summary, List<String> outputs,
                                                 List<Recipient> recipients, boolean hierarchical,
                                                 DecisionBasis decision) {
    }

    /** A TEAM assignment joined the roster of its work team (for TEAM-12). */
    @Revision("1")
    public record TeamAssignmentJoinedEvent(String teamId, String agencyId, String assignmentId, String nip,
                                            String orderId) {
    }

    /** TEAM-12: the team's active assignments ended with it, as one recorded act. */
    @Revision("1")
    public record TeamAssignmentsEndedEvent(String teamId, String agencyId, List<String> assignmentIds,
                                            LocalDate effectiveOn, String reason, String source,
                                            ActingOfficial endedBy) {
    }
}
