package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.regulation.profile.DecisionBasis;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of assignments and their reports (applied by the order that made them effective). */
public final class AssignmentEvents {

    private AssignmentEvents() {
    }

    /**
     * One assignment is no longer in force from {@code effectiveOn}.
     *
     * @param cause        ORDER_REVOKED or TEAM_ENDED
     * @param decreeNumber the decree behind the act (e.g. the team's dissolution), if any
     * @param source       what caused it (e.g. a team-service event id), if known
     */
    @Revision("1")
    public record AssignmentEndedEvent(String assignmentId, String agencyId, String nip, String orderId,
                                       String number, AssignmentForm form, String teamId, LocalDate effectiveOn,
                                       String cause, String reason, String decreeNumber, String source,
                                       ActingOfficial endedBy, DecisionBasis decision) {
    }

    /** RPT-01: addressed to the officials the profile names, resolved for this employee on the day. */
    @Revision("1")
    public record AssignmentReportSubmittedEvent(String assignmentId, String reportId, String agencyId, String nip,
                                                 String orderId, LocalDate submittedOn, LocalDate periodFrom,
                                                 LocalDate periodUntil, String summary, List<String> outputs,
                                                 List<Recipient> recipients, boolean hierarchical,
                                                 DecisionBasis decision) {
    }
}
