package id.sistemkerja.team.command;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.team.v1.TeamMembership;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.team.OrgFacts;
import id.sistemkerja.team.TeamWorld;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.JoinTeamByOrderCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamCoordinatorCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.DissolveTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.RaiseTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.ReportMemberPerformanceCommand;
import id.sistemkerja.team.api.TeamCommands.RequestTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.SubmitTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.VerifyTeamProposalCommand;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementStartedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMembershipRefusedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemRaisedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalReturnedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportRequestedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportSubmittedEvent;
import id.sistemkerja.regulation.profile.Official;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static id.sistemkerja.team.TeamWorld.problem;

/** The life of a work team (tim kerja) under each regulation profile, as aggregate fixture tests. */
class WorkTeamTest {

    private static final TeamWorld WORLD = new TeamWorld();
    private static final LocalDate PROPOSED = LocalDate.of(2024, 11, 1);
    private static final LocalDate DECREED = LocalDate.of(2024, 12, 20);
    private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    private static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);
    private static final Map<String, Set<String>> AFFAIRS = new ConcurrentHashMap<>();

    private FixtureConfiguration<WorkTeam> fixture;
    private final String teamId = "team-" + UUID.randomUUID();

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(WorkTeam.class);
        fixture.registerInjectableResource(WORLD.profiles);
        fixture.registerInjectableResource((OrgDirectory) WORLD.org);
        fixture.registerInjectableResource((DepartmentAffairs) d -> AFFAIRS.getOrDefault(d, Set.of()));
    }

    @AfterAll
    static void close() {
        WORLD.close();
    }

    /** Exactly one event was applied, and it matches {@code event}. */
    private static Matcher<List<org.axonframework.messaging.Message<?>>> only(Matcher<?> event) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.exactSequenceOf(event,
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }

    private static String agency(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private ProposeTeamCommand propose(TestCity city, Actor actor, AssignmentScope scope) {
        return new ProposeTeamCommand(teamId, city.agency, city.unit, "Tim Stunting", "Menurunkan stunting",
                List.of("Prevalensi stunting turun 2%"), List.of("kesehatan masyarakat"), FROM, UNTIL, scope, 5,
                PROPOSED, actor);
    }

    private EstablishTeamCommand decree(Actor actor, List<DecreeMember> members) {
        return new EstablishTeamCommand(teamId, "800/1/2024", DECREED, List.of("Pendataan balita"),
                List.of("Prevalensi stunting turun 2%"), members, actor);
    }

    /** Commands that bring a team of {@code city} to ESTABLISHED (through verification where the profile needs it). */
    private List<Object> established(TestCity city, AssignmentScope scope, Actor establisher, boolean verified,
                                     String... memberNips) {
        List<DecreeMember> members = new ArrayList<>();
        for (String nip : memberNips) {
            members.add(new DecreeMember(nip, "analis data"));
        }
        List<Object> commands = new ArrayList<>();
        commands.add(propose(city, city.as(verified ? city.deptHead : city.unitHead), scope));
        if (verified) {
            commands.add(new VerifyTeamProposalCommand(teamId, true, null, PROPOSED.plusDays(10),
                    city.as("tim-verifikasi", "VERIFICATION_BOARD")));
        }
        commands.add(decree(establisher, members));
        return commands;
    }

    // ------------------------------------------------------------------ TEAM-01

    @Test
    @DisplayName("TEAM-01 a team of fewer than two people (one lead and members) is refused")
    void team01TooSmall() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        ProposeTeamCommand small = new ProposeTeamCommand(teamId, city.agency, city.unit, "Tim", "Tujuan",
                List.of("Target"), List.of(), FROM, UNTIL, AssignmentScope.WITHIN_UNIT, 1, PROPOSED,
                city.as(city.unitHead));
        fixture.givenNoPriorActivity().when(small).expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-01"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-01 a team has one lead: appointing another lead records who stops leading")
    void team01OneLead() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String first = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String second = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, first,
                second);
        given.add(new AppointTeamLeadCommand(teamId, first, FROM, true, null, city.as(city.unitHead)));
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, second, FROM.plusMonths(3), true, null,
                        city.as(city.unitHead)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamLeadAppointedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "previousLeadNip=" + first)))));
    }

    // ------------------------------------------------------------------ TEAM-04 / TEAM-07 / TEAM-08

    @Test
    @DisplayName("TEAM-04 a Bandung proposal goes to the verification board; the decree before its recommendation is refused")
    void team04VerificationFirst() {
        TestCity city = WORLD.city(agency("bdg"), "bandung-2023");
        fixture.givenCommands(propose(city, city.as(city.deptHead), AssignmentScope.WITHIN_UNIT))
                .when(decree(city.as(city.deptHead), List.of(new DecreeMember(OrgFacts.nip(), "analis"))))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04", "Pasal 10"))
                .expectNoEvents();
        fixture.givenNoPriorActivity().when(propose(city, city.as(city.unitHead), AssignmentScope.WITHIN_UNIT))
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamProposedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "verificationRequired=true")))));
    }

    @Test
    @DisplayName("TEAM-04 only the verification board verifies, a return states its reason, a team is set for one year")
    void team04BoardReasonAndPeriod() {
        TestCity city = WORLD.city(agency("bdg"), "bandung-2023");
        ProposeTeamCommand proposal = propose(city, city.as(city.unitHead), AssignmentScope.WITHIN_UNIT);
        fixture.givenCommands(proposal)
                .when(new VerifyTeamProposalCommand(teamId, true, null, PROPOSED, city.as(city.deptHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "verification board (Tim Verifikasi)"));
        fixture.givenCommands(proposal)
                .when(new VerifyTeamProposalCommand(teamId, false, " ", PROPOSED, city.as("tv", "VERIFICATION_BOARD")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04")).expectNoEvents();
        fixture.givenCommands(proposal)
                .when(new VerifyTeamProposalCommand(teamId, false, "Target tidak terukur", PROPOSED,
                        city.as("tv", "VERIFICATION_BOARD")))
                .expectEventsMatching(only(Matchers.instanceOf(TeamProposalReturnedEvent.class)));
        ProposeTeamCommand twoYears = new ProposeTeamCommand(teamId, city.agency, city.unit, "Tim", "Tujuan",
                List.of("Target"), List.of(), FROM, UNTIL.plusYears(1), AssignmentScope.WITHIN_UNIT, 4, PROPOSED,
                city.as(city.unitHead));
        fixture.givenNoPriorActivity().when(twoYears)
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-04", "1 year"));
    }

    @Test
    @DisplayName("TEAM-07 the decree comes from the official the profile names for the scope (Bandung: Kepala PD)")
    void team07Establisher() {
        TestCity city = WORLD.city(agency("bdg"), "bandung-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> verified = List.of(propose(city, city.as(city.unitHead), AssignmentScope.WITHIN_UNIT),
                new VerifyTeamProposalCommand(teamId, true, null, PROPOSED, city.as("tv", "VERIFICATION_BOARD")));
        fixture.givenCommands(verified)
                .when(decree(city.as(city.unitHead), List.of(new DecreeMember(member, "analis"))))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-07", "head of department (Kepala Perangkat Daerah)"))
                .expectNoEvents();
        fixture.givenCommands(verified)
                .when(decree(city.as(city.deptHead), List.of(new DecreeMember(member, "analis"))))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamEstablishedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "ruleIds=[TEAM-07, ASG-02, TEAM-08, TEAM-04]")))));
    }

    @Test
    @DisplayName("TEAM-07 a Serang cross-unit team is established by the Sekretaris Daerah, not the unit head")
    void team07SerangCrossUnit() {
        TestCity city = WORLD.city(agency("srg"), "serang-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        ProposeTeamCommand proposal = propose(city, city.as(city.unitHead), AssignmentScope.CROSS_UNIT);
        fixture.givenCommands(proposal)
                .when(decree(city.as(city.unitHead), List.of(new DecreeMember(member, "analis"))))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-07", "Sekretaris Daerah"));
        fixture.givenCommands(proposal)
                .when(decree(city.as("sekda", "REGIONAL_SECRETARY"), List.of(new DecreeMember(member, "analis"))))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("TEAM-08 the decree states tasks, targets and members with clear roles; each gap is named")
    void team08Decree() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        EstablishTeamCommand empty = new EstablishTeamCommand(teamId, "800/2", DECREED, List.of(), List.of(),
                List.of(new DecreeMember(OrgFacts.nip(), " ")), city.as(city.unitHead));
        fixture.givenCommands(propose(city, city.as(city.unitHead), AssignmentScope.WITHIN_UNIT))
                .when(empty)
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-08", "tasks", "targets", "members[0]"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-08 members are proposed by the lead to the unit head, who accepts them with their duty")
    void team08MemberProposal() {
        TestCity city = WORLD.city(agency("srg"), "serang-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String candidate = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, lead);
        given.add(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, city.as("ppk", "STAFFING_AUTHORITY")));
        fixture.givenCommands(given)
                .when(new ProposeTeamMemberCommand(teamId, "p1", candidate, "penyusun laporan", FROM,
                        city.as(city.unitHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-08"));
        fixture.givenCommands(given)
                .when(new ProposeTeamMemberCommand(teamId, "p1", candidate, "penyusun laporan", FROM, city.as(lead)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(only(Matchers.hasToString(Matchers.containsString(
                                        "proposedTo=" + city.unitHead))));
    }

    // ------------------------------------------------------------------ TEAM-02 / 03 / 05

    @Test
    @DisplayName("TEAM-05 an ineligible Bandung lead is refused naming each failed criterion and its article")
    void team05Eligibility() {
        TestCity city = WORLD.city(agency("bdg"), "bandung-2023");
        String weak = city.facts.employee(OrgFacts.nip()).in(city.unit).education(Education.SMA)
                .predikat(Predikat.BUTUH_PERBAIKAN).competencies("keuangan").add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.deptHead), true, weak);
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, weak, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-05", "Pasal 11(6) huruf a",
                        "Pasal 11(6) huruf b", "Pasal 11(6) huruf c"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-05 a Serang Pelaksana lead needs S1 and golongan III/b")
    void team05SerangPelaksana() {
        TestCity city = WORLD.city(agency("srg"), "serang-2023");
        String pelaksana = city.facts.employee(OrgFacts.nip()).in(city.unit).pelaksana(7).education(Education.D3)
                .rank(Rank.II_D).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, pelaksana);
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, pelaksana, FROM, true, null,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "MIN_EDUCATION".isEmpty() ? "" : "S1",
                        "III/b", "Pasal 8(4) huruf a angka 1", "Pasal 8(4) huruf a angka 2"));
    }

    @Test
    @DisplayName("TEAM-02 a lead from outside the owning unit needs a justification; the refusal names preferred candidates")
    void team02OwningUnitPreference() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        String insider = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.CROSS_UNIT, city.as(city.unitHead), false, outsider,
                insider);
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, outsider, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-02", insider))
                .expectNoEvents();
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, outsider, FROM, true, "Pengalaman program serupa",
                        city.as(city.unitHead)))
                .expectEventsMatching(only(Matchers.hasToString(Matchers.allOf(
                                        Matchers.containsString("justification=Pengalaman"),
                                        Matchers.containsString("TEAM-02")))));
    }

    @Test
    @DisplayName("TEAM-02 only the owning unit head (or the official the profile names) appoints the lead")
    void team02WhoAppoints() {
        TestCity city = WORLD.city(agency("srg"), "serang-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        fixture.givenCommands(established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, lead))
                .when(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-02", "Pejabat Pembina Kepegawaian"));
    }

    @Test
    @DisplayName("TEAM-03 Bekasi: a lead who is no JF hasil penyetaraan is refused while an eligible one exists, whatever the justification (BKS23 Pasal 9(5))")
    void team03Priority() {
        TestCity city = WORLD.city(agency("bks"), "bekasi-2023");
        String converted = city.facts.employee(OrgFacts.nip()).in(city.unit).converted().add();
        String other = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false,
                converted, other);
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, other, FROM, true, null, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-03", "Pasal 9(4)-(5)", converted))
                .expectNoEvents();
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, other, FROM, true, "JF penyetaraan sedang tugas belajar",
                        city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-03", converted))
                .expectNoEvents();
        fixture.givenCommands(given)
                .when(new AppointTeamLeadCommand(teamId, converted, FROM, true, null, city.as(city.unitHead)))
                .expectEventsMatching(only(Matchers.hasToString(Matchers.containsString(
                                        "ruleIds=[TEAM-05, TEAM-03, TEAM-09]"))));
    }

    // ------------------------------------------------------------------ TEAM-06 / TEAM-09

    @Test
    @DisplayName("TEAM-06 Serang: a coordinator is appointed by the PPK in the investment department only")
    void team06SerangInvestmentOnly() {
        TestCity investment = WORLD.city(agency("srg"), "serang-2023");
        AFFAIRS.put(investment.department, Set.of("PENANAMAN_MODAL"));
        String coordinator = investment.facts.employee(OrgFacts.nip()).in(investment.unit).rank(Rank.III_D).add();
        fixture.givenCommands(established(investment, AssignmentScope.WITHIN_UNIT, investment.as(investment.unitHead),
                        false, coordinator))
                .when(new AppointTeamCoordinatorCommand(teamId, coordinator, FROM, true, null,
                        investment.as("ppk", "STAFFING_AUTHORITY")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamCoordinatorAppointedEvent.class),
                                        Matchers.hasToString(Matchers.containsString("allowanceEntitled=true"))),
                                Matchers.instanceOf(TeamAllowanceEntitlementStartedEvent.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));

        TestCity health = WORLD.city(agency("srg"), "serang-2023");
        String other = health.facts.employee(OrgFacts.nip()).in(health.unit).rank(Rank.III_D).add();
        fixture.givenCommands(established(health, AssignmentScope.WITHIN_UNIT, health.as(health.unitHead), false,
                        other))
                .when(new AppointTeamCoordinatorCommand(teamId, other, FROM, true, null,
                        health.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-06", "PENANAMAN_MODAL"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("TEAM-06 Cilegon provides for no team coordinator; Bandung only in units led by a JPT")
    void team06NotProvided() {
        TestCity cilegon = WORLD.city(agency("clg"), "cilegon-2023");
        String nip = cilegon.facts.employee(OrgFacts.nip()).in(cilegon.unit).add();
        fixture.givenCommands(established(cilegon, AssignmentScope.WITHIN_UNIT, cilegon.as(cilegon.unitHead), false,
                        nip))
                .when(new AppointTeamCoordinatorCommand(teamId, nip, FROM, true, null, cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-06", "no team coordinator"));
        TestCity bandung = WORLD.city(agency("bdg"), "bandung-2023", PositionKind.JPT_PRATAMA);
        String jf = bandung.facts.employee(OrgFacts.nip()).in(bandung.unit).add();
        fixture.givenCommands(established(bandung, AssignmentScope.WITHIN_UNIT, bandung.as(bandung.deptHead), true,
                        jf))
                .when(new AppointTeamCoordinatorCommand(teamId, jf, FROM, true, null, bandung.as(bandung.unitHead)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("TEAM-09 a Serang lead is entitled to the additional allowance; a Cilegon lead is not")
    void team09Allowance() {
        TestCity serang = WORLD.city(agency("srg"), "serang-2023");
        String lead = serang.facts.employee(OrgFacts.nip()).in(serang.unit).add();
        fixture.givenCommands(established(serang, AssignmentScope.WITHIN_UNIT, serang.as(serang.unitHead), false,
                        lead))
                .when(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, serang.as("ppk", "STAFFING_AUTHORITY")))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(Matchers.hasToString(Matchers.allOf(
                                        Matchers.containsString("allowanceEntitled=true"),
                                        Matchers.containsString("profileId=serang-2023"))),
                                Matchers.instanceOf(TeamAllowanceEntitlementStartedEvent.class),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
        TestCity cilegon = WORLD.city(agency("clg"), "cilegon-2023");
        String other = cilegon.facts.employee(OrgFacts.nip()).in(cilegon.unit).add();
        fixture.givenCommands(established(cilegon, AssignmentScope.WITHIN_UNIT, cilegon.as(cilegon.unitHead), false,
                        other))
                .when(new AppointTeamLeadCommand(teamId, other, FROM, true, null, cilegon.as(cilegon.unitHead)))
                .expectEventsMatching(only(Matchers.hasToString(Matchers.containsString(
                                        "allowanceEntitled=false"))));
    }

    @Test
    @DisplayName("TEAM-09 Serang: the end of the team's period ends the lead's allowance entitlement, for payroll (SRG23 Pasal 9)")
    void team09AllowanceEndsWithThePeriod() {
        TestCity serang = WORLD.city(agency("srg"), "serang-2023");
        String lead = serang.facts.employee(OrgFacts.nip()).in(serang.unit).add();
        List<Object> given = established(serang, AssignmentScope.WITHIN_UNIT, serang.as(serang.unitHead), false, lead);
        given.add(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, serang.as("ppk", "STAFFING_AUTHORITY")));
        fixture.givenCommands(given)
                .when(new EndTeamCommand(teamId, UNTIL.plusDays(1), serang.system()))
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                Matchers.instanceOf(id.sistemkerja.team.api.TeamEvents.TeamEndedEvent.class),
                                Matchers.<Object>equalTo(new id.sistemkerja.team.api.TeamEvents
                                        .TeamAllowanceEntitlementEndedEvent(teamId, serang.agency, serang.unit, lead,
                                        TeamMemberRole.KETUA, UNTIL.plusDays(1), "TEAM_ENDED")),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    // ------------------------------------------------------------------ TEAM-10 / TEAM-11 / TEAM-12

    /** Cilegon team with a lead and two members (one from the other unit), both joined by assignment order. */
    private List<Object> running(TestCity city, String lead, String member, String outsider) {
        List<Object> given = established(city, AssignmentScope.CROSS_UNIT, city.as(city.unitHead), false, lead,
                member, outsider);
        given.add(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, city.as(city.unitHead)));
        given.add(new JoinTeamByOrderCommand(teamId, member, FROM, "asg-1", "ST/1", city.unit, city.unitHead,
                city.system()));
        given.add(new JoinTeamByOrderCommand(teamId, outsider, FROM, "asg-2", "ST/1", city.unit, city.unitHead,
                city.system()));
        return given;
    }

    @Test
    @DisplayName("TEAM-10 only the lead reports a member's performance, to the member's appraiser and the unit head")
    void team10MemberPerformance() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        List<Object> given = running(city, lead, member, outsider);
        fixture.givenCommands(given)
                .when(new ReportMemberPerformanceCommand(teamId, "r1", outsider, FROM, UNTIL, "Baik", List.of(),
                        UNTIL, city.as(member)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-10"));
        fixture.givenCommands(given)
                .when(new ReportMemberPerformanceCommand(teamId, "r1", outsider, FROM, UNTIL, "Sesuai ekspektasi",
                        List.of("Data 100%"), UNTIL, city.as(lead)))
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(MemberPerformanceReportedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "recipients=[" + city.otherHead + ", " + city.unitHead + "]")))));
    }

    @Test
    @DisplayName("TEAM-11 a problem needs alternatives, is visible to members' home unit heads, and is decided by the owning unit head")
    void team11Problems() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        List<Object> given = running(city, lead, member, outsider);
        fixture.givenCommands(given)
                .when(new RaiseTeamProblemCommand(teamId, "pr1", "Data belum lengkap", List.of(), FROM, city.as(lead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-11", "alternative"));
        fixture.givenCommands(given)
                .when(new RaiseTeamProblemCommand(teamId, "pr1", "Data belum lengkap",
                        List.of("Survei ulang", "Pakai data BPS"), FROM, city.as(lead)))
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamProblemRaisedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "visibleTo=[" + city.unitHead + ", " + city.otherHead + "]")))));
        List<Object> raised = new ArrayList<>(given);
        raised.add(new RaiseTeamProblemCommand(teamId, "pr1", "Data", List.of("A", "B"), FROM, city.as(lead)));
        fixture.givenCommands(raised)
                .when(new DecideTeamProblemCommand(teamId, "pr1", 1, null, FROM, city.as(city.otherHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-11"));
        fixture.givenCommands(raised)
                .when(new DecideTeamProblemCommand(teamId, "pr1", 1, null, FROM, city.as(city.unitHead)))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("TEAM-12 dissolution is a recorded act by the owning unit head and ends every member's membership")
    void team12Dissolution() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        List<Object> given = running(city, lead, member, outsider);
        LocalDate on = LocalDate.of(2025, 6, 30);
        fixture.givenCommands(given)
                .when(new DissolveTeamCommand(teamId, on, "Program selesai", null, on, city.as(city.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-12", "decreeNumber")).expectNoEvents();
        fixture.givenCommands(given)
                .when(new DissolveTeamCommand(teamId, on, "Program selesai", "800/9", on, city.as(lead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "owning unit"));
        fixture.givenCommands(given)
                .when(new DissolveTeamCommand(teamId, on, "Program selesai", "800/9", on, city.as(city.unitHead)))
                .expectEvents(
                        new TeamDissolvedEvent(teamId, city.agency, city.unit, on, "Program selesai", "800/9",
                                city.unitHead, on, List.of(new TeamMembership(member, "asg-1", "ST/1"),
                                new TeamMembership(outsider, "asg-2", "ST/1")),
                                WORLD.profiles.inForce(city.agency, on).basis("TEAM-12")),
                        new TeamMemberLeftEvent(teamId, city.agency, city.unit, member, "asg-1", on, "TEAM_DISSOLVED",
                                city.unitHead),
                        new TeamMemberLeftEvent(teamId, city.agency, city.unit, outsider, "asg-2", on,
                                "TEAM_DISSOLVED", city.unitHead));
    }

    @Test
    @DisplayName("TEAM-12 a team ends after its period, not before; then nobody joins it any more")
    void team12PeriodEnd() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        List<Object> given = running(city, lead, member, outsider);
        fixture.givenCommands(given).when(new EndTeamCommand(teamId, UNTIL, city.system()))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "TEAM-12"));
        List<Object> ended = new ArrayList<>(given);
        ended.add(new EndTeamCommand(teamId, UNTIL.plusDays(1), city.system()));
        fixture.givenCommands(ended)
                .when(new JoinTeamByOrderCommand(teamId, OrgFacts.nip(), UNTIL, "asg-9", "ST/9", city.unit,
                        city.unitHead, city.system()))
                .expectEventsMatching(only(Matchers.<Object>allOf(
                        Matchers.instanceOf(TeamMembershipRefusedEvent.class),
                        Matchers.hasToString(Matchers.containsString("ruleId=TEAM-12")))));
    }

    @Test
    @DisplayName("a TEAM assignment order delivered twice adds the member once, with the duty the decree gives")
    void membershipIdempotent() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, member);
        JoinTeamByOrderCommand join = new JoinTeamByOrderCommand(teamId, member, FROM, "asg-1", "ST/1", city.unit,
                city.unitHead, city.system());
        fixture.givenCommands(given).when(join)
                .expectEvents(new TeamMemberJoinedEvent(teamId, city.agency, city.unit, member, city.unit,
                        TeamMemberRole.ANGGOTA, "analis data", FROM, "asg-1", "ST/1", "system", city.unitHead,
                        AssignmentScope.WITHIN_UNIT));
        List<Object> joined = new ArrayList<>(given);
        joined.add(join);
        fixture.givenCommands(joined).when(join).expectNoEvents();
    }

    // ------------------------------------------------------------------ RPT-02 / RPT-03

    @Test
    @DisplayName("RPT-02 a member reports to the lead; a Bandung lead reports to the unit head and the head of department")
    void rpt02Chain() {
        TestCity city = WORLD.city(agency("bdg"), "bandung-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.deptHead), true, lead,
                member);
        given.add(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, city.as(city.unitHead)));
        given.add(new JoinTeamByOrderCommand(teamId, member, FROM, "asg-1", "ST/1", city.unit, city.unitHead,
                city.system()));
        fixture.givenCommands(given)
                .when(new SubmitTeamReportCommand(teamId, "rep1", FROM, FROM.plusMonths(1), "Data terkumpul", null,
                        FROM.plusMonths(1), city.as(member)))
                .expectEventsMatching(only(Matchers.hasToString(Matchers.containsString(
                                        "recipientNips=[" + lead + "]"))));
        fixture.givenCommands(given)
                .when(new SubmitTeamReportCommand(teamId, "rep2", FROM, FROM.plusMonths(3), "Triwulan I", null,
                        FROM.plusMonths(3), city.as(lead)))
                .expectEventsMatching(only(Matchers.<Object>allOf(
                                        Matchers.instanceOf(TeamReportSubmittedEvent.class),
                                        Matchers.hasToString(Matchers.containsString(
                                                "recipientNips=[" + city.unitHead + ", " + city.deptHead + "]")))));
        fixture.givenCommands(given)
                .when(new SubmitTeamReportCommand(teamId, "rep3", FROM, FROM, "x", null, FROM,
                        city.as(city.otherHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "TEAM-10"));
    }

    @Test
    @DisplayName("RPT-03 the unit head requests a report at any time; it stays open until the person asked answers it")
    void rpt03Requests() {
        TestCity city = WORLD.city(agency("clg"), "cilegon-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String member = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        String outsider = city.facts.employee(OrgFacts.nip()).in(city.otherUnit).add();
        List<Object> given = running(city, lead, member, outsider);
        fixture.givenCommands(given)
                .when(new RequestTeamReportCommand(teamId, "rq1", member, "Progres", FROM,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectException(problem(ProblemKind.FORBIDDEN, "RPT-03", "unit head"));
        fixture.givenCommands(given)
                .when(new RequestTeamReportCommand(teamId, "rq1", member, "Progres", FROM, city.as(city.unitHead)))
                .expectEventsMatching(only(Matchers.instanceOf(TeamReportRequestedEvent.class)));
        List<Object> requested = new ArrayList<>(given);
        requested.add(new RequestTeamReportCommand(teamId, "rq1", member, "Progres", FROM, city.as(city.unitHead)));
        fixture.givenCommands(requested)
                .when(new SubmitTeamReportCommand(teamId, "rep1", FROM, FROM, "Progres 50%", "rq1", FROM,
                        city.as(outsider)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "RPT-03"));
        SubmitTeamReportCommand answer = new SubmitTeamReportCommand(teamId, "rep1", FROM, FROM, "Progres 50%", "rq1",
                FROM, city.as(member));
        fixture.givenCommands(requested).when(answer).expectSuccessfulHandlerExecution();
        List<Object> answered = new ArrayList<>(requested);
        answered.add(answer);
        fixture.givenCommands(answered).when(answer)
                .expectException(problem(ProblemKind.RULE_VIOLATION, "RPT-03", "no open report request"));
    }

    @Test
    @DisplayName("RPT-03 Serang: the PPK may also request a report from a team member")
    void rpt03SerangPpk() {
        TestCity city = WORLD.city(agency("srg"), "serang-2023");
        String lead = city.facts.employee(OrgFacts.nip()).in(city.unit).add();
        List<Object> given = established(city, AssignmentScope.WITHIN_UNIT, city.as(city.unitHead), false, lead);
        given.add(new AppointTeamLeadCommand(teamId, lead, FROM, true, null, city.as("ppk", "STAFFING_AUTHORITY")));
        fixture.givenCommands(given)
                .when(new RequestTeamReportCommand(teamId, "rq1", lead, "Progres", FROM,
                        city.as("ppk", "STAFFING_AUTHORITY")))
                .expectEventsMatching(only(Matchers.hasToString(Matchers.containsString(
                                        "requesterCapacity=" + Official.STAFFING_AUTHORITY))));
    }
}
