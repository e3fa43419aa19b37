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

    @Revision("1")
    public record TeamEstablishedEvent(String teamId, String agencyId, String owningUnitId, String owningDepartmentId,
                                       String name, String purpose, AssignmentScope scope, List<String> tasks,
                                       List<String> targets, List<DecreeMember> members, LocalDate periodFrom,
                                       LocalDate periodUntil, String decreeNumber, LocalDate decreeDate,
                                       String establishedBy, Official establisherCapacity, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamLeadAppointedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                         String homeUnitId, LocalDate effectiveFrom, String previousLeadNip,
                                         String appointedBy, Official appointerCapacity, String justification,
                                         boolean allowanceEntitled, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamCoordinatorAppointedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                                LocalDate effectiveFrom, String previousCoordinatorNip,
                                                String appointedBy, Official appointerCapacity,
                                                boolean allowanceEntitled, DecisionBasis decision) {
    }

    @Revision("1")
    public record TeamMemberJoinedEvent(String teamId, String agencyId, String owningUnitId, String nip,
                                        String homeUnitId, TeamMemberRole role, String duty, LocalDate effectiveFrom,
                                        String assignmentId, String orderNumber, String recordedBy) {
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
