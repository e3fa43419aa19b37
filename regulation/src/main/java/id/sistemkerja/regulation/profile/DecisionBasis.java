package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.RegulationRule;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What justified a decision: the regulation profile version the agency was bound to on the decision date and the
 * rule ids applied. Every decision event (approval, rejection, appointment, evaluation, ...) stores one as a field, so
 * a replay years later still explains itself after the profile changed (AUD-01).
 *
 * @param profileId e.g. {@code bandung-2023}
 * @param version   version of that profile
 * @param ruleIds   rule ids of RULES.md, in the order they were applied, without duplicates
 */
public record DecisionBasis(String profileId, int version, List<String> ruleIds) {

    public DecisionBasis {
        Objects.requireNonNull(profileId, "profileId");
        ruleIds = List.copyOf(new LinkedHashSet<>(ruleIds == null ? List.of() : ruleIds));
    }

    public static DecisionBasis of(ProfileRef profile, String... ruleIds) {
        return new DecisionBasis(profile.id(), profile.version(), List.of(ruleIds));
    }

    public ProfileRef profile() {
        return new ProfileRef(profileId, version);
    }

    /**
     * This basis and the common rules a service applied on its own facts besides the profile's answer (AUD-01), e.g.
     * ASG-07 with the scope the profile allowed.
     */
    public DecisionBasis with(RegulationRule... rules) {
        List<String> all = new ArrayList<>(ruleIds);
        Arrays.stream(rules).map(RegulationRule::id).forEach(all::add);
        return new DecisionBasis(profileId, version, all);
    }

    /**
     * This basis and {@code other}'s rule ids together (a decision that applied several rules, e.g. TEAM-03 and
     * TEAM-05 for one appointment). Both must come from the same profile version.
     */
    public DecisionBasis and(DecisionBasis other) {
        if (!profileId.equals(other.profileId) || version != other.version) {
            throw new IllegalArgumentException("Cannot combine decisions of " + profile() + " and " + other.profile());
        }
        Set<String> all = new LinkedHashSet<>(ruleIds);
        all.addAll(other.ruleIds);
        return new DecisionBasis(profileId, version, List.copyOf(all));
    }
}
