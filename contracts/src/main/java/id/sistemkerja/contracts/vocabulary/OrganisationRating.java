package id.sistemkerja.contracts.vocabulary;

/**
 * Organisation (unit) predikat (predikat kinerja organisasi, SE MenPANRB 3/2023, PERF-06): bounds how the unit's
 * employee predikat may be distributed. Declared best to worst.
 */
public enum OrganisationRating {
    ISTIMEWA, BAIK, BUTUH_PERBAIKAN, KURANG, SANGAT_KURANG
}
