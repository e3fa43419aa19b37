package id.sistemkerja.team.command;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.team.OrgFacts;
import id.sistemkerja.team.TeamWorld;
import id.sistemkerja.team.TestCity;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposalVerifiedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProposedEvent;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The past of one work team, as the events a test gives the {@link WorkTeam} fixture ({@code given(events)}), and the
 * commands and expected events of its acts, with readable defaults: a team "Tim Stunting" of {@code city.unit},
 * proposed on 1 November 2024, decreed on 20 December 2024 for 2025.
 */
final class TeamHistory {

    static final TeamWorld WORLD = new TeamWorld();
    static final Map<String, Set<String>> AFFAIRS = new ConcurrentHashMap<>();

    static final LocalDate PROPOSED = LocalDate.of(2024, 11, 1);
    static final LocalDate VERIFIED = PROPOSED.plusDays(10);
    static final LocalDate DECREED = LocalDate.of(2024, 12, 20);
    static final LocalDate FROM = LocalDate.of(2025, 1, 1);
    static final LocalDate UNTIL = LocalDate.of(2025, 12, 31);
    static final String DUTY = "analis data";
    static final String DECREE_NUMBER = "800/1/2024";
    static final List<String> TARGETS = List.of("Prevalensi stunting turun 2%");
    static final List<String> COMPETENCIES = List.of("kesehatan masyarakat");

    final String teamId = "team-" + UUID.randomUUID();
    final TestCity city;

    TeamHistory(TestCity city) {
        this.city = city;
    }

    /** A city bound to version 1 of {@code profileId} (agency {@code <first 3 letters>-<random>}). */
    static TestCity city(String profileId) {
        return WORLD.city(profileId.substring(0, 3) + "-" + UUID.randomUUID().toString().substring(0, 8), profileId);
    }

    /** The aggregate fixture with the world's profiles, org directory and recorded department affairs. */
    static FixtureConfiguration<WorkTeam> fixture() {
        FixtureConfiguration<WorkTeam> fixture = new AggregateTestFixture<>(WorkTeam.class);
        fixture.registerInjectableResource(WORLD.profiles);
        fixture.registerInjectableResource(WORLD.org);
        fixture.registerInjectableResource((DepartmentAffairs) d -> AFFAIRS.getOrDefault(d, Set.of()));
        return fixture;
    }

    /** A JF of {@code unitId} (ahli muda, S1, III/c, competent in kesehatan masyarakat, predikat BAIK every year). */
    String employee(String unitId) {
        return city.facts.employee(OrgFacts.nip()).in(unitId).add();
    }

    RegulationProfile profile() {
        return WORLD.profiles.inForce(city.agency, FROM);
    }

    DecisionBasis basis(String... ruleIds) {
        return profile().basis(ruleIds);
    }

    // ------------------------------------------------------------------ commands

    ProposeTeamCommand propose(Actor by, AssignmentScope scope) {
        return new ProposeTeamCommand(teamId, city.agency, city.unit, "Tim Stunting", "Menurunkan stunting", TARGETS,
                COMPETENCIES, FROM, UNTIL, scope, 5, PROPOSED, by);
    }

    EstablishTeamCommand decree(Actor by, String... members) {
        return new EstablishTeamCommand(teamId, DECREE_NUMBER, DECREED, List.of("Pendataan balita"), TARGETS,
                decreeMembers(members), by);
    }

    // ------------------------------------------------------------------ events of the past

    /** Proposed by the unit head for {@code scope}; verification where the profile requires it (TEAM-04). */
    TeamProposedEvent proposed(AssignmentScope scope) {
        return new TeamProposedEvent(teamId, city.agency, city.unit, city.department, "Tim Stunting",
                "Menurunkan stunting", TARGETS, COMPETENCIES, FROM, UNTIL, scope, 5, city.unitHead, PROPOSED,
                profile().teamFormation().outcome().verificationRequired(), List.of(Official.OWNING_UNIT_HEAD),
                basis("TEAM-04"));
    }

    TeamProposalVerifiedEvent verified() {
        return new TeamProposalVerifiedEvent(teamId, city.agency, "tim-verifikasi", VERIFIED, null, basis("TEAM-04"));
    }

    /** Established by decree for {@code scope} by {@code establisher} in {@code capacity}, naming {@code members}. */
    TeamEstablishedEvent established(AssignmentScope scope, String establisher, Official capacity, String... members) {
        return new TeamEstablishedEvent(teamId, city.agency, city.unit, city.department, "Tim Stunting",
                "Menurunkan stunting", scope, List.of("Pendataan balita"), TARGETS, decreeMembers(members), FROM,
                UNTIL, DECREE_NUMBER, DECREED, establisher, capacity, basis("TEAM-07", "TEAM-08"), scope, null,
                null);
    }

    /** Proposed (and verified where required), then decreed by the owning unit head for {@code scope}. */
    List<Object> establishedTeam(AssignmentScope scope, String... members) {
        List<Object> events = new ArrayList<>(List.of(proposed(scope)));
        if (profile().teamFormation().outcome().verificationRequired()) {
            events.add(verified());
        }
        events.add(established(scope, city.unitHead, Official.OWNING_UNIT_HEAD, members));
        return events;
    }

    TeamLeadAppointedEvent leadAppointed(String nip, LocalDate from, boolean allowance) {
        return new TeamLeadAppointedEvent(teamId, city.agency, city.unit, nip, city.unit, from, null,
                city.unitHead, Official.OWNING_UNIT_HEAD, null, allowance, basis("TEAM-05"), FROM.getYear() - 1, null,
                null, null, List.of("KESEHATAN_MASYARAKAT"));
    }

    /** {@code nip} of {@code homeUnit} joined from {@link #FROM} by a TEAM order {@code ST/1} of the unit head. */
    TeamMemberJoinedEvent joinedByOrder(String nip, String homeUnit, String assignmentId, AssignmentScope scope) {
        return new TeamMemberJoinedEvent(teamId, city.agency, city.unit, nip, homeUnit, TeamMemberRole.ANGGOTA, DUTY,
                FROM, assignmentId, "ST/1", "system", city.unitHead, scope);
    }

    static List<Object> and(List<Object> past, Object... more) {
        List<Object> all = new ArrayList<>(past);
        all.addAll(Arrays.asList(more));
        return all;
    }

    private static List<DecreeMember> decreeMembers(String... nips) {
        return Arrays.stream(nips).map(nip -> new DecreeMember(nip, DUTY)).toList();
    }
}
