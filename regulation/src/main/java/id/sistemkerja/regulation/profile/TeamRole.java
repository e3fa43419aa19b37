package id.sistemkerja.regulation.profile;

/** Roles in a work team (tim kerja). */
public enum TeamRole {
    /** Ketua Tim. */
    LEAD,
    /** Koordinator Tim Kerja (TEAM-06). */
    COORDINATOR,
    /** Anggota Tim. */
    MEMBER
}
