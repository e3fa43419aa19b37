package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.RegulationRule;
import id.sistemkerja.platform.error.Violation;

/**
 * A rule of RULES.md a service enforces the same way in every city, cited from the agency's own regulation where the
 * profile the agency is bound to names its article (12.12: a Bandung refusal cites BDG23); {@link #article()} lists
 * every city's article for callers without an agency (a profile not known yet, or {@code null}).
 * <pre>{@code
 * throw AssignmentRule.ASG_13.refusal(profile, "nominatedNips", "a JPT Pratama is not assigned through these flows");
 * }</pre>
 */
public interface CommonRule extends RegulationRule {

    /** The article of the agency's own regulation where its profile names one; otherwise {@link #article()}. */
    default String article(RegulationProfile profile) {
        return profile == null ? article() : profile.citation(id()).map(Citation::text).orElse(article());
    }

    /** This rule with its own {@link #article()}, for acts that pass it on (authorization, time order). */
    default Grounds grounds() {
        return new Grounds(id(), article());
    }

    /** This rule cited by {@code citation}, an article of the agency's regulation the profile names for it. */
    default Grounds citing(Citation citation) {
        return new Grounds(id(), citation.text());
    }

    /** This rule cited under {@code profile}, for acts that pass it on (authorization, time order). */
    default Grounds grounds(RegulationProfile profile) {
        return Grounds.of(this, profile);
    }

    /** One broken rule among several, citing the agency's own regulation. */
    default Violation violation(RegulationProfile profile, String field, String message) {
        return Violation.ofRule(id(), article(profile), field, message);
    }

    /** 422 citing the agency's own regulation. */
    default ProblemException refusal(RegulationProfile profile, String field, String message) {
        return refusalCiting(article(profile), field, message);
    }

    /** 403 citing the agency's own regulation. */
    default ProblemException forbidden(RegulationProfile profile, String message) {
        return forbiddenCiting(article(profile), message);
    }
}
