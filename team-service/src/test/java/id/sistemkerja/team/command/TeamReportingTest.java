package id.sistemkerja.team.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.DecideTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.RaiseTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.ReportMemberPerformanceCommand;
import id.sistemkerja.team.api.TeamCommands.RequestTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.SubmitTeamReportCommand;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemRaisedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportRequestedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportSubmittedEvent;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sistemkerja.team.TeamWorld.problem;
import static id.sistemkerja.team.command.TeamHistory.FROM;
import static id.sistemkerja.team.command.TeamHistory.UNTIL;
import static id.sistemkerja.team.command.TeamHistory.and;
import static id.sistemkerja.team.command.TeamHistory.city;

/** A work team's reporting chain (RPT-02, RPT-03, TEAM-10, TEAM-11) as aggregate fixture tests. */
class TeamReportingTest {

    private final FixtureConfiguration<WorkTeam> fixture = TeamHistory.fixture();

    /** A Cilegon team across units: a lead, a member of the owning unit and one of the other unit, joined by order. */
    private static final class Running {
        final TeamHistory team = new TeamHistory(city("cilegon-2023"));
        final TestCity city = team.city;
        final String lead = team.employee(city.unit);
        final String member = team.employee(city.unit);
        final String outsider = team.employee(city.otherUnit);

        List<Object> past(Object... more) {
            return and(and(team.establishedTeam(AssignmentScope.CROSS_UNIT, lead, member, outsider),
                    team.leadAppointed(lead, FROM, false),
                    team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT),
                    team.joinedByOrder(outsider, city.otherUnit, "asg-2", AssignmentScope.CROSS_UNIT)), more);
        }
    }

    // ------------------------------------------------------------------ TEAM-10

    @Test
    @DisplayName("TEAM-10 Cilegon: only the lead reports a member's performance (CLG23 lampiran C.5)")
    void onlyTheLeadReportsPerformance() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new ReportMemberPerformanceCommand(t.team.teamId, "r1", t.outsider, FROM, UNTIL, "Baik",
                        List.of(), UNTIL, t.city.as(t.member)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-10"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-10 PERF-05 Cilegon: the lead reports a member's performance to the member's appraiser and the owning unit head")
    void leadReportsPerformance() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new ReportMemberPerformanceCommand(t.team.teamId, "r1", t.outsider, FROM, UNTIL,
                        "Sesuai ekspektasi", List.of("Data 100%"), UNTIL, t.city.as(t.lead)))
                .expectEvents(new MemberPerformanceReportedEvent(t.team.teamId, t.city.agency, t.city.unit, "r1",
                        t.outsider, t.lead, FROM, UNTIL, "Sesuai ekspektasi", List.of("Data 100%"),
                        List.of(t.city.otherHead, t.city.unitHead), UNTIL, t.team.basis("TEAM-10", "PERF-05")));
    }

    // ------------------------------------------------------------------ TEAM-11

    @Test
    @DisplayName("TEAM-11 Cilegon: a team raises a problem with alternative recommendations, or not at all (CLG23 lampiran C.2-4)")
    void problemNeedsAlternatives() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new RaiseTeamProblemCommand(t.team.teamId, "pr1", "Data belum lengkap", List.of(), FROM,
                        t.city.as(t.lead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-11", "alternative"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-11 Cilegon: a problem of a team across units is visible to each member's home unit head")
    void problemRaised() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new RaiseTeamProblemCommand(t.team.teamId, "pr1", "Data belum lengkap",
                        List.of("Survei ulang", "Pakai data BPS"), FROM, t.city.as(t.lead)))
                .expectEvents(new TeamProblemRaisedEvent(t.team.teamId, t.city.agency, t.city.unit, "pr1", t.lead,
                        "Data belum lengkap", List.of("Survei ulang", "Pakai data BPS"), t.city.unitHead,
                        List.of(t.city.unitHead, t.city.otherHead), FROM, t.team.basis("TEAM-11")));
    }

    @Test
    @DisplayName("TEAM-11 Cilegon: a member's home unit head does not decide the team's problem")
    void onlyTheOwningUnitHeadDecides() {
        Running t = new Running();
        fixture.given(t.past(raised(t)))
                .when(new DecideTeamProblemCommand(t.team.teamId, "pr1", 1, null, FROM, t.city.as(t.city.otherHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-11"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-11 Cilegon: the owning unit head decides the team's problem by choosing an alternative")
    void owningUnitHeadDecides() {
        Running t = new Running();
        fixture.given(t.past(raised(t)))
                .when(new DecideTeamProblemCommand(t.team.teamId, "pr1", 1, null, FROM, t.city.as(t.city.unitHead)))
                .expectEvents(new TeamProblemDecidedEvent(t.team.teamId, t.city.agency, "pr1", 1, null,
                        t.city.unitHead, FROM, t.team.basis("TEAM-11")));
    }

    private static TeamProblemRaisedEvent raised(Running t) {
        return new TeamProblemRaisedEvent(t.team.teamId, t.city.agency, t.city.unit, "pr1", t.lead, "Data",
                List.of("A", "B"), t.city.unitHead, List.of(t.city.unitHead), FROM, t.team.basis("TEAM-11"));
    }

    // ------------------------------------------------------------------ RPT-02

    @Test
    @DisplayName("RPT-02 Bandung: a member reports to the team lead (BDG23 Pasal 17)")
    void memberReportsToTheLead() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        String member = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead, member),
                        team.leadAppointed(lead, FROM, false),
                        team.joinedByOrder(member, city.unit, "asg-1", AssignmentScope.WITHIN_UNIT)))
                .when(new SubmitTeamReportCommand(team.teamId, "rep1", FROM, FROM.plusMonths(1), "Data terkumpul",
                        null, FROM.plusMonths(1), city.as(member)))
                .expectEvents(new TeamReportSubmittedEvent(team.teamId, city.agency, city.unit, "rep1", member,
                        TeamMemberRole.ANGGOTA, List.of(Official.TEAM_LEAD), List.of(lead), FROM, FROM.plusMonths(1),
                        "Data terkumpul", null, FROM.plusMonths(1), team.basis("RPT-02")));
    }

    @Test
    @DisplayName("RPT-02 Bandung: the lead reports to the unit head and the head of department (BDG23 Pasal 17)")
    void leadReportsUpTheChain() {
        TeamHistory team = new TeamHistory(city("bandung-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead),
                        team.leadAppointed(lead, FROM, false)))
                .when(new SubmitTeamReportCommand(team.teamId, "rep2", FROM, FROM.plusMonths(3), "Triwulan I", null,
                        FROM.plusMonths(3), city.as(lead)))
                .expectEvents(new TeamReportSubmittedEvent(team.teamId, city.agency, city.unit, "rep2", lead,
                        TeamMemberRole.KETUA, List.of(Official.UNIT_HEAD, Official.HEAD_OF_DEPARTMENT),
                        List.of(city.unitHead, city.deptHead), FROM, FROM.plusMonths(3), "Triwulan I", null,
                        FROM.plusMonths(3), team.basis("RPT-02")));
    }

    @Test
    @DisplayName("RPT-02 TEAM-10 Cilegon: someone outside the team does not report in its chain")
    void outsidersDoNotReport() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new SubmitTeamReportCommand(t.team.teamId, "rep3", FROM, FROM, "x", null, FROM,
                        t.city.as(t.city.otherHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-10"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ RPT-03

    @Test
    @DisplayName("RPT-03 Cilegon: the PPK does not request a team report; the unit head does (CLG23 Pasal 11(4))")
    void cilegonPpkDoesNotRequest() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new RequestTeamReportCommand(t.team.teamId, "rq1", t.member, "Progres", FROM,
                        t.city.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.FORBIDDEN, "RPT-03", "unit head"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("RPT-03 Cilegon: the unit head requests a report from a member at any time (CLG23 Pasal 11(4))")
    void unitHeadRequests() {
        Running t = new Running();
        fixture.given(t.past())
                .when(new RequestTeamReportCommand(t.team.teamId, "rq1", t.member, "Progres", FROM,
                        t.city.as(t.city.unitHead)))
                .expectEvents(requested(t));
    }

    @Test
    @DisplayName("RPT-03 Cilegon: only the person asked answers an open report request")
    void onlyThePersonAskedAnswers() {
        Running t = new Running();
        fixture.given(t.past(requested(t)))
                .when(new SubmitTeamReportCommand(t.team.teamId, "rep1", FROM, FROM, "Progres 50%", "rq1", FROM,
                        t.city.as(t.outsider)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "RPT-03", "no open report request"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("RPT-03 RPT-02 Cilegon: the member asked answers the request with a report to the lead")
    void requestAnswered() {
        Running t = new Running();
        fixture.given(t.past(requested(t)))
                .when(new SubmitTeamReportCommand(t.team.teamId, "rep1", FROM, FROM, "Progres 50%", "rq1", FROM,
                        t.city.as(t.member)))
                .expectEvents(new TeamReportSubmittedEvent(t.team.teamId, t.city.agency, t.city.unit, "rep1",
                        t.member, TeamMemberRole.ANGGOTA, List.of(Official.TEAM_LEAD), List.of(t.lead), FROM, FROM,
                        "Progres 50%", "rq1", FROM, t.team.basis("RPT-02")));
    }

    @Test
    @DisplayName("RPT-03 Cilegon: an answered request is closed; it is not answered twice")
    void answeredRequestIsClosed() {
        Running t = new Running();
        fixture.given(t.past(requested(t), new TeamReportSubmittedEvent(t.team.teamId, t.city.agency, t.city.unit,
                        "rep1", t.member, TeamMemberRole.ANGGOTA, List.of(Official.TEAM_LEAD), List.of(t.lead), FROM,
                        FROM, "Progres 50%", "rq1", FROM, t.team.basis("RPT-02"))))
                .when(new SubmitTeamReportCommand(t.team.teamId, "rep2", FROM, FROM, "Progres 60%", "rq1", FROM,
                        t.city.as(t.member)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "RPT-03", "no open report request"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("RPT-03 Serang: the PPK may also request a report from the team's lead (SRG23 Pasal 16(4))")
    void serangPpkRequests() {
        TeamHistory team = new TeamHistory(city("serang-2023"));
        TestCity city = team.city;
        String lead = team.employee(city.unit);
        fixture.given(and(team.establishedTeam(AssignmentScope.WITHIN_UNIT, lead), team.leadAppointed(lead, FROM,
                        true)))
                .when(new RequestTeamReportCommand(team.teamId, "rq1", lead, "Progres", FROM,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectEvents(new TeamReportRequestedEvent(team.teamId, city.agency, city.unit, "rq1", "ppk",
                        Official.STAFFING_AUTHORITY, lead, "Progres", FROM, team.basis("RPT-03")));
    }

    private static TeamReportRequestedEvent requested(Running t) {
        return new TeamReportRequestedEvent(t.team.teamId, t.city.agency, t.city.unit, "rq1", t.city.unitHead,
                Official.UNIT_HEAD, t.member, "Progres", FROM, t.team.basis("RPT-03"));
    }
}
