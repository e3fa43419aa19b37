package id.sistemkerja.team.query;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.api.TeamStatus;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;
import java.util.List;

/** Read-model documents of team-service (one collection each; ids make every projection step an upsert). */
public final class TeamDocuments {

    public static final String TEAMS = "team_teams";
    public static final String MEMBERSHIPS = "team_memberships";
    public static final String REPORT_REQUESTS = "team_report_requests";
    public static final String REPORTS = "team_reports";
    public static final String PROBLEMS = "team_problems";
    public static final String ALLOWANCES = "team_allowances";
    public static final String DEPARTMENT_AFFAIRS = "team_department_affairs";
    public static final String REFUSED_MEMBERSHIPS = "team_refused_memberships";

    private TeamDocuments() {
    }

    /**
     * A work team as its unit, the verification board and the establisher see it. {@code scope} is the planned scope
     * until the decree, then the decree's scope (derived from its members, {@code memberScope}); {@code decreeLate}
     * says the decree came after {@code decreeDueBy} (TEAM-04, Bandung).
     */
    public record TeamDocument(@Id String teamId, String agencyId, String owningUnitId, String owningDepartmentId,
                               String name, String purpose, List<String> targets, List<String> competencies,
                               List<String> tasks, List<DecreeMember> decreeMembers, AssignmentScope scope,
                               int plannedSize, LocalDate periodFrom, LocalDate periodUntil, TeamStatus status,
                               boolean verificationRequired, List<Official> establishers, String proposedBy,
                               LocalDate proposedOn, String verifiedBy, String returnReason, String decreeNumber,
                               LocalDate decreeDate, String establishedBy, String leadNip, String coordinatorNip,
                               LocalDate endedOn, String endReason, DecisionBasis lastDecision,
                               AssignmentScope memberScope, LocalDate decreeDueBy, Boolean decreeLate) {
    }

    /** A membership a TEAM assignment order asked for and the team refused (TEAM-07 scope, M4, time order, TEAM-12). */
    public record RefusedMembershipDocument(@Id String id, String teamId, String agencyId, String owningUnitId,
                                            String nip, String assignmentId, String orderNumber,
                                            String orderOwningUnitId, LocalDate effectiveFrom, String ruleId,
                                            String article, String reason) {
    }

    /**
     * One period of one person in one role of a team: in force from {@code from} up to, not including, {@code until}
     * (null while open).
     */
    public record MembershipDocument(@Id String id, String teamId, String agencyId, String owningUnitId, String nip,
                                     TeamMemberRole role, String duty, String homeUnitId, LocalDate from,
                                     LocalDate until, String assignmentId, String orderNumber, String endCause) {
    }

    /** A report request (RPT-03), open until answered. */
    public record ReportRequestDocument(@Id String requestId, String teamId, String agencyId, String owningUnitId,
                                        String requestedBy, Official requesterCapacity, String fromNip,
                                        String subject, LocalDate requestedOn, boolean open, String answeredBy,
                                        LocalDate answeredOn) {
    }

    /** A report in the team chain (RPT-02) or a lead's report on a member (TEAM-10). */
    public record TeamReportDocument(@Id String reportId, String teamId, String agencyId, String kind,
                                     String reporterNip, TeamMemberRole reporterRole, List<Official> recipients,
                                     List<String> recipientNips, String memberNip, LocalDate periodFrom,
                                     LocalDate periodUntil, String summary, String answersRequestId,
                                     LocalDate submittedOn, DecisionBasis decision) {
    }

    /** A problem raised by a team with alternative recommendations (TEAM-11). */
    public record ProblemDocument(@Id String problemId, String teamId, String agencyId, String owningUnitId,
                                  String raisedBy, String description, List<String> alternatives, String decidedBy,
                                  List<String> visibleTo, LocalDate raisedOn, boolean open, Integer chosenAlternative,
                                  String decision, LocalDate decidedOn) {
    }

    /** An allowance entitlement (tambahan penghasilan, TEAM-09) of a lead or coordinator, for payroll. */
    public record AllowanceDocument(@Id String id, String teamId, String agencyId, String nip, TeamMemberRole role,
                                    boolean entitled, LocalDate from, LocalDate until, String profileId,
                                    int profileVersion, List<String> ruleIds) {
    }

    /** A department's recorded government affairs (TEAM-06). */
    public record DepartmentAffairsDocument(@Id String departmentId, String agencyId, List<String> affairs,
                                            String legalBasis) {
    }
}
