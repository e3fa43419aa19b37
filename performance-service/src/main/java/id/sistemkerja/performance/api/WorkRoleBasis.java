package id.sistemkerja.performance.api;

/** What gave an employee a role in a unit's results (PERF-08). */
public enum WorkRoleBasis {
    /** An assignment order (surat perintah tugas), individual. */
    ASSIGNMENT_ORDER,
    /** Membership of a work team (tim kerja). */
    WORK_TEAM,
    /** Another special assignment by an official (penugasan khusus). */
    SPECIAL_ASSIGNMENT
}
