package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The answer of a regulation profile to one question: the {@link Verdict}, the typed outcome (who issues, who may be
 * asked, ...), the {@link DecisionBasis} to store in the decision event, the citations of every rule applied and, for
 * a refusal, each failed criterion with its article. Never a bare boolean.
 *
 * <pre>{@code
 * Decision<OrderIssuer> issuer = profile.orderIssuer(AssignmentScope.CROSS_DEPARTMENT, AssignmentForm.INDIVIDUAL);
 * OrderIssuer who = issuer.orElseThrow("scope");        // 422 naming ASG-02 when the scope does not exist here
 * ... new AssignmentOrderIssuedEvent(..., issuer.basis());
 * }</pre>
 *
 * @param outcome null unless the verdict is {@link Verdict#ALLOWED}
 */
public record Decision<T>(Verdict verdict, T outcome, DecisionBasis basis, List<Citation> citations,
                          List<FailedCriterion> failures) {

    public Decision {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(basis, "basis");
        citations = List.copyOf(citations);
        failures = List.copyOf(failures);
        if (verdict == Verdict.REFUSED && failures.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one failed criterion");
        }
    }

    public boolean isAllowed() {
        return verdict == Verdict.ALLOWED;
    }

    public boolean isRefused() {
        return verdict == Verdict.REFUSED;
    }

    /**
     * The outcome of an allowed decision. A refusal becomes a 422 {@link ProblemException} with one violation per
     * failed criterion (rule id, article, message) on {@code field}; {@link Verdict#NOT_APPLICABLE} returns null.
     */
    public T orElseThrow(String field) {
        if (verdict == Verdict.REFUSED) {
            throw toProblem(field);
        }
        return outcome;
    }

    /** A refusal as problem+json violations on {@code field} (one per failed criterion). */
    public List<Violation> violations(String field) {
        return failures.stream()
                .map(f -> Violation.ofRule(f.ruleId(), f.citation().text(), field, f.message()))
                .toList();
    }

    /**
     * The citation the decision rests on: the article of the agency's regulation for the rule asked (its first
     * citation; e.g. the ASG-05 row that names the issuer, the TEAM-04 entry of the profile).
     */
    public Citation citation() {
        if (citations.isEmpty()) {
            throw new IllegalStateException("Decision under " + basis.profile() + " cites nothing");
        }
        return citations.get(0);
    }

    /** {@link #citation()} as problem+json shows it, e.g. {@code Perwal Serang 23/2023 Pasal 8(1)}. */
    public String article() {
        return citation().text();
    }

    /** Every citation of the decision on one line (a rule whose text the profile reads from two articles). */
    public String articles() {
        return citations.stream().map(Citation::text).collect(Collectors.joining("; "));
    }

    /** The rule this decision answers, cited by {@link #citation()}. */
    public Grounds grounds() {
        return Grounds.of(this);
    }

    /** 422: the rule this decision answers ({@link #citation()}) refuses the act, on {@code field}. */
    public ProblemException refusal(String field, String message) {
        return grounds().refusal(field, message);
    }

    /** 403: the rule this decision answers names who is competent, and the caller is not. */
    public ProblemException forbidden(String message) {
        return grounds().forbidden(message);
    }

    /** The refusal as a 422 problem naming every failed criterion. */
    public ProblemException toProblem(String field) {
        String rules = failures.stream().map(FailedCriterion::ruleId).distinct().collect(Collectors.joining(", "));
        String detail = rules + ": " + failures.stream().map(FailedCriterion::message)
                .collect(Collectors.joining("; ")) + " (profile " + basis.profileId() + "@" + basis.version() + ")";
        return ProblemException.rules(detail, violations(field));
    }
}
