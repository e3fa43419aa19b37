package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.command.TeamDirectory.KnownTeam;
import id.sistemkerja.contracts.vocabulary.AssignmentNature;
import id.sistemkerja.contracts.vocabulary.AssignmentPlanning;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileBindings;
import id.sistemkerja.regulation.profile.ProfileLoader;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The world assignment aggregate tests run in, without Spring, PostgreSQL, MongoDB or Kafka: the shipped regulation
 * profiles, agencies bound to them, an in-memory org directory (the regulation test-jar's, answering as the replica
 * does), a clock at Monday 2 March 2026 in Jakarta, and in-memory ports (team replica, work plans, order numbers, team
 * rosters).
 */
final class AssignmentWorld {

    static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), JAKARTA);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    final InMemoryOrgDirectory org = new InMemoryOrgDirectory();
    final Map<String, ProfileBinding> bindings = new ConcurrentHashMap<>();
    final AgencyProfiles profiles = new AgencyProfiles(PROFILES, new ProfileBindings() {
        @Override
        public Optional<ProfileBinding> inForce(String agencyId, LocalDate date) {
            return Optional.ofNullable(bindings.get(agencyId));
        }

        @Override
        public List<ProfileBinding> history(String agencyId) {
            return Optional.ofNullable(bindings.get(agencyId)).stream().toList();
        }
    });
    final Officials officials = new Officials(org);
    final Map<String, KnownTeam> teams = new ConcurrentHashMap<>();
    final Map<String, List<String>> plans = new ConcurrentHashMap<>();
    final Map<String, Long> counters = new ConcurrentHashMap<>();
    final Map<String, List<String>> rosters = new ConcurrentHashMap<>();
    final TeamDirectory teamDirectory = teamId -> Optional.ofNullable(teams.get(teamId));
    final OrderIssuance issuance = new OrderIssuance(officials, profiles, teamDirectory,
            planId -> Optional.ofNullable(plans.get(planId)),
            (agencyId, year) -> counters.merge(agencyId + "/" + year, 1L, Long::sum),
            new TeamRosters() {
                @Override
                public void join(String teamId, String orderId) {
                    rosters.computeIfAbsent(teamId, t -> new ArrayList<>()).add(orderId);
                }

                @Override
                public List<String> ordersOf(String teamId) {
                    return rosters.getOrDefault(teamId, List.of());
                }
            });

    /** An agency ({@link Agency}) bound from 2020 to version {@code version} of {@code profileId}. */
    Agency agency(String profileId, int version) {
        Agency agency = new Agency(org, profileId);
        bindings.put(agency.id, new ProfileBinding(agency.id, new ProfileRef(profileId, version),
                LocalDate.of(2020, 1, 1)));
        return agency;
    }

    RegulationProfile profile(Agency agency) {
        return profiles.inForce(agency.id, TODAY);
    }

    DecisionBasis basis(Agency agency, String... ruleIds) {
        return profile(agency).basis(ruleIds);
    }

    /** A fixture for {@code aggregate} with every resource its command handlers ask for. */
    <T> FixtureConfiguration<T> fixture(Class<T> aggregate) {
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(officials);
        fixture.registerInjectableResource(profiles);
        fixture.registerInjectableResource(teamDirectory);
        fixture.registerInjectableResource(issuance);
        fixture.registerInjectableResource(CLOCK);
        return fixture;
    }

    /** Terms of an assignment in 2026, complete for every flow (ASG-01/03/06/07). */
    static AssignmentTerms terms() {
        return new AssignmentTerms("Pendataan stunting", List.of("analisis data"), List.of("Data balita 100%"),
                "Bekerja di Puskesmas dua hari seminggu", AssignmentNature.INCIDENTAL, AssignmentPlanning.PLANNED,
                LocalDate.of(2026, 3, 9), LocalDate.of(2026, 6, 30), null);
    }

    /** A team of {@code unitId} established for 2026 (team-service's team.TeamEstablished, M4 replica). */
    String team(Agency agency, String unitId, AssignmentScope scope) {
        String teamId = "team-" + unitId;
        teams.put(teamId, new KnownTeam(teamId, agency.id, unitId, scope, TeamDirectory.Status.ESTABLISHED,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), null));
        return teamId;
    }

    /** A {@link ProblemException} of {@code kind} whose detail and violations name each of {@code texts}. */
    static Matcher<Object> problem(ProblemKind kind, String... texts) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                if (!(item instanceof ProblemException problem) || problem.kind() != kind) {
                    return false;
                }
                StringBuilder all = new StringBuilder(problem.getMessage());
                for (Violation v : problem.violations()) {
                    all.append(' ').append(v.ruleId()).append(' ').append(v.article()).append(' ').append(v.field())
                            .append(' ').append(v.message());
                }
                return Arrays.stream(texts).allMatch(t -> all.toString().contains(t));
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("problem " + kind + " naming " + Arrays.toString(texts));
            }
        };
    }
}
