package id.sistemkerja.regulation.profile;

/**
 * One reason a {@link Decision} was refused, naming the criterion and where the regulation sets it.
 *
 * @param criterion what was checked, e.g. {@code MIN_EDUCATION}, {@code POSITION_KIND}, {@code SCOPE}
 * @param citation  the rule id and article that sets it
 * @param required  what the rule requires, e.g. {@code S1}
 * @param actual    what the facts show, e.g. {@code D3}; null when unknown
 * @param message   the refusal in words, English with the Indonesian term, e.g.
 *                  {@code "education (pendidikan) D3 is below the required S1"}
 */
public record FailedCriterion(String criterion, Citation citation, String required, String actual, String message) {

    public String ruleId() {
        return citation.ruleId();
    }
}
