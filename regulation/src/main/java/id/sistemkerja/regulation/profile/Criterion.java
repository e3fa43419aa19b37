package id.sistemkerja.regulation.profile;

/** The eligibility criteria a profile can set for a team lead (TEAM-05) or a coordinator (TEAM-06). */
public enum Criterion {
    /** The candidate's position kind is one the rule allows (no value; the entry's {@code positionKinds}). */
    POSITION_KIND,
    /** Highest education at least the value ({@code Education}, e.g. {@code D3}). */
    MIN_EDUCATION,
    /** Competence in the field of the work (kompetensi sesuai bidang pekerjaannya); no value. */
    COMPETENCE_IN_FIELD,
    /** Predikat of the last year at least the value ({@code Predikat}, e.g. {@code BAIK}). */
    MIN_PREDIKAT_LAST_YEAR,
    /** Kelas jabatan at least the value (a number), for Pelaksana. */
    MIN_JOB_CLASS,
    /** Golongan ruang at least the value ({@code Rank}, e.g. {@code III_B}); PPPK have none and fail it. */
    MIN_RANK,
    /** Experience in the field of the position (pengalaman jabatan dalam bidang tugas terkait); no value. */
    EXPERIENCE_IN_FIELD,
    /**
     * Functional level at least the value ({@code FunctionalLevel}, e.g. {@code AHLI_MUDA}); with
     * {@code orEquivalentExperience} also met by work experience equivalent to that position kind.
     */
    MIN_FUNCTIONAL_LEVEL
}
