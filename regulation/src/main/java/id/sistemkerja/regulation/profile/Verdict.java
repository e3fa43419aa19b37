package id.sistemkerja.regulation.profile;

/** The answer of a {@link Decision}. */
public enum Verdict {
    /** The act is allowed / the candidate is eligible; the decision's outcome says how (e.g. who issues). */
    ALLOWED,
    /** The act is refused / the candidate is not eligible; the decision lists each failed criterion. */
    REFUSED,
    /** The profile has no such rule (e.g. ORG-11 coordination outside Bekasi): nothing to enforce, no outcome. */
    NOT_APPLICABLE
}
