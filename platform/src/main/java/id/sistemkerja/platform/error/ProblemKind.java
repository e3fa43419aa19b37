package id.sistemkerja.platform.error;

/** The kinds of refusal the API reports, each with its HTTP status and problem type slug (RFC 9457). */
public enum ProblemKind {
    INVALID_INPUT(400, "invalid-input", "The request is not valid"),
    FORBIDDEN(403, "forbidden", "You may not do this"),
    NOT_FOUND(404, "not-found", "Not found"),
    CONFLICT(409, "conflict", "Conflicts with the current state"),
    /** A fact from another service has not reached this service's replica yet: retry shortly. */
    FACT_NOT_YET_KNOWN(409, "fact-not-yet-known", "A needed fact is not known yet; retry shortly"),
    RULE_VIOLATION(422, "rule-violation", "Refused by a regulation rule");

    private final int status;
    private final String slug;
    private final String title;

    ProblemKind(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public String title() {
        return title;
    }
}
