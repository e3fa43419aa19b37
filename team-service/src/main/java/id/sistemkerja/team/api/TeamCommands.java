package id.sistemkerja.team.api;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on a work team (tim kerja). Each carries the acting official: authority depends on who acts. */
public final class TeamCommands {

    private TeamCommands() {
    }

    /**
     * The owning unit head proposes a team (TEAM-01, TEAM-04). {@code proposedOn} is today (Asia/Jakarta).
     * {@code scope} is the planned scope, optional: the decree's scope is derived from the members (TEAM-07) and is
     * never narrower than the planned one.
     */
    public record ProposeTeamCommand(@TargetAggregateIdentifier String teamId, String agencyId, String owningUnitId,
                                     String name, String purpose, List<String> targets, List<String> competencies,
                                     LocalDate periodFrom, LocalDate periodUntil, AssignmentScope scope,
                                     int plannedSize, LocalDate proposedOn, Actor actor) {
    }

    /** The owning unit head resubmits a returned proposal with revised purpose and targets (TEAM-04). */
    public record ResubmitTeamProposalCommand(@TargetAggregateIdentifier String teamId, String purpose,
                                              List<String> targets, String note, LocalDate resubmittedOn,
                                              Actor actor) {
    }

    /** The verification board (Tim Verifikasi) recommends the proposal or returns it with a reason (TEAM-04). */
    public record VerifyTeamProposalCommand(@TargetAggregateIdentifier String teamId, boolean recommended,
                                            String reason, LocalDate verifiedOn, Actor actor) {
    }

    /** The official the profile names establishes the team by decree (TEAM-07, TEAM-08). */
    public record EstablishTeamCommand(@TargetAggregateIdentifier String teamId, String decreeNumber,
                                       LocalDate decreeDate, List<String> tasks, List<String> targets,
                                       List<DecreeMember> members, Actor actor) {
    }

    /**
     * Appoint the team lead (TEAM-02, TEAM-03, TEAM-05).
     *
     * @param experienceInField attested by the appointing official (org-service keeps no position history by field)
     * @param justification     why a candidate against a preference is chosen (TEAM-02/TEAM-03)
     */
    public record AppointTeamLeadCommand(@TargetAggregateIdentifier String teamId, String nip,
                                         LocalDate effectiveFrom, boolean experienceInField, String justification,
                                         Actor actor) {
    }

    /** Appoint the team coordinator where the profile provides for one (TEAM-06). */
    public record AppointTeamCoordinatorCommand(@TargetAggregateIdentifier String teamId, String nip,
                                                LocalDate effectiveFrom, boolean experienceInField,
                                                PositionKind experienceEquivalentTo, Actor actor) {
    }

    /**
     * The owning unit head records an employee joining the team from {@code effectiveFrom}. The provenance of a
     * membership by order (assignment id, order number) comes only from assignment-service: see
     * {@link JoinTeamByOrderCommand}.
     */
    public record AddTeamMemberCommand(@TargetAggregateIdentifier String teamId, String nip, String duty,
                                       LocalDate effectiveFrom, Actor actor) {
    }

    /**
     * An assignee of a TEAM assignment order issued by assignment-service joins from {@code effectiveFrom} (sent by
     * the system from Kafka). An unlawful membership is not added but recorded as refused with its reason.
     *
     * @param orderOwningUnitId the unit that owns the order's work; must be the team's owning unit (M4)
     * @param issuedBy          NIP of the official who issued the order (the assigner, pemberi tugas)
     */
    public record JoinTeamByOrderCommand(@TargetAggregateIdentifier String teamId, String nip, LocalDate effectiveFrom,
                                         String assignmentId, String orderNumber, String orderOwningUnitId,
                                         String issuedBy, Actor actor) {
    }

    /**
     * A member leaves from {@code effectiveOn}: recorded by the owning unit head, or sent by the system when the team
     * assignment ended or was revoked ({@code assignmentId} and {@code cause} only from that path).
     */
    public record RemoveTeamMemberCommand(@TargetAggregateIdentifier String teamId, String nip, String assignmentId,
                                          LocalDate effectiveOn, String cause, Actor actor) {
    }

    /** The lead (or coordinator) proposes a member to the unit head (TEAM-08). */
    public record ProposeTeamMemberCommand(@TargetAggregateIdentifier String teamId, String proposalId, String nip,
                                           String duty, LocalDate proposedOn, Actor actor) {
    }

    /** The owning unit head accepts or declines a member proposal (TEAM-08); a decline needs a reason. */
    public record DecideTeamMemberProposalCommand(@TargetAggregateIdentifier String teamId, String proposalId,
                                                  boolean accepted, String reason, LocalDate decidedOn,
                                                  Actor actor) {
    }

    /** The owning unit head dissolves the team by a recorded act (TEAM-12). */
    public record DissolveTeamCommand(@TargetAggregateIdentifier String teamId, LocalDate effectiveOn, String reason,
                                      String decreeNumber, LocalDate dissolvedOn, Actor actor) {
    }

    /** Record that the team's period has run out (TEAM-12); {@code today} must be after the period. */
    public record EndTeamCommand(@TargetAggregateIdentifier String teamId, LocalDate today, Actor actor) {
    }

    /** A member reports to the lead, the lead to the unit head (RPT-02); may answer an open request (RPT-03). */
    public record SubmitTeamReportCommand(@TargetAggregateIdentifier String teamId, String reportId,
                                          LocalDate periodFrom, LocalDate periodUntil, String summary,
                                          String answersRequestId, LocalDate submittedOn, Actor actor) {
    }

    /** The unit head (Serang: also PPK/PyB) requests a report from the lead or a member at any time (RPT-03). */
    public record RequestTeamReportCommand(@TargetAggregateIdentifier String teamId, String requestId,
                                           String fromNip, String subject, LocalDate requestedOn, Actor actor) {
    }

    /** The lead reports a member's performance to the member's appraiser and the unit head (TEAM-10, PERF-05). */
    public record ReportMemberPerformanceCommand(@TargetAggregateIdentifier String teamId, String reportId,
                                                 String memberNip, LocalDate periodFrom, LocalDate periodUntil,
                                                 String assessment, List<String> achievedTargets,
                                                 LocalDate reportedOn, Actor actor) {
    }

    /** The team raises a problem with alternative recommendations (TEAM-11). */
    public record RaiseTeamProblemCommand(@TargetAggregateIdentifier String teamId, String problemId,
                                          String description, List<String> alternatives, LocalDate raisedOn,
                                          Actor actor) {
    }

    /** The owning unit head decides a raised problem, choosing one alternative (index) or none (TEAM-11). */
    public record DecideTeamProblemCommand(@TargetAggregateIdentifier String teamId, String problemId,
                                           Integer chosenAlternative, String decision, LocalDate decidedOn,
                                           Actor actor) {
    }
}
