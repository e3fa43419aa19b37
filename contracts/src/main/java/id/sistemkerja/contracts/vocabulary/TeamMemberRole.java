package id.sistemkerja.contracts.vocabulary;

/** A member's place in a work team (tim kerja), TEAM-01 / TEAM-06. */
public enum TeamMemberRole {
    /** Ketua Tim (team lead). */
    KETUA,
    /** Koordinator Tim Kerja (team coordinator, TEAM-06). */
    KOORDINATOR,
    /** Anggota Tim (team member). */
    ANGGOTA
}
