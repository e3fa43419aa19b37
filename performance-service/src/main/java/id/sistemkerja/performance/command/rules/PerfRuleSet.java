package id.sistemkerja.performance.command.rules;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One version of the performance rule set ({@code perf-rules}), read from {@code perf-rules/v<version>.yml}: the
 * numbers PERFORMANCE.md marks as coming from circulars or needing a local choice, so an agency corrects them as data.
 * Every rating decision records the id and version it was taken under. Validated by {@link PerfRuleSetLoader}.
 *
 * @param effectiveFrom first day this version decides (the version with the latest such day on or before the decision
 *                      date is in force)
 */
public record PerfRuleSet(String id, int version, LocalDate effectiveFrom, String title, List<Source> sources,
                          Cadence cadence, Objection objection,
                          Map<OrganisationRating, ExpectationRating> unitHeadWorkResult, Distribution distribution,
                          FunctionalCredit functionalCredit) {

    /** A regulation or circular the numbers come from. */
    public record Source(String code, String name) {
    }

    /** PERF-07: length of the periodic evaluation in months (3 = quarters, TRIWULAN_I … IV). */
    public record Cadence(int periodicMonths, String citation) {
    }

    /** PERF-09: days after receiving the result within which an objection may be filed. */
    public record Objection(int days, String citation) {
    }

    /**
     * PERF-06c: limits on the distribution of the employees' predikat per organisation rating (SE MenPANRB 3/2023).
     *
     * @param onViolation {@code BLOCK}: finalisation is refused with the violations; {@code WARN}: finalised with
     *                    the violations recorded
     * @param rounding    how a percentage limit becomes a number of persons (see {@link Rounding})
     */
    public record Distribution(String citation, OnViolation onViolation, Rounding rounding, String roundingNote,
                               Map<OrganisationRating, List<Limit>> limits) {
    }

    /**
     * One limit on the share of employees whose predikat is one of {@code predikat}; exactly one of the three bounds.
     */
    public record Limit(List<Predikat> predikat, Integer atMostPercent, Integer atLeastPercent, Integer atLeastCount) {
    }

    /** PERF-10: functional credit (angka kredit) conversion of the annual predikat. */
    public record FunctionalCredit(String citation, Map<Predikat, Integer> percentages,
                                   Map<FunctionalLevel, Double> annualCoefficients) {
    }

    public enum OnViolation { BLOCK, WARN }

    /**
     * How {@code p% of n employees} becomes whole persons. {@code NEAREST_WHOLE_PERSON}: rounded half up, for maxima
     * and minima alike (a unit of 1 under ISTIMEWA may have its one employee SANGAT_BAIK: 70% of 1 rounds to 1);
     * {@code STRICT}: maxima rounded down, minima up (the percentage is never exceeded); {@code LENIENT}: maxima up,
     * minima down.
     */
    public enum Rounding { NEAREST_WHOLE_PERSON, STRICT, LENIENT }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }
}
