package id.sistemkerja.performance.command.rules;

import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static id.sistemkerja.contracts.vocabulary.Predikat.BAIK;
import static id.sistemkerja.contracts.vocabulary.Predikat.BUTUH_PERBAIKAN;
import static id.sistemkerja.contracts.vocabulary.Predikat.KURANG_MISCONDUCT;
import static id.sistemkerja.contracts.vocabulary.Predikat.SANGAT_BAIK;
import static id.sistemkerja.contracts.vocabulary.Predikat.SANGAT_KURANG;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * PERF-06c under perf-rules version 2: the rounding of every limit is data (SE MenPANRB 3/2023). A maximum is never
 * exceeded (DOWN), a minimum is the nearest person (HALF_UP), a minimum that must be present ("harus ada") is at least
 * one person. Each organisation predikat row at unit sizes 1, 5, 11 and 40: the persons each limit allows or
 * requires, and the distribution just inside and just outside.
 */
class DistributionRoundingTest {

    private static final PerfRuleSet.Distribution V2 = PerfRuleSetLoader
            .load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION)).version(2).orElseThrow().distribution();
    private static final int[] SIZES = {1, 5, 11, 40};

    private static Map<Predikat, Integer> counts(Object... pairs) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (int i = 0; i < pairs.length; i += 2) {
            if ((Integer) pairs[i + 1] > 0) {
                counts.merge((Predikat) pairs[i], (Integer) pairs[i + 1], Integer::sum);
            }
        }
        return counts;
    }

    /** The persons each limit of the row allows (maxima) or requires (minima) in a unit of {@code n}. */
    private static List<Integer> persons(OrganisationRating rating, int n) {
        return DistributionCheck.check(rating, counts(BAIK, n), V2).stream()
                .map(DistributionCheck.Finding::allowed).toList();
    }

    private static List<String> violations(OrganisationRating rating, Map<Predikat, Integer> counts) {
        return DistributionCheck.violations(rating, counts, V2);
    }

    @Test
    @DisplayName("PERF-06c ISTIMEWA (SE MenPANRB 3/2023, perf-rules v2): SANGAT_BAIK at most 70% rounded down: 0, 3, 7, "
            + "28 of 1, 5, 11, 40; one more fails")
    void istimewa() {
        int[] max = {0, 3, 7, 28};
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(persons(OrganisationRating.ISTIMEWA, n)).as("n=" + n).containsExactly(max[i]);
            assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, max[i], BAIK, n - max[i])))
                    .as("n=" + n).isEmpty();
            assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, max[i] + 1, BAIK, n - max[i] - 1)))
                    .as("n=" + n).hasSize(1);
        }
        assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, 4, BAIK, 1)))
                .containsExactly("SANGAT_BAIK 4 of 5 = 80% > 70% (at most 3 of 5 with rounding DOWN)");
    }

    @Test
    @DisplayName("PERF-06c BAIK (SE MenPANRB 3/2023, perf-rules v2): BAIK at most 70% rounded down (0, 3, 7, 28: 4 of 5 "
            + "= 80% no longer passes) and at least one BUTUH_PERBAIKAN or KURANG_MISCONDUCT at every size")
    void baik() {
        int[] max = {0, 3, 7, 28};
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(persons(OrganisationRating.BAIK, n)).as("n=" + n).containsExactly(max[i], 1);
            int rest = n - max[i] - 1;
            assertThat(violations(OrganisationRating.BAIK, counts(BAIK, max[i], BUTUH_PERBAIKAN, 1, SANGAT_BAIK, rest)))
                    .as("n=" + n).isEmpty();
            assertThat(violations(OrganisationRating.BAIK, counts(BAIK, max[i] + 1, BUTUH_PERBAIKAN, n - max[i] - 1)))
                    .as("n=" + n).isNotEmpty();
        }
        assertThat(violations(OrganisationRating.BAIK, counts(BAIK, 4, BUTUH_PERBAIKAN, 1)))
                .containsExactly("BAIK 4 of 5 = 80% > 70% (at most 3 of 5 with rounding DOWN)");
        assertThat(violations(OrganisationRating.BAIK, counts(BAIK, 28, SANGAT_BAIK, 12)))
                .containsExactly("BUTUH_PERBAIKAN + KURANG_MISCONDUCT 0 of 40 < at least 1");
    }

    @Test
    @DisplayName("PERF-06c BUTUH_PERBAIKAN (SE MenPANRB 3/2023, perf-rules v2): BUTUH_PERBAIKAN at least 60% to the "
            + "nearest person (1, 3, 7, 24 of 1, 5, 11, 40), SANGAT_BAIK at most 10% rounded down (0, 0, 1, 4)")
    void butuhPerbaikan() {
        int[] min = {1, 3, 7, 24};
        int[] max = {0, 0, 1, 4};
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(persons(OrganisationRating.BUTUH_PERBAIKAN, n)).as("n=" + n).containsExactly(min[i], max[i]);
            Map<Predikat, Integer> inside = counts(BUTUH_PERBAIKAN, min[i], SANGAT_BAIK, max[i],
                    BAIK, n - min[i] - max[i]);
            assertThat(violations(OrganisationRating.BUTUH_PERBAIKAN, inside)).as("n=" + n).isEmpty();
            assertThat(violations(OrganisationRating.BUTUH_PERBAIKAN, counts(BUTUH_PERBAIKAN, min[i] - 1,
                    SANGAT_BAIK, max[i], BAIK, n - min[i] - max[i] + 1))).as("n=" + n).hasSize(1);
        }
        assertThat(violations(OrganisationRating.BUTUH_PERBAIKAN, counts(BUTUH_PERBAIKAN, 4, SANGAT_BAIK, 1)))
                .containsExactly("SANGAT_BAIK 1 of 5 = 20% > 10% (at most 0 of 5 with rounding DOWN)");
    }

    @Test
    @DisplayName("PERF-06c KURANG (SE MenPANRB 3/2023, perf-rules v2): KURANG_MISCONDUCT at least 60% (1, 3, 7, 24), "
            + "BUTUH_PERBAIKAN at least 10% to the nearest person (0, 1, 1, 4), SANGAT_BAIK at most 10% (0, 0, 1, 4)")
    void kurang() {
        int[] km = {1, 3, 7, 24};
        int[] bp = {0, 1, 1, 4};
        int[] sb = {0, 0, 1, 4};
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(persons(OrganisationRating.KURANG, n)).as("n=" + n).containsExactly(km[i], bp[i], sb[i]);
            Map<Predikat, Integer> inside = counts(KURANG_MISCONDUCT, km[i], BUTUH_PERBAIKAN, bp[i],
                    SANGAT_BAIK, sb[i], BAIK, n - km[i] - bp[i] - sb[i]);
            assertThat(violations(OrganisationRating.KURANG, inside)).as("n=" + n).isEmpty();
            assertThat(violations(OrganisationRating.KURANG, counts(KURANG_MISCONDUCT, km[i] - 1, BUTUH_PERBAIKAN,
                    bp[i], SANGAT_BAIK, sb[i], BAIK, n - km[i] - bp[i] - sb[i] + 1))).as("n=" + n).hasSize(1);
        }
    }

    @Test
    @DisplayName("PERF-06c SANGAT_KURANG (SE MenPANRB 3/2023, perf-rules v2): SANGAT_KURANG at least 60% (1, 3, 7, 24), "
            + "KURANG_MISCONDUCT/BUTUH_PERBAIKAN must be present (harus ada): at least one person (1, 1, 1, 4), no "
            + "SANGAT_BAIK; a unit of 1 cannot meet both minima and is refused with the numbers")
    void sangatKurang() {
        int[] sk = {1, 3, 7, 24};
        int[] kmBp = {1, 1, 1, 4};
        for (int i = 0; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(persons(OrganisationRating.SANGAT_KURANG, n)).as("n=" + n).containsExactly(sk[i], kmBp[i], 0);
        }
        for (int i = 1; i < SIZES.length; i++) {
            int n = SIZES[i];
            assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(SANGAT_KURANG, sk[i], KURANG_MISCONDUCT,
                    kmBp[i], BAIK, n - sk[i] - kmBp[i]))).as("n=" + n).isEmpty();
            assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(SANGAT_KURANG, n - kmBp[i] + 1,
                    KURANG_MISCONDUCT, kmBp[i] - 1))).as("n=" + n).hasSize(1);
        }
        // 10% of 4 is 0.4: version 1 required nobody; "harus ada" requires one
        assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(SANGAT_KURANG, 4)))
                .containsExactly("KURANG_MISCONDUCT + BUTUH_PERBAIKAN 0 of 4 = 0% < 10% (at least 1 of 4 with rounding "
                        + "HALF_UP, at least one person)");
        assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(SANGAT_KURANG, 1))).hasSize(1);
        assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(KURANG_MISCONDUCT, 1))).hasSize(1);
    }

    @Test
    @DisplayName("PERF-06c version 1 stays loaded with its reading (maxima rounded half up: 4 of 5 BAIK passed), so the "
            + "decisions recorded under it remain explained")
    void versionOneKept() {
        PerfRuleSet.Distribution v1 = PerfRuleSetLoader.load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION)).version(1)
                .orElseThrow().distribution();
        assertThat(DistributionCheck.violations(OrganisationRating.BAIK, counts(BAIK, 4, BUTUH_PERBAIKAN, 1), v1))
                .isEmpty();
        assertThat(V2.rounding()).isEqualTo(PerfRuleSet.Rounding.PER_LIMIT);
    }
}
