package id.sistemkerja.org.importing.job;

/** What became of one row. */
public enum RowOutcome {
    /** The row's act was recorded by this job. */
    IMPORTED,
    /** The record exists already with the row's values (an earlier import, or the API): nothing was recorded. */
    ALREADY_IMPORTED,
    /** Dry run: the act would be recorded. */
    VALID,
    /** The row was refused; its problems say why. Nothing was recorded for it. */
    FAILED
}
