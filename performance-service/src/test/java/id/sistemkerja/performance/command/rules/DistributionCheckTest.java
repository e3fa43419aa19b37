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

/** The five rows of the distribution table (SE MenPANRB 3/2023, PERFORMANCE.md PERF-06c) under perf-rules v1. */
class DistributionCheckTest {

    private static final PerfRuleSet.Distribution V1 = PerfRuleSetLoader
            .load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION)).version(1).orElseThrow().distribution();

    private static Map<Predikat, Integer> counts(Object... pairs) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (int i = 0; i < pairs.length; i += 2) {
            counts.put((Predikat) pairs[i], (Integer) pairs[i + 1]);
        }
        return counts;
    }

    private static List<String> violations(OrganisationRating rating, Map<Predikat, Integer> counts) {
        return DistributionCheck.violations(rating, counts, V1);
    }

    @Test
    @DisplayName("PERF-06c ISTIMEWA: SANGAT_BAIK 7 of 10 passes; 8 of 10 = 80% > 70% fails")
    void istimewa() {
        assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, 7, BAIK, 3))).isEmpty();
        assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, 8, BAIK, 2)))
                .containsExactly("SANGAT_BAIK 8 of 10 = 80% > 70% (at most 7 of 10 with rounding NEAREST_WHOLE_PERSON)");
    }

    @Test
    @DisplayName("PERF-06c BAIK: BAIK at most 70% and at least one BUTUH_PERBAIKAN/KURANG_MISCONDUCT; BAIK 9 of 11 = 82% > 70% fails")
    void baik() {
        assertThat(violations(OrganisationRating.BAIK, counts(BAIK, 8, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 2)))
                .isEmpty();
        List<String> failed = violations(OrganisationRating.BAIK, counts(BAIK, 9, SANGAT_BAIK, 2));
        assertThat(failed).hasSize(2);
        assertThat(failed.get(0)).startsWith("BAIK 9 of 11 = 82% > 70%");
        assertThat(failed.get(1)).isEqualTo("BUTUH_PERBAIKAN + KURANG_MISCONDUCT 0 of 11 < at least 1");
    }

    @Test
    @DisplayName("PERF-06c BUTUH_PERBAIKAN: BUTUH_PERBAIKAN at least 60%, SANGAT_BAIK at most 10%")
    void butuhPerbaikan() {
        assertThat(violations(OrganisationRating.BUTUH_PERBAIKAN,
                counts(BUTUH_PERBAIKAN, 6, SANGAT_BAIK, 1, BAIK, 3))).isEmpty();
        assertThat(violations(OrganisationRating.BUTUH_PERBAIKAN, counts(BUTUH_PERBAIKAN, 5, SANGAT_BAIK, 2, BAIK, 3)))
                .containsExactly(
                        "BUTUH_PERBAIKAN 5 of 10 = 50% < 60% (at least 6 of 10 with rounding NEAREST_WHOLE_PERSON)",
                        "SANGAT_BAIK 2 of 10 = 20% > 10% (at most 1 of 10 with rounding NEAREST_WHOLE_PERSON)");
    }

    @Test
    @DisplayName("PERF-06c KURANG: KURANG_MISCONDUCT at least 60%, BUTUH_PERBAIKAN at least 10%, SANGAT_BAIK at most 10%")
    void kurang() {
        assertThat(violations(OrganisationRating.KURANG,
                counts(KURANG_MISCONDUCT, 6, BUTUH_PERBAIKAN, 1, SANGAT_BAIK, 1, BAIK, 2))).isEmpty();
        assertThat(violations(OrganisationRating.KURANG, counts(KURANG_MISCONDUCT, 6, BAIK, 4)))
                .containsExactly("BUTUH_PERBAIKAN 0 of 10 = 0% < 10% (at least 1 of 10 with rounding "
                        + "NEAREST_WHOLE_PERSON)");
    }

    @Test
    @DisplayName("PERF-06c SANGAT_KURANG: SANGAT_KURANG at least 60%, KURANG_MISCONDUCT/BUTUH_PERBAIKAN at least 10%, no SANGAT_BAIK")
    void sangatKurang() {
        assertThat(violations(OrganisationRating.SANGAT_KURANG,
                counts(SANGAT_KURANG, 6, KURANG_MISCONDUCT, 1, BAIK, 3))).isEmpty();
        assertThat(violations(OrganisationRating.SANGAT_KURANG, counts(SANGAT_KURANG, 6, KURANG_MISCONDUCT, 3,
                SANGAT_BAIK, 1)))
                .containsExactly("SANGAT_BAIK 1 of 10 = 10% > 0% (at most 0 of 10 with rounding NEAREST_WHOLE_PERSON)");
    }

    @Test
    @DisplayName("PERF-06c small units: rounding to whole persons is explicit (ISTIMEWA with one employee may have them SANGAT_BAIK)")
    void rounding() {
        assertThat(V1.rounding()).isEqualTo(PerfRuleSet.Rounding.NEAREST_WHOLE_PERSON);
        assertThat(violations(OrganisationRating.ISTIMEWA, counts(SANGAT_BAIK, 1))).isEmpty();
        assertThat(DistributionCheck.persons(70, 1, true, PerfRuleSet.Rounding.STRICT)).isZero();
        assertThat(DistributionCheck.persons(60, 2, false, PerfRuleSet.Rounding.STRICT)).isEqualTo(2);
        assertThat(DistributionCheck.persons(60, 2, false, PerfRuleSet.Rounding.LENIENT)).isEqualTo(1);
    }
}
