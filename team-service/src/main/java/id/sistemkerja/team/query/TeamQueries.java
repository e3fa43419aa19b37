package id.sistemkerja.team.query;

import id.sistemkerja.team.api.TeamStatus;
import id.sistemkerja.team.query.TeamDocuments.AllowanceDocument;
import id.sistemkerja.team.query.TeamDocuments.MembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ProblemDocument;
import id.sistemkerja.team.query.TeamDocuments.RefusedMembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ReportRequestDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamReportDocument;
import id.sistemkerja.platform.web.Paging;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Reads of the team read models (blocking MongoDB: call through {@code Blocking.mono} from web code). */
@Component
public class TeamQueries {

    private final MongoTemplate mongo;

    public TeamQueries(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<TeamDocument> team(String teamId) {
        return Optional.ofNullable(mongo.findById(teamId, TeamDocument.class, TeamDocuments.TEAMS));
    }

    /** Teams owned by a unit, by name. */
    public List<TeamDocument> teamsOfUnit(String unitId, String agencyId, Paging paging) {
        // M6: the page is read from the database, only the agency's teams (the caller's boundary is in the query)
        return mongo.find(paging.apply(Query.query(where("owningUnitId").is(unitId).and("agencyId").is(agencyId))
                .with(Sort.by("name", "_id"))), TeamDocument.class, TeamDocuments.TEAMS);
    }

    /** Proposals awaiting the verification board (TEAM-04) in an agency. */
    public List<TeamDocument> pendingVerifications(String agencyId, Paging paging) {
        return mongo.find(paging.apply(Query.query(where("agencyId").is(agencyId).and("status")
                .is(TeamStatus.AWAITING_VERIFICATION)).with(Sort.by("proposedOn", "_id"))), TeamDocument.class,
                TeamDocuments.TEAMS);
    }

    /** Who is in the team, in which role, on {@code date}. */
    public List<MembershipDocument> roster(String teamId, LocalDate date) {
        return mongo.find(Query.query(inForce(where("teamId").is(teamId), date)).with(Sort.by("role", "nip")),
                MembershipDocument.class, TeamDocuments.MEMBERSHIPS);
    }

    /** The rosters of every team of a unit on {@code date}, in one read. */
    public List<MembershipDocument> rostersOfUnit(String unitId, String agencyId, LocalDate date, Paging paging) {
        return mongo.find(paging.apply(Query.query(inForce(where("owningUnitId").is(unitId).and("agencyId")
                        .is(agencyId), date)).with(Sort.by("teamId", "role", "nip"))), MembershipDocument.class,
                TeamDocuments.MEMBERSHIPS);
    }

    /** The employee's memberships in force on {@code date} (every role). */
    public List<MembershipDocument> teamsOfEmployee(String nip, LocalDate date) {
        return mongo.find(Query.query(inForce(where("nip").is(nip), date)).with(Sort.by("teamId")),
                MembershipDocument.class, TeamDocuments.MEMBERSHIPS);
    }

    /** Memberships created by an assignment (to end them when the assignment ends). */
    public List<MembershipDocument> byAssignment(String assignmentId) {
        return mongo.find(Query.query(where("assignmentId").is(assignmentId)), MembershipDocument.class,
                TeamDocuments.MEMBERSHIPS);
    }

    /** Open report requests (RPT-03): to an employee, or of a team. */
    public List<ReportRequestDocument> openReportRequests(String agencyId, String fromNip, String teamId) {
        Criteria criteria = where("agencyId").is(agencyId).and("open").is(true);
        if (fromNip != null) {
            criteria = criteria.and("fromNip").is(fromNip);
        }
        if (teamId != null) {
            criteria = criteria.and("teamId").is(teamId);
        }
        return mongo.find(Query.query(criteria).with(Sort.by("requestedOn", "_id")), ReportRequestDocument.class,
                TeamDocuments.REPORT_REQUESTS);
    }

    public List<TeamReportDocument> reports(String teamId) {
        return mongo.find(Query.query(where("teamId").is(teamId)).with(Sort.by("submittedOn", "_id")),
                TeamReportDocument.class, TeamDocuments.REPORTS);
    }

    /** Problems of teams that a unit head decides or is informed of (TEAM-11). */
    public List<ProblemDocument> problemsVisibleTo(String nip) {
        return mongo.find(Query.query(where("visibleTo").is(nip)).with(Sort.by("raisedOn", "_id")),
                ProblemDocument.class, TeamDocuments.PROBLEMS);
    }

    public List<ProblemDocument> problemsOfTeam(String teamId) {
        return mongo.find(Query.query(where("teamId").is(teamId)).with(Sort.by("raisedOn", "_id")),
                ProblemDocument.class, TeamDocuments.PROBLEMS);
    }

    /** Allowance entitlements (TEAM-09) in force on {@code date} in an agency, optionally of one employee. */
    public List<AllowanceDocument> allowances(String agencyId, String nip, LocalDate date, Paging paging) {
        Criteria criteria = where("agencyId").is(agencyId).and("entitled").is(true);
        if (nip != null) {
            criteria = criteria.and("nip").is(nip);
        }
        return mongo.find(paging.apply(Query.query(inForce(criteria, date)).with(Sort.by("nip", "teamId"))),
                AllowanceDocument.class, TeamDocuments.ALLOWANCES);
    }

    /** Memberships TEAM orders asked for and the team refused, with the reason. */
    public List<RefusedMembershipDocument> refusedMemberships(String teamId) {
        return mongo.find(Query.query(where("teamId").is(teamId)).with(Sort.by("effectiveFrom", "_id")),
                RefusedMembershipDocument.class, TeamDocuments.REFUSED_MEMBERSHIPS);
    }

    /**
     * Teams of an agency decreed after the start-of-year performance agreement (TEAM-04, Bandung), whose period starts
     * in {@code year}.
     */
    public List<TeamDocument> lateDecrees(String agencyId, int year, Paging paging) {
        return mongo.find(paging.apply(Query.query(where("agencyId").is(agencyId).and("decreeLate").is(true)
                        .and("periodFrom").gte(LocalDate.of(year, 1, 1)).lte(LocalDate.of(year, 12, 31)))
                .with(Sort.by("decreeDate", "_id"))), TeamDocument.class, TeamDocuments.TEAMS);
    }

    /** Established teams whose period ended before {@code today} (to record their end, TEAM-12). */
    public List<TeamDocument> overdueTeams(LocalDate today) {
        return mongo.find(Query.query(where("status").is(TeamStatus.ESTABLISHED).and("periodUntil").lt(today)),
                TeamDocument.class, TeamDocuments.TEAMS);
    }

    private static Criteria inForce(Criteria match, LocalDate date) {
        return match.and("from").lte(date).orOperator(where("until").is(null), where("until").gt(date));
    }
}
