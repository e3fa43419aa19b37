package id.sistemkerja.team;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileBindings;
import id.sistemkerja.regulation.profile.ProfileLoader;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The world aggregate tests run in, without Spring, MongoDB or Kafka: the shipped regulation profiles, agencies bound
 * to them, and an in-memory org directory (the regulation test-jar's, answering as the replica does) fed with org v1
 * events.
 */
public final class TeamWorld {

    public static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));

    public final InMemoryOrgDirectory org = new InMemoryOrgDirectory();
    private final Map<String, ProfileBinding> bindings = new ConcurrentHashMap<>();
    public final AgencyProfiles profiles = new AgencyProfiles(PROFILES, new ProfileBindings() {
        @Override
        public Optional<ProfileBinding> inForce(String agencyId, LocalDate date) {
            return Optional.ofNullable(bindings.get(agencyId));
        }

        @Override
        public List<ProfileBinding> history(String agencyId) {
            return Optional.ofNullable(bindings.get(agencyId)).stream().toList();
        }
    });

    /** A city (agency) bound to version 1 of {@code profileId}, its unit led by an Administrator. */
    public TestCity city(String agency, String profileId) {
        return city(agency, profileId, PositionKind.ADMINISTRATOR);
    }

    public TestCity city(String agency, String profileId, PositionKind unitHeadKind) {
        return city(agency, profileId, 1, unitHeadKind);
    }

    public TestCity city(String agency, String profileId, int version, PositionKind unitHeadKind) {
        return new TestCity(OrgFacts.inMemory(org, agency), b -> bindings.put(b.agencyId(), b), profileId, version,
                unitHeadKind);
    }

    /** A {@link ProblemException} of {@code kind} whose violations (or detail) name each of {@code texts}. */
    public static Matcher<Object> problem(ProblemKind kind, String... texts) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                if (!(item instanceof ProblemException problem) || problem.kind() != kind) {
                    return false;
                }
                String all = problem.getMessage() + " " + problem.violations().stream()
                        .map(v -> v.ruleId() + " " + v.article() + " " + v.field() + " " + v.message())
                        .reduce("", String::concat);
                return Arrays.stream(texts).allMatch(all::contains);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("problem " + kind + " naming " + Arrays.toString(texts));
            }
        };
    }

    /** The rule ids of a problem's violations. */
    public static List<String> ruleIds(ProblemException problem) {
        return problem.violations().stream().map(Violation::ruleId).toList();
    }
}
