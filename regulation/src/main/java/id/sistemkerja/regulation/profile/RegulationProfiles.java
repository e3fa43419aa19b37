package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every version of every regulation profile the service loaded at start-up ({@link ProfileLoader}), validated and
 * resolved. A Spring bean in every service ({@code ProfileAutoConfiguration}); plain Java, so command-side code may
 * take it as a command-handler parameter.
 */
public final class RegulationProfiles {

    private final Map<ProfileRef, RegulationProfile> profiles;

    RegulationProfiles(List<RegulationProfile> profiles) {
        this.profiles = profiles.stream().collect(Collectors.toUnmodifiableMap(RegulationProfile::ref,
                Function.identity()));
    }

    /** Rule ids RULES.md marks as profile-dependent; every profile sets each of them. */
    public static List<String> profileDependentRuleIds() {
        return RuleCatalogue.IDS;
    }

    /** Every version of every profile, by id then version. */
    public List<RegulationProfile> all() {
        return profiles.values().stream()
                .sorted(Comparator.comparing(RegulationProfile::id).thenComparing(RegulationProfile::version))
                .toList();
    }

    public Optional<RegulationProfile> find(ProfileRef ref) {
        return Optional.ofNullable(profiles.get(ref));
    }

    /** The profile version; 404 problem when it was not loaded. */
    public RegulationProfile get(ProfileRef ref) {
        return find(ref).orElseThrow(() -> ProblemException.notFound("Regulation profile", ref.toString()));
    }

    /** The highest version of profile {@code id}. */
    public Optional<RegulationProfile> latest(String id) {
        return profiles.values().stream().filter(p -> p.id().equals(id))
                .max(Comparator.comparingInt(RegulationProfile::version));
    }

    /** {@code version} of profile {@code id}, or its latest version when {@code version} is null; 404 otherwise. */
    public RegulationProfile get(String id, Integer version) {
        Optional<RegulationProfile> profile = version == null ? latest(id) : find(new ProfileRef(id, version));
        return profile.orElseThrow(() -> ProblemException.notFound("Regulation profile",
                version == null ? id : id + "@" + version));
    }
}
