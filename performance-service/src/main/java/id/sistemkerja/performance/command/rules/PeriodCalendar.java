package id.sistemkerja.performance.command.rules;

import id.sistemkerja.performance.command.PerfRule;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Evaluation periods (PERF-07): the annual period {@code TAHUNAN} and the periodic ones of the rule set's cadence,
 * named as the regulation's forms name them ({@code TRIWULAN_I} … {@code TRIWULAN_IV} for quarters;
 * {@code SEMESTER_I}, {@code CATURWULAN_I}, {@code DWIBULAN_I}, {@code BULAN_I} … for other lengths).
 */
public final class PeriodCalendar {

    public static final String ANNUAL = "TAHUNAN";
    private static final Map<Integer, String> NAMES = Map.of(1, "BULAN", 2, "DWIBULAN", 3, "TRIWULAN",
            4, "CATURWULAN", 6, "SEMESTER");
    private static final String[] NUMERALS = {"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI",
            "XII"};

    /** A period of a year: its code and first and last day. */
    public record Period(int year, String code, LocalDate start, LocalDate end) {

        public boolean annual() {
            return ANNUAL.equals(code);
        }

        /** Evaluation opens on the first day of the period's last month (PERF-07). */
        public LocalDate opensOn() {
            return end.withDayOfMonth(1);
        }
    }

    private PeriodCalendar() {
    }

    /** The period codes of a year under {@code periodicMonths}, periodic first, then {@code TAHUNAN}. */
    public static List<String> codes(int periodicMonths) {
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < 12 / periodicMonths; i++) {
            codes.add(NAMES.get(periodicMonths) + "_" + NUMERALS[i]);
        }
        codes.add(ANNUAL);
        return codes;
    }

    /** The period {@code code} of {@code year}; 400 naming the valid codes when it is not one. */
    public static Period period(int year, String code, PerfRuleSet rules) {
        if (year < 2000 || year > 2100) {
            throw PerfRule.PERF_07.invalid("year", "year must be a calendar year, not " + year);
        }
        int months = rules.cadence().periodicMonths();
        List<String> codes = codes(months);
        int index = codes.indexOf(code);
        if (index < 0) {
            throw PerfRule.PERF_07.invalid("period", "period must be one of " + codes + " (rule set " + rules.ref()
                    + ": periodic evaluations every " + months + " months), not " + code);
        }
        if (ANNUAL.equals(code)) {
            return new Period(year, code, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }
        LocalDate start = LocalDate.of(year, 1 + index * months, 1);
        return new Period(year, code, start, start.plusMonths(months).minusDays(1));
    }
}
