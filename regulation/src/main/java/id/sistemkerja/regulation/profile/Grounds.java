package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;

import java.util.Objects;

/**
 * The rule an act rests on and the article of the agency's regulation that grounds it, as a refusal cites them:
 * taken from a profile's {@link Decision} (the rule it answers, its first citation), from a {@link Citation}, or from
 * a {@link CommonRule} cited under the agency's profile. Typed, so a refusal never spells a rule id or an article by
 * hand.
 *
 * @param ruleId  e.g. {@code ASG-08}
 * @param article e.g. {@code Perwal Bandung 6/2023 lampiran B.2.a angka 2)}
 */
public record Grounds(String ruleId, String article) {

    public Grounds {
        Objects.requireNonNull(ruleId, "ruleId");
    }

    /** The rule a profile's decision answers, cited by the article it rests on ({@link Decision#citation()}). */
    public static Grounds of(Decision<?> decision) {
        return of(decision.citation());
    }

    /** As {@link #of(Decision)}, citing every article of the decision (a rule the profile reads from two). */
    public static Grounds citingAll(Decision<?> decision) {
        return new Grounds(decision.citation().ruleId(), decision.articles());
    }

    public static Grounds of(Citation citation) {
        return new Grounds(citation.ruleId(), citation.text());
    }

    /** A common rule, cited from the regulation of {@code profile} where it names the article. */
    public static Grounds of(CommonRule rule, RegulationProfile profile) {
        return new Grounds(rule.id(), rule.article(profile));
    }

    /** 422: the rule refuses the act on {@code field}. */
    public ProblemException refusal(String field, String message) {
        return ProblemException.rule(ruleId, article, field, message);
    }

    /** 403: the rule names who is competent, and the caller is not. */
    public ProblemException forbidden(String message) {
        return ProblemException.forbidden(ruleId, article, message);
    }

    /** One broken rule among several. */
    public Violation violation(String field, String message) {
        return Violation.ofRule(ruleId, article, field, message);
    }
}
