package id.sistemkerja.performance.api;

/** Continuous feedback to the employee, or input for the appraiser's evaluation (the lead's report, PERF-05). */
public enum FeedbackKind {
    FEEDBACK, APPRAISAL_INPUT
}
