package id.sistemkerja.contracts.vocabulary;

/** Golongan ruang of a PNS, lowest to highest ({@code III_B} is "III/b"). Declaration order is seniority. */
public enum Rank {
    I_A, I_B, I_C, I_D,
    II_A, II_B, II_C, II_D,
    III_A, III_B, III_C, III_D,
    IV_A, IV_B, IV_C, IV_D, IV_E;

    public boolean isAtLeast(Rank other) {
        return compareTo(other) >= 0;
    }

    /** The legal notation, e.g. {@code III/b}. */
    public String notation() {
        String[] parts = name().split("_");
        return parts[0] + "/" + parts[1].toLowerCase();
    }
}
