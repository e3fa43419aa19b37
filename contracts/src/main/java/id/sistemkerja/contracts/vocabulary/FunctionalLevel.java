package id.sistemkerja.contracts.vocabulary;

/** Jenjang of a Jabatan Fungsional (ORG-02): keahlian and keterampilan categories, each ordered by seniority. */
public enum FunctionalLevel {
    AHLI_UTAMA(Category.KEAHLIAN, 4),
    AHLI_MADYA(Category.KEAHLIAN, 3),
    AHLI_MUDA(Category.KEAHLIAN, 2),
    AHLI_PERTAMA(Category.KEAHLIAN, 1),
    PENYELIA(Category.KETERAMPILAN, 4),
    MAHIR(Category.KETERAMPILAN, 3),
    TERAMPIL(Category.KETERAMPILAN, 2),
    PEMULA(Category.KETERAMPILAN, 1);

    public enum Category { KEAHLIAN, KETERAMPILAN }

    private final Category category;
    private final int seniority;

    FunctionalLevel(Category category, int seniority) {
        this.category = category;
        this.seniority = seniority;
    }

    public Category category() {
        return category;
    }

    /** True when this level is in the same category and at least as senior as {@code other}. */
    public boolean isAtLeast(FunctionalLevel other) {
        return category == other.category && seniority >= other.seniority;
    }
}
