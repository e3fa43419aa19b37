package id.sistemkerja.performance.command.rules;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PerfRuleSetLoaderTest {

    private static String v1() throws IOException {
        try (var in = PerfRuleSetLoaderTest.class.getResourceAsStream("/perf-rules/v1.yml")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    @DisplayName("PERF-06/07/09/10 the rule set is data: perf-rules v2 (in force, correcting v1's readings of the same "
            + "sources) loads with the distribution table, cadence, objection days from receipt and credit percentages; "
            + "v1 stays loaded")
    void loadsVersions() {
        PerfRuleSets sets = PerfRuleSetLoader.load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION));
        PerfRuleSet v2 = sets.inForce(LocalDate.of(2024, 6, 1));
        assertThat(v2.ref()).isEqualTo("perf-rules@2");
        assertThat(v2.objection().fromReceipt()).isTrue();
        assertThat(v2.objection().explanationDays()).isEqualTo(7);
        assertThat(v2.objection().explanationCitation()).isEqualTo("PP 30/2019 Pasal 59(3)");
        PerfRuleSet v1 = sets.version(1).orElseThrow();
        assertThat(v1.objection().fromReceipt()).isFalse();
        assertThat(v1.objection().explanationsRequired()).isFalse();
        assertThat(v2.cadence().periodicMonths()).isEqualTo(3);
        assertThat(v2.objection().days()).isEqualTo(14);
        assertThat(v2.distribution().onViolation()).isEqualTo(PerfRuleSet.OnViolation.BLOCK);
        assertThat(v2.distribution().limits()).containsOnlyKeys(OrganisationRating.values());
        assertThat(v2.functionalCredit().percentages()).containsEntry(Predikat.SANGAT_BAIK, 150)
                .containsEntry(Predikat.SANGAT_KURANG, 25);
        assertThat(v2.functionalCredit().annualCoefficients()).containsEntry(FunctionalLevel.AHLI_MUDA, 25.0);
        assertThat(v1.distribution().limits()).containsOnlyKeys(OrganisationRating.values());
    }

    @Test
    @DisplayName("an invalid rule set stops loading, naming file, entry and problem")
    void rejectsInvalid() throws IOException {
        String broken = v1().replace("periodicMonths: 3", "periodicMonths: 5")
                .replace("      - {predikat: [SANGAT_BAIK], atMostPercent: 70}",
                        "      - {predikat: [SANGAT_BAIK], atMostPercent: 70, atLeastPercent: 10}");
        assertThatThrownBy(() -> PerfRuleSetLoader.fromSources(List.of(
                new PerfRuleSetLoader.Source("perf-rules/v1.yml", broken))))
                .isInstanceOf(InvalidPerfRulesException.class)
                .satisfies(e -> assertThat(((InvalidPerfRulesException) e).problems()).extracting(
                        InvalidPerfRulesException.Problem::entry)
                        .containsExactly("cadence.periodicMonths", "distribution.limits.ISTIMEWA[0]"));
        assertThatThrownBy(() -> PerfRuleSetLoader.fromSources(List.of(
                new PerfRuleSetLoader.Source("perf-rules/v1.yml", v1().replace("objection:", "objektion:")))))
                .isInstanceOf(InvalidPerfRulesException.class).hasMessageContaining("objektion");
    }

    @Test
    @DisplayName("PERF-07 periodic evaluations: quarters by default (TRIWULAN_I..IV + TAHUNAN), configurable months")
    void cadence() throws IOException {
        PerfRuleSet v1 = PerfRuleSetLoader.load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION)).version(1).orElseThrow();
        PeriodCalendar.Period q2 = PeriodCalendar.period(2024, "TRIWULAN_II", v1);
        assertThat(q2.start()).isEqualTo(LocalDate.of(2024, 4, 1));
        assertThat(q2.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(PeriodCalendar.period(2024, "TAHUNAN", v1).end()).isEqualTo(LocalDate.of(2024, 12, 31));
        PerfRuleSet semesters = PerfRuleSetLoader.fromSources(List.of(new PerfRuleSetLoader.Source(
                "perf-rules/v1.yml", v1().replace("periodicMonths: 3", "periodicMonths: 6")))).version(1).orElseThrow();
        assertThat(PeriodCalendar.codes(6)).containsExactly("SEMESTER_I", "SEMESTER_II", "TAHUNAN");
        assertThat(PeriodCalendar.period(2024, "SEMESTER_II", semesters).start()).isEqualTo(LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> PeriodCalendar.period(2024, "TRIWULAN_I", semesters))
                .hasMessageContaining("SEMESTER_I");
    }
}
