package id.sistemkerja.contracts.vocabulary;

/** Employee performance predikat (PermenPANRB 6/2022), declared worst to best. */
public enum Predikat {
    SANGAT_KURANG, KURANG_MISCONDUCT, BUTUH_PERBAIKAN, BAIK, SANGAT_BAIK;

    public boolean isAtLeast(Predikat other) {
        return compareTo(other) >= 0;
    }
}
