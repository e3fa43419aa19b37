package id.sistemkerja.platform.error;

/**
 * One reason a request or command was refused.
 *
 * @param field   the request field at fault (JSON path such as {@code purpose} or {@code members[2].nip}); null
 *                when the refusal is not about one field
 * @param ruleId  the rule from RULES.md / PERFORMANCE.md (e.g. {@code ASG-07}); null for plain input errors
 * @param article the legal source (e.g. {@code Perwal Bandung 6/2023 Pasal 8(3)}); null when no rule applies
 * @param message what is wrong, in words a caller can act on
 */
public record Violation(String field, String ruleId, String article, String message) {

    public static Violation ofField(String field, String message) {
        return new Violation(field, null, null, message);
    }

    public static Violation ofRule(String ruleId, String article, String field, String message) {
        return new Violation(field, ruleId, article, message);
    }
}
