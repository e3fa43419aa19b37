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

    /**
     * PERF-09: days after receiving the result within which an objection may be filed, and the explanations the
     * superior asks for before deciding.
     *
     * @param countsFrom          when the days start: {@link ObjectionStart#RECEIPT} (the day the employee receives
     *                            the result, PP 30/2019 Pasal 59); null or {@link ObjectionStart#FINALISATION} in
     *                            version 1, which counted from the unit's finalisation
     * @param explanationDays     days the appraiser and the employee have to answer the superior's request for
     *                            explanations (Pasal 59(3)); null: no explanation step (version 1)
     * @param explanationCitation the article of the explanation step
     */
    public record Objection(int days, String citation, ObjectionStart countsFrom, String receiptNote,
                            Integer explanationDays, String explanationCitation, String explanationNote) {

        /** The window counts from the recorded receipt of the result. */
        public boolean fromReceipt() {
            return countsFrom == ObjectionStart.RECEIPT;
        }

        /** The superior asks the appraiser and the employee for explanations before deciding. */
        public boolean explanationsRequired() {
            return explanationDays != null;
        }
    }

    public enum ObjectionStart { FINALISATION, RECEIPT }

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
     *
     * @param rounding         how this percentage becomes whole persons; null: the distribution's {@link Rounding}
     * @param atLeastOnePerson a minimum the circular says must be present ("harus ada"): at least one person, however
     *                         small the unit
     */
    public record Limit(List<Predikat> predikat, Integer atMostPercent, Integer atLeastPercent, Integer atLeastCount,
                        LimitRounding rounding, Boolean atLeastOnePerson) {

        public Limit(List<Predikat> predikat, Integer atMostPercent, Integer atLeastPercent, Integer atLeastCount) {
            this(predikat, atMostPercent, atLeastPercent, atLeastCount, null, null);
        }
    }

    /** How one limit's p% of n employees becomes whole persons: rounded down, up, or to the nearest (half up). */
    public enum LimitRounding { DOWN, UP, HALF_UP }

    /** PERF-10: functional credit (angka kredit) conversion of the annual predikat. */
    public record FunctionalCredit(String citation, Map<Predikat, Integer> percentages,
                                   Map<FunctionalLevel, Double> annualCoefficients) {
    }

    public enum OnViolation { BLOCK, WARN }

    /**
     * How {@code p% of n employees} becomes whole persons. {@code NEAREST_WHOLE_PERSON}: rounded half up, for maxima
     * and minima alike (a unit of 1 under ISTIMEWA may have its one employee SANGAT_BAIK: 70% of 1 rounds to 1);
     * {@code STRICT}: maxima rounded down, minima up (the percentage is never exceeded); {@code LENIENT}: maxima up,
     * minima down; {@code PER_LIMIT}: each limit states its own {@link LimitRounding} (version 2).
     */
    public enum Rounding { NEAREST_WHOLE_PERSON, STRICT, LENIENT, PER_LIMIT }

    /** {@code id@version}. */
    public String ref() {
        return id + "@" + version;
    }
}
