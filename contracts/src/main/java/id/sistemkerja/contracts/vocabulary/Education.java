package id.sistemkerja.contracts.vocabulary;

/**
 * Highest formal education (pendidikan terakhir). {@link #level()} orders them; D-IV (sarjana terapan) stands at the
 * level of S1, as the civil-service rules treat "S1/D-IV" as one threshold.
 */
public enum Education {
    SD(1), SMP(2), SMA(3), D1(4), D2(5), D3(6), D4(7), S1(7), S2(8), S3(9);

    private final int level;

    Education(int level) {
        this.level = level;
    }

    public int level() {
        return level;
    }

    public boolean isAtLeast(Education other) {
        return level >= other.level;
    }
}
