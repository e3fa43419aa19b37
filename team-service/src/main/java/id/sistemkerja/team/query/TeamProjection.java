package id.sistemkerja.team.query;

import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMembershipRefusedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemRaisedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalResubmittedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalReturnedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalVerifiedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportRequestedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportSubmittedEvent;
import id.sistemkerja.team.api.TeamStatus;
import id.sistemkerja.team.query.TeamDocuments.AllowanceDocument;
import id.sistemkerja.team.query.TeamDocuments.MembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ProblemDocument;
import id.sistemkerja.team.query.TeamDocuments.RefusedMembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ReportRequestDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamReportDocument;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import jakarta.annotation.PostConstruct;
import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.domain.Sort.Direction.ASC;
import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Teams, their rosters (membership periods per role), report requests, reports, problems and allowance entitlements
 * as read models. Every step is an upsert by id or a set on fields, so a replay rebuilds the same documents.
 */
@Component
@ProcessingGroup("teams")
public class TeamProjection {

    private final MongoTemplate mongo;

    public TeamProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @PostConstruct
    void indexes() {
        mongo.indexOps(TeamDocuments.TEAMS).ensureIndex(new Index().on("owningUnitId", ASC));
        mongo.indexOps(TeamDocuments.MEMBERSHIPS).ensureIndex(new Index().on("teamId", ASC));
        mongo.indexOps(TeamDocuments.MEMBERSHIPS).ensureIndex(new Index().on("owningUnitId", ASC));
        mongo.indexOps(TeamDocuments.MEMBERSHIPS).ensureIndex(new Index().on("nip", ASC));
        mongo.indexOps(TeamDocuments.MEMBERSHIPS).ensureIndex(new Index().on("assignmentId", ASC));
        mongo.indexOps(TeamDocuments.REPORT_REQUESTS).ensureIndex(new Index().on("fromNip", ASC));
        mongo.indexOps(TeamDocuments.REFUSED_MEMBERSHIPS).ensureIndex(new Index().on("teamId", ASC));
    }

    @EventHandler
    void on(TeamProposedEvent e) {
        mongo.save(new TeamDocument(e.teamId(), e.agencyId(), e.owningUnitId(), e.owningDepartmentId(), e.name(),
                e.purpose(), e.targets(), e.competencies(), List.of(), List.of(), e.scope(), e.plannedSize(),
                e.periodFrom(), e.periodUntil(), e.verificationRequired() ? TeamStatus.AWAITING_VERIFICATION
                : TeamStatus.AWAITING_DECREE, e.verificationRequired(), e.establishers(), e.proposedBy(),
                e.proposedOn(), null, null, null, null, null, null, null, null, null, e.decision(), null, null,
                null), TeamDocuments.TEAMS);
    }

    @EventHandler
    void on(TeamProposalVerifiedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.AWAITING_DECREE).set("verifiedBy", e.verifiedBy())
                .set("lastDecision", e.decision()));
    }

    @EventHandler
    void on(TeamProposalReturnedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.RETURNED).set("returnReason", e.reason())
                .set("lastDecision", e.decision()));
    }

    @EventHandler
    void on(TeamProposalResubmittedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.AWAITING_VERIFICATION).set("purpose", e.purpose())
                .set("targets", e.targets()));
    }

    @EventHandler
    void on(TeamEstablishedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.ESTABLISHED).set("tasks", e.tasks())
                .set("targets", e.targets()).set("decreeMembers", e.members()).set("decreeNumber", e.decreeNumber())
                .set("decreeDate", e.decreeDate()).set("establishedBy", e.establishedBy())
                .set("scope", e.scope()).set("memberScope", e.memberScope()).set("decreeDueBy", e.decreeDueBy())
                .set("decreeLate", e.decreeLate()).set("lastDecision", e.decision()));
    }

    @EventHandler
    void on(TeamLeadAppointedEvent e) {
        setTeam(e.teamId(), new Update().set("leadNip", e.nip()).set("lastDecision", e.decision()));
        closeRole(e.teamId(), TeamMemberRole.KETUA, e.effectiveFrom(), "REPLACED");
        openRole(e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), TeamMemberRole.KETUA, e.homeUnitId(),
                e.effectiveFrom());
        allowance(e.teamId(), e.agencyId(), e.nip(), TeamMemberRole.KETUA, e.allowanceEntitled(), e.effectiveFrom(),
                e.decision());
    }

    @EventHandler
    void on(TeamCoordinatorAppointedEvent e) {
        setTeam(e.teamId(), new Update().set("coordinatorNip", e.nip()).set("lastDecision", e.decision()));
        closeRole(e.teamId(), TeamMemberRole.KOORDINATOR, e.effectiveFrom(), "REPLACED");
        openRole(e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), TeamMemberRole.KOORDINATOR, null,
                e.effectiveFrom());
        allowance(e.teamId(), e.agencyId(), e.nip(), TeamMemberRole.KOORDINATOR, e.allowanceEntitled(),
                e.effectiveFrom(), e.decision());
    }

    @EventHandler
    void on(TeamMemberJoinedEvent e) {
        mongo.save(new MembershipDocument(membershipId(e.teamId(), e.nip(), TeamMemberRole.ANGGOTA, e.effectiveFrom()),
                e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), TeamMemberRole.ANGGOTA, e.duty(), e.homeUnitId(),
                e.effectiveFrom(), null, e.assignmentId(), e.orderNumber(), null), TeamDocuments.MEMBERSHIPS);
        if (e.memberScope() != null) {
            // TEAM-07: a member from a wider scope the decree's signer covers widens the team's scope
            TeamDocument team = mongo.findById(e.teamId(), TeamDocument.class, TeamDocuments.TEAMS);
            if (team != null && (team.scope() == null || team.scope().ordinal() < e.memberScope().ordinal())) {
                setTeam(e.teamId(), new Update().set("scope", e.memberScope()));
            }
        }
    }

    @EventHandler
    void on(TeamMembershipRefusedEvent e) {
        mongo.save(new RefusedMembershipDocument(e.teamId() + ":" + (e.assignmentId() == null ? e.nip()
                : e.assignmentId()), e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), e.assignmentId(),
                e.orderNumber(), e.orderOwningUnitId(), e.effectiveFrom(), e.ruleId(), e.article(), e.reason()),
                TeamDocuments.REFUSED_MEMBERSHIPS);
    }

    @EventHandler
    void on(TeamMemberLeftEvent e) {
        mongo.updateMulti(Query.query(where("teamId").is(e.teamId()).and("nip").is(e.nip())
                        .and("role").is(TeamMemberRole.ANGGOTA).and("until").is(null)),
                new Update().set("until", e.effectiveOn()).set("endCause", e.cause()), TeamDocuments.MEMBERSHIPS);
    }

    @EventHandler
    void on(TeamDissolvedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.DISSOLVED).set("endedOn", e.effectiveOn())
                .set("endReason", e.reason()).set("lastDecision", e.decision()));
        closeAll(e.teamId(), e.effectiveOn(), "TEAM_DISSOLVED");
    }

    @EventHandler
    void on(TeamEndedEvent e) {
        setTeam(e.teamId(), new Update().set("status", TeamStatus.ENDED).set("endedOn", e.effectiveOn())
                .set("endReason", "PERIOD_ENDED").set("lastDecision", e.decision()));
        closeAll(e.teamId(), e.effectiveOn(), "TEAM_ENDED");
    }

    @EventHandler
    void on(TeamReportRequestedEvent e) {
        mongo.save(new ReportRequestDocument(e.requestId(), e.teamId(), e.agencyId(), e.owningUnitId(),
                e.requestedBy(), e.requesterCapacity(), e.fromNip(), e.subject(), e.requestedOn(), true, null, null),
                TeamDocuments.REPORT_REQUESTS);
    }

    @EventHandler
    void on(TeamReportSubmittedEvent e) {
        mongo.save(new TeamReportDocument(e.reportId(), e.teamId(), e.agencyId(), "TEAM_REPORT", e.reporterNip(),
                e.reporterRole(), e.recipients(), e.recipientNips(), null, e.periodFrom(), e.periodUntil(),
                e.summary(), e.answersRequestId(), e.submittedOn(), e.decision()), TeamDocuments.REPORTS);
        if (e.answersRequestId() != null) {
            mongo.updateFirst(Query.query(where("_id").is(e.answersRequestId())), new Update().set("open", false)
                    .set("answeredBy", e.reportId()).set("answeredOn", e.submittedOn()), TeamDocuments.REPORT_REQUESTS);
        }
    }

    @EventHandler
    void on(MemberPerformanceReportedEvent e) {
        mongo.save(new TeamReportDocument(e.reportId(), e.teamId(), e.agencyId(), "MEMBER_PERFORMANCE", e.leadNip(),
                TeamMemberRole.KETUA, List.of(), e.recipients(), e.memberNip(), e.periodFrom(), e.periodUntil(),
                e.assessment(), null, e.reportedOn(), e.decision()), TeamDocuments.REPORTS);
    }

    @EventHandler
    void on(TeamProblemRaisedEvent e) {
        mongo.save(new ProblemDocument(e.problemId(), e.teamId(), e.agencyId(), e.owningUnitId(), e.raisedBy(),
                e.description(), e.alternatives(), e.decidedBy(), e.visibleTo(), e.raisedOn(), true, null, null, null),
                TeamDocuments.PROBLEMS);
    }

    @EventHandler
    void on(TeamProblemDecidedEvent e) {
        mongo.updateFirst(Query.query(where("_id").is(e.problemId())), new Update().set("open", false)
                .set("chosenAlternative", e.chosenAlternative()).set("decision", e.decisionText())
                .set("decidedOn", e.decidedOn()), TeamDocuments.PROBLEMS);
    }

    static String membershipId(String teamId, String nip, TeamMemberRole role, LocalDate from) {
        return teamId + ":" + nip + ":" + role + ":" + from;
    }

    private void setTeam(String teamId, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(teamId)), update, TeamDocuments.TEAMS);
    }

    private void openRole(String teamId, String agencyId, String owningUnitId, String nip, TeamMemberRole role,
                          String homeUnitId, LocalDate from) {
        mongo.save(new MembershipDocument(membershipId(teamId, nip, role, from), teamId, agencyId, owningUnitId, nip,
                role, null, homeUnitId, from, null, null, null, null), TeamDocuments.MEMBERSHIPS);
    }

    private void closeRole(String teamId, TeamMemberRole role, LocalDate on, String cause) {
        mongo.updateMulti(Query.query(where("teamId").is(teamId).and("role").is(role).and("until").is(null)
                .and("from").lt(on)), new Update().set("until", on).set("endCause", cause), TeamDocuments.MEMBERSHIPS);
        mongo.updateMulti(Query.query(where("teamId").is(teamId).and("role").is(role).and("until").is(null)
                .and("from").is(on)), new Update().set("until", on).set("endCause", cause), TeamDocuments.MEMBERSHIPS);
    }

    private void closeAll(String teamId, LocalDate on, String cause) {
        mongo.updateMulti(Query.query(where("teamId").is(teamId).and("until").is(null)),
                new Update().set("until", on).set("endCause", cause), TeamDocuments.MEMBERSHIPS);
        mongo.updateMulti(Query.query(where("teamId").is(teamId).and("until").is(null)),
                new Update().set("until", on), TeamDocuments.ALLOWANCES);
    }

    private void allowance(String teamId, String agencyId, String nip, TeamMemberRole role, boolean entitled,
                           LocalDate from, id.sistemkerja.regulation.profile.DecisionBasis basis) {
        mongo.updateMulti(Query.query(where("teamId").is(teamId).and("role").is(role).and("until").is(null)
                .and("nip").ne(nip)), new Update().set("until", from), TeamDocuments.ALLOWANCES);
        mongo.save(new AllowanceDocument(teamId + ":" + role + ":" + nip + ":" + from, teamId, agencyId, nip, role,
                entitled, from, null, basis.profileId(), basis.version(), basis.ruleIds()), TeamDocuments.ALLOWANCES);
    }
}
