package id.sistemkerja.regulation.profile;

/**
 * An official (or body) a rule names, relative to the case at hand: the employee concerned (E) sits in a home unit;
 * the unit that owns the performance target (pemilik kinerja) is the owning unit, which is also the target of a
 * voluntary application. Within one unit, the home and the owning unit are the same.
 */
public enum Official {
    /** Pejabat Penilai Kinerja of the employee concerned (ORG-04). */
    APPRAISER("appraiser (Pejabat Penilai Kinerja)"),
    /** Head of the employee's own unit (Pimpinan Unit Organisasi). */
    UNIT_HEAD("unit head (Pimpinan Unit Organisasi)"),
    /** Pejabat Level I above the employee's own unit. */
    LEVEL_ONE("Level I official (Pejabat Level I)"),
    /** Head of the unit that owns the performance target (Pimpinan Unit Organisasi pemilik kinerja). */
    OWNING_UNIT_HEAD("head of the owning unit (Pimpinan Unit Organisasi pemilik kinerja)"),
    /** Pejabat Level I of the unit that owns the performance target. */
    OWNING_LEVEL_ONE("Level I official of the owning unit (Pejabat Level I pemilik kinerja)"),
    /** Kepala Perangkat Daerah of the department concerned. */
    HEAD_OF_DEPARTMENT("head of department (Kepala Perangkat Daerah)"),
    /** Sekretaris Daerah. */
    REGIONAL_SECRETARY("regional secretary (Sekretaris Daerah)"),
    /** Pejabat Pembina Kepegawaian. */
    STAFFING_AUTHORITY("staffing authority (Pejabat Pembina Kepegawaian, PPK)"),
    /** Pejabat yang Berwenang. */
    AUTHORIZED_OFFICIAL("authorized official (Pejabat yang Berwenang, PyB)"),
    /** Wali Kota / Bupati. */
    MAYOR("mayor (Wali Kota)"),
    /** Bandung's Tim Verifikasi (TEAM-04). */
    VERIFICATION_BOARD("verification board (Tim Verifikasi)"),
    /** Ketua Tim of the team concerned. */
    TEAM_LEAD("team lead (Ketua Tim)"),
    /** Whoever gave the assignment (pemberi tugas), reported to up the hierarchy in Serang (RPT-01). */
    ASSIGNER("assigner (pemberi tugas)"),
    /** The structural official in charge of the function, where a unit has no job map yet (ORG-07, Serang). */
    STRUCTURAL_OFFICIAL_IN_CHARGE("structural official in charge of the function (pejabat struktural sesuai tugas dan fungsi)");

    private final String label;

    Official(String label) {
        this.label = label;
    }

    /** English name with the legal Indonesian term, for messages and API documentation. */
    public String label() {
        return label;
    }
}
