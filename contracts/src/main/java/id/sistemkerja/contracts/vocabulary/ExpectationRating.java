package id.sistemkerja.contracts.vocabulary;

/**
 * Rating of work results (hasil kerja) or work behaviour (perilaku kerja) against the expectation (PermenPANRB 6/2022,
 * PERF-06).
 */
public enum ExpectationRating {
    DI_ATAS_EKSPEKTASI, SESUAI_EKSPEKTASI, DI_BAWAH_EKSPEKTASI
}
