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
 * @param followsJobMap                 ORG-07: placement follows the job map (the employee's position is in the
 *                                      placement unit's peta jabatan); false where the regulation's text has no job
 *                                      map (Cilegon)
 * @param violations                    the profile's refusals; empty when it allows the placement
 * @param jobMapArticle                 the article of the agency's own regulation on the job map (ORG-07), cited by
 *                                      the common job-map refusal; null to cite the concordant provisions
 */
public record ProfilePlacementDecision(String profileId, String profileVersion, List<String> ruleIds,
                                       boolean placementWithoutJobMapAllowed, boolean followsJobMap,
                                       List<Violation> violations, String jobMapArticle) {

    public ProfilePlacementDecision {
        ruleIds = List.copyOf(ruleIds);
        violations = List.copyOf(violations);
    }

    /** A decision under a profile whose placement follows the job map (ORG-07). */
    public ProfilePlacementDecision(String profileId, String profileVersion, List<String> ruleIds,
                                    boolean placementWithoutJobMapAllowed, List<Violation> violations) {
        this(profileId, profileVersion, ruleIds, placementWithoutJobMapAllowed, true, violations, null);
    }

    /** A job-map ORG-07 refusal of the common rules, citing the agency's own article where the profile names one. */
    public Violation cited(Violation common) {
        return jobMapArticle != null && "ORG-07".equals(common.ruleId()) && "unitId".equals(common.field())
                ? Violation.ofRule(common.ruleId(), jobMapArticle, common.field(), common.message()) : common;
    }
}
