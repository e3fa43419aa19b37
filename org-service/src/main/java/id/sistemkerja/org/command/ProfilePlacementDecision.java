package id.sistemkerja.org.command;

import id.sistemkerja.platform.error.Violation;

import java.util.List;

/**
 * What the agency's regulation profile says about a proposed placement.
 *
 * @param profileId                     profile applied (recorded on the decision event)
 * @param profileVersion                its version
 * @param ruleIds                       the profile's rule ids that applied (recorded with the common ones)
 * @param placementWithoutJobMapAllowed ORG-07 fallback: a unit without a job map may receive the placement
 * @param violations                    the profile's refusals; empty when it allows the placement
 */
public record ProfilePlacementDecision(String profileId, String profileVersion, List<String> ruleIds,
                                       boolean placementWithoutJobMapAllowed, List<Violation> violations) {

    public ProfilePlacementDecision {
        ruleIds = List.copyOf(ruleIds);
        violations = List.copyOf(violations);
    }
}
