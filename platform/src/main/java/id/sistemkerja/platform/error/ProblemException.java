package id.sistemkerja.platform.error;

import java.util.List;
import java.util.Objects;

/**
 * A refusal with a reason the caller can act on. Thrown by aggregates and services, rendered as RFC 9457
 * problem+json by the web layer. Plain Java so command-side code can throw it without any web dependency.
 * <p>
 * Commands refused this way store nothing: the aggregate throws before it applies any event.
 */
public class ProblemException extends RuntimeException {

    private final ProblemKind kind;
    private final List<Violation> violations;

    public ProblemException(ProblemKind kind, String detail, List<Violation> violations) {
        super(detail);
        this.kind = Objects.requireNonNull(kind);
        this.violations = List.copyOf(violations);
    }

    public ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, List.of());
    }

    public ProblemKind kind() {
        return kind;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** 400: a field is missing or malformed. */
    public static ProblemException invalid(String field, String message) {
        return new ProblemException(ProblemKind.INVALID_INPUT, message, List.of(Violation.ofField(field, message)));
    }

    /** 400: several fields at once. */
    public static ProblemException invalid(List<Violation> violations) {
        String detail = violations.size() == 1 ? violations.get(0).message()
                : violations.size() + " problems in the request";
        return new ProblemException(ProblemKind.INVALID_INPUT, detail, violations);
    }

    /** 400: malformed input whose shape a rule defines (e.g. the NIP structure, ORG-03). */
    public static ProblemException invalidByRule(String ruleId, String article, String field, String message) {
        return new ProblemException(ProblemKind.INVALID_INPUT, ruleId + ": " + message,
                List.of(Violation.ofRule(ruleId, article, field, message)));
    }

    /** 422: a regulation rule refuses the command. */
    public static ProblemException rule(String ruleId, String article, String field, String message) {
        return new ProblemException(ProblemKind.RULE_VIOLATION, ruleId + ": " + message,
                List.of(Violation.ofRule(ruleId, article, field, message)));
    }

    /** 422: several rule failures at once (e.g. each failed eligibility criterion). */
    public static ProblemException rules(String detail, List<Violation> violations) {
        return new ProblemException(ProblemKind.RULE_VIOLATION, detail, violations);
    }

    /** 403: the caller is not the competent official; {@code whoMay} names who is. */
    public static ProblemException forbidden(String message, String whoMay) {
        return new ProblemException(ProblemKind.FORBIDDEN, message + (whoMay == null ? "" : " Who may: " + whoMay + "."));
    }

    /** 403 citing the rule that names the competent official. */
    public static ProblemException forbidden(String ruleId, String article, String message) {
        return new ProblemException(ProblemKind.FORBIDDEN, message,
                List.of(Violation.ofRule(ruleId, article, null, message)));
    }

    public static ProblemException notFound(String what, String id) {
        return new ProblemException(ProblemKind.NOT_FOUND, what + " " + id + " does not exist");
    }

    public static ProblemException conflict(String message) {
        return new ProblemException(ProblemKind.CONFLICT, message);
    }

    /** The local replica does not know {@code what} yet; the caller should retry in a moment. */
    public static ProblemException notYetKnown(String what, String id) {
        return new ProblemException(ProblemKind.FACT_NOT_YET_KNOWN,
                what + " " + id + " is not known to this service yet (replicas are updated from Kafka); retry shortly");
    }
}
