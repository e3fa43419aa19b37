package id.sistemkerja.team.api;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.team.v1.TeamMembership;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a work team (tim kerja). Decision events store the {@link DecisionBasis} as {@code decision}. */
public final class TeamEvents {

    private TeamEvents() {
    }

    @Revision("1")
    public record TeamProposedEvent(String teamId, String agencyId, String owningUnitId, String owningDepartmentId,
                                    String name, String purpose, List<String> targets, List<String> competencies,
                                    LocalDate periodFrom, LocalDate periodUntil, AssignmentScope scope,
                                    int plannedSize, String proposedBy, LocalDate proposedOn,
                                    boolean verificationRequired, List<Official> establishers,
                                    DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamProposalResubmittedEvent(String teamId, String agencyId, String purpose, List<String> targets,
                                               String note, String resubmittedBy, LocalDate resubmittedOn) {
    }

    @Revision("1")
    public record TeamProposalVerifiedEvent(String teamId, String agencyId, String verifiedBy, LocalDate verifiedOn,
                                            String note, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamProposalReturnedEvent(String teamId, String agencyId, String returnedBy, LocalDate returnedOn,
                                            String reason, DecisionBasis decision) {
    }

    /**
     * The team is established by decree (TEAM-07, TEAM-08). {@code scope} is the decree's scope: the wider of the
     * planned scope and the scope of its members' home units ({@code memberScope}), which decided the signer.
     * Revision 2 added {@code memberScope}, {@code decreeDueBy} and {@code decreeLate} (null in revision 1 events).
     *
     * @param decreeDueBy last day a decree was on time (TEAM-04: before the start-of-year performance agreement);
     *                    null where the profile sets no timing
     * @param decreeLate  the decree is dated after {@code decreeDueBy}: recorded, not refused
     */
    @Revision("2")
    public record TeamEstablishedEvent(String teamId, String agencyId, String owningUnitId, String owningDepartmentId,
                                       String name, String purpose, AssignmentScope scope, List<String> tasks,
                                       List<String> targets, List<DecreeMember> members, LocalDate periodFrom,
                                       LocalDate periodUntil, String decreeNumber, LocalDate decreeDate,
                                       String establishedBy, Official establisherCapacity, DecisionBasis decision,
                                       AssignmentScope memberScope, LocalDate decreeDueBy, Boolean decreeLate) {
    }

    /**
     * A lead is appointed (TEAM-02, TEAM-03, TEAM-05). Revision 2 added (null in revision 1 events):
     *
     * @param predikatYear         the year whose annual predikat counted for "good performance over the last year"
     * @param priorityPool         where TEAM-03's "there is no JF hasil penyetaraan" was judged (TEAM_PERSONNEL,
     *                             OWNING_UNIT); null where the profile gives no priority
     * @param priorityConsidered   who was considered (NIPs, the candidate excluded)
     * @param priorityCandidates   the eligible JF hasil penyetaraan among them (empty when a non-priority lead was
     *                             appointed)
     * @param matchedCompetencies  the competence fields (vocabulary codes) the lead shares with the team's needs
     */
    @Revision("2")
    public record TeamLeadAppointedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                         String homeUnitId, LocalDate effectiveFrom, String previousLeadNip,
                                         String appointedBy, Official appointerCapacity, String justification,
                                         boolean allowanceEntitled, DecisionBasis decision, Integer predikatYear,
                                         String priorityPool, List<String> priorityConsidered,
                                         List<String> priorityCandidates, List<String> matchedCompetencies) {
    }

    /** Revision 2 added {@code predikatYear} and {@code matchedCompetencies} (see {@link TeamLeadAppointedEvent}). */
    @Revision("2")
    public record TeamCoordinatorAppointedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                                LocalDate effectiveFrom, String previousCoordinatorNip,
                                                String appointedBy, Official appointerCapacity,
                                                boolean allowanceEntitled, DecisionBasis decision,
                                                Integer predikatYear, List<String> matchedCompetencies) {
    }

    /**
     * A member joined. Revision 2 added (null in revision 1 events):
     *
     * @param assignedBy  the official who issued the TEAM order (the assigner, pemberi tugas); null when the owning unit
     *                    head recorded the member directly
     * @param memberScope where the member's home unit lies from the owning unit (TEAM-07); wider than the decree's
     *                    scope only where the decree's signer is competent for it, and then the team's scope widens
     */
    @Revision("2")
    public record TeamMemberJoinedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                        String homeUnitId, TeamMemberRole role, String duty, LocalDate effectiveFrom,
                                        String assignmentId, String orderNumber, String recordedBy,
                                        String assignedBy, AssignmentScope memberScope) {
    }

    /**
     * A TEAM assignment order named an assignee the team may not take (TEAM-07 scope, M4 owning unit, time order,
     * TEAM-12): no membership was added; the refusal is recorded so the owning unit head and auditors see it.
     */
    @Revision("1")
    public record TeamMembershipRefusedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                             String assignmentId, String orderNumber, String orderOwningUnitId,
                                             LocalDate effectiveFrom, String ruleId, String article, String reason,
                                             String recordedBy) {
    }

    /**
     * The lead or coordinator becomes entitled to the additional allowance (tambahan penghasilan, TEAM-09) from
     * {@code effectiveFrom}, for payroll.
     *
     * @param role KETUA or KOORDINATOR
     */
    @Revision("1")
    public record TeamAllowanceEntitlementStartedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                                       TeamMemberRole role, LocalDate effectiveFrom,
                                                       DecisionBasis decision) {
    }

    /**
     * The entitlement ends: from {@code effectiveOn} the person no longer receives the allowance.
     *
     * @param cause REPLACED, TEAM_DISSOLVED or TEAM_ENDED
     */
    @Revision("1")
    public record TeamAllowanceEntitlementEndedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                                     TeamMemberRole role, LocalDate effectiveOn, String cause) {
    }

    @Revision("1")
    public record TeamMemberLeftEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                      String assignmentId, LocalDate effectiveOn, String cause, String recordedBy) {
    }

    @Revision("1")
    public record TeamMemberProposedEvent(String teamId, String agencyId, String proposalId, String nip, String duty,
                                          String proposedBy, String proposedTo, LocalDate proposedOn,
                                          DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamMemberProposalDecidedEvent(String teamId, String agencyId, String proposalId, String nip,
                                                 boolean accepted, String reason, String decidedBy,
                                                 LocalDate decidedOn, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamDissolvedEvent(String teamId, String agencyId, String owningUnitId, LocalDate effectiveOn,
                                     String reason, String decreeNumber, String dissolvedBy, LocalDate dissolvedOn,
                                     List<TeamMembership> activeMembers, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamEndedEvent(String teamId, String agencyId, String owningUnitId, LocalDate effectiveOn,
                                 List<TeamMembership> activeMembers, String recordedBy, DecisionBasis decision) {
    }

    /**
     * A report in the team's reporting chain (RPT-02): {@code recipients} are the officials the profile names,
     * {@code recipientNips} who they were on the day.
     */
    @Revision("1")
    public record TeamReportSubmittedEvent(String teamId, String agencyId, String owningUnitId, String reportId,
                                           String reporterNip, TeamMemberRole reporterRole, List<Official> recipients,
                                           List<String> recipientNips, LocalDate periodFrom, LocalDate periodUntil,
                                           String summary, String answersRequestId, LocalDate submittedOn,
                                           DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamReportRequestedEvent(String teamId, String agencyId, String owningUnitId, String requestId,
                                           String requestedBy, Official requesterCapacity, String fromNip,
                                           String subject, LocalDate requestedOn, DecisionBasis decision) {
    }

    @Revision("1")
    public record MemberPerformanceReportedEvent(String teamId, String agencyId, String owningUnitId, String reportId,
                                                 String memberNip, String leadNip, LocalDate periodFrom,
                                                 LocalDate periodUntil, String assessment,
                                                 List<String> achievedTargets, List<String> recipients,
                                                 LocalDate reportedOn, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamProblemRaisedEvent(String teamId, String agencyId, String owningUnitId, String problemId,
                                         String raisedBy, String description, List<String> alternatives,
                                         String decidedBy, List<String> visibleTo, LocalDate raisedOn,
                                         DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamProblemDecidedEvent(String teamId, String agencyId, String problemId, Integer chosenAlternative,
                                          String decisionText, String decidedBy, LocalDate decidedOn,
                                          DecisionBasis decision) {
    }
}
