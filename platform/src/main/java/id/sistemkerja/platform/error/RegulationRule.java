package id.sistemkerja.platform.error;

/**
 * A rule of RULES.md that a service enforces the same way under every regulation profile, with the article(s) that
 * ground it. Each service lists its rules as an enum implementing this, one constant per rule named after its id
 * ({@code ASG_07} is {@code ASG-07}); the refusals below carry the rule id and the article into problem+json. Rules that
 * differ by city are asked of the regulation profile instead, which cites the agency's own article.
 */
public interface RegulationRule {

    /** The constant's name, e.g. {@code ASG_07} (every enum has it). */
    String name();

    /** The rule id, e.g. {@code ASG-07}: the constant's name with a hyphen. */
    default String id() {
        return name().replace('_', '-');
    }

    /** The article(s) that ground the rule, as shown to callers in problem+json {@code article}. */
    String article();

    /** One broken rule among several, on {@code field}. */
    default Violation violation(String field, String message) {
        return Violation.ofRule(id(), article(), field, message);
    }

    /** 422: the rule refuses the command. */
    default ProblemException refusal(String field, String message) {
        return ProblemException.rule(id(), article(), field, message);
    }

    /** 400: the input does not have the shape the rule defines. */
    default ProblemException invalid(String field, String message) {
        return ProblemException.invalidByRule(id(), article(), field, message);
    }

    /** 403: the rule names who is competent, and the caller is not. */
    default ProblemException forbidden(String message) {
        return ProblemException.forbidden(id(), article(), message);
    }

    /** 422 citing {@code article} (e.g. the agency's own regulation) instead of {@link #article()}. */
    default ProblemException refusalCiting(String article, String field, String message) {
        return ProblemException.rule(id(), article, field, message);
    }

    /** 403 citing {@code article} (e.g. the agency's own regulation) instead of {@link #article()}. */
    default ProblemException forbiddenCiting(String article, String message) {
        return ProblemException.forbidden(id(), article, message);
    }
}
