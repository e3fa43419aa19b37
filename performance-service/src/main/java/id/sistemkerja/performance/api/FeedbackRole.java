package id.sistemkerja.performance.api;

/**
 * In which capacity someone gives feedback (umpan balik) or appraisal input on an employee's performance (PERF-02,
 * PERF-05).
 */
public enum FeedbackRole {
    /** Pejabat Penilai Kinerja, incl. a delegate. */
    APPRAISER,
    /** Head of the employee's unit or of a unit above it on its review chain (Level II / Level I). */
    UNIT_HEAD,
    /** Ketua tim of a work role of the employee (team-service, or recorded here). */
    TEAM_LEAD,
    /** The official who gave the employee a special assignment (penugasan khusus), or the owning unit's head. */
    SPECIAL_ASSIGNMENT
}
