package id.sistemkerja.team.api;

/** Where a work team (tim kerja) is in its life (TEAM-04, TEAM-07, TEAM-12). */
public enum TeamStatus {
    /** Proposed by the unit head; awaits the verification board's recommendation (Tim Verifikasi, TEAM-04). */
    AWAITING_VERIFICATION,
    /** Returned by the verification board with a reason; the unit head may resubmit. */
    RETURNED,
    /** Ready for the establishing decree (verified, or no verification under the profile). */
    AWAITING_DECREE,
    /** Established by decree (SK pembentukan tim); active during its period. */
    ESTABLISHED,
    /** Dissolved by a recorded act (TEAM-12). */
    DISSOLVED,
    /** Ended at the end of its period (TEAM-12). */
    ENDED
}
