package id.sistemkerja.performance.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.RegulationRule;

/**
 * A {@link PerfRule} citing the article of the regulation the agency concerned is bound to (issue 12 item 12: a
 * Cilegon refusal cites Perwal Cilegon 17/2023, not the concordant provisions of Bekasi, Bandung and Serang); see
 * {@link DecisionContext#cited}.
 */
public record CitedRule(String id, String article) implements RegulationRule {

    /** 403: the rule names who is competent, and the caller is not; {@code whoMay} is said in the message. */
    public ProblemException forbidden(String message, String whoMay) {
        return forbidden(message + (whoMay == null ? "" : " Who may: " + whoMay + "."));
    }
}
