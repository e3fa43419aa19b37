package id.sistemkerja.performance.command.rules;

import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.command.rules.PerfRuleSet.Limit;
import id.sistemkerja.performance.command.rules.PerfRuleSet.Rounding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The distribution limits of an organisation rating applied to a unit's employee predikat (SE MenPANRB 3/2023,
 * PERF-06c). Each limit is reported with the exact numbers, e.g. {@code BAIK 9 of 11 = 82% > 70%}, and the whole
 * persons the rule set's rounding allows.
 */
public final class DistributionCheck {

    /** One limit as applied: the persons counted, the persons the limit allows or requires, and whether it holds. */
    public record Finding(String predikat, String bound, int percent, int count, int employees, int allowed,
                          boolean holds, String text) {
    }

    private DistributionCheck() {
    }

    /** Every limit of {@code organisationRating}, applied to {@code counts}. */
    public static List<Finding> check(OrganisationRating organisationRating, Map<Predikat, Integer> counts,
                                      PerfRuleSet.Distribution distribution) {
        int employees = counts.values().stream().mapToInt(Integer::intValue).sum();
        List<Finding> findings = new ArrayList<>();
        for (Limit limit : distribution.limits().get(organisationRating)) {
            findings.add(apply(limit, counts, employees, distribution.rounding()));
        }
        return findings;
    }

    /** The texts of the limits that do not hold. */
    public static List<String> violations(OrganisationRating organisationRating, Map<Predikat, Integer> counts,
                                          PerfRuleSet.Distribution distribution) {
        return check(organisationRating, counts, distribution).stream().filter(f -> !f.holds())
                .map(Finding::text).toList();
    }

    private static Finding apply(Limit limit, Map<Predikat, Integer> counts, int employees, Rounding rounding) {
        String label = limit.predikat().stream().map(Enum::name).collect(Collectors.joining(" + "));
        int count = limit.predikat().stream().mapToInt(p -> counts.getOrDefault(p, 0)).sum();
        String share = label + " " + count + " of " + employees + " = " + percentOf(count, employees) + "%";
        if (limit.atLeastCount() != null) {
            int required = limit.atLeastCount();
            boolean holds = count >= required;
            return new Finding(label, "atLeastCount", 0, count, employees, required, holds,
                    holds ? share + ", at least " + required : label + " " + count + " of " + employees
                            + " < at least " + required);
        }
        boolean maximum = limit.atMostPercent() != null;
        int percent = maximum ? limit.atMostPercent() : limit.atLeastPercent();
        // PERF-06c: the limit's own rounding where the rule set gives one (version 2), else the distribution's
        int persons = limit.rounding() != null ? persons(percent, employees, limit.rounding())
                : persons(percent, employees, maximum, rounding);
        boolean oneAtLeast = !maximum && Boolean.TRUE.equals(limit.atLeastOnePerson()) && employees > 0
                && persons < 1;
        if (oneAtLeast) {
            persons = 1; // "harus ada": a required minimum is at least one person
        }
        boolean holds = maximum ? count <= persons : count >= persons;
        String bound = (maximum ? "at most " : "at least ") + persons + " of " + employees + " with rounding "
                + (limit.rounding() != null ? limit.rounding() : rounding)
                + (Boolean.TRUE.equals(limit.atLeastOnePerson()) ? ", at least one person" : "");
        String text = holds ? share + (maximum ? " <= " : " >= ") + percent + "% (" + bound + ")"
                : share + (maximum ? " > " : " < ") + percent + "% (" + bound + ")";
        return new Finding(label, maximum ? "atMostPercent" : "atLeastPercent", percent, count, employees, persons,
                holds, text);
    }

    /** {@code percent}% of {@code employees} as whole persons, by a limit's own rounding. */
    static int persons(int percent, int employees, PerfRuleSet.LimitRounding rounding) {
        int exact = percent * employees;
        int down = exact / 100;
        return switch (rounding) {
            case DOWN -> down;
            case UP -> exact % 100 == 0 ? down : down + 1;
            case HALF_UP -> exact % 100 >= 50 ? down + 1 : down;
        };
    }

    /** {@code percent}% of {@code employees} as whole persons, by the rule set's rounding. */
    static int persons(int percent, int employees, boolean maximum, Rounding rounding) {
        int exact = percent * employees;
        int down = exact / 100;
        int up = exact % 100 == 0 ? down : down + 1;
        return switch (rounding) {
            case NEAREST_WHOLE_PERSON -> exact % 100 >= 50 ? down + 1 : down;
            case STRICT -> maximum ? down : up;
            case LENIENT -> maximum ? up : down;
            case PER_LIMIT -> throw new IllegalStateException("a PER_LIMIT rule set gives every percentage limit its "
                    + "own rounding (checked when loading)");
        };
    }

    private static long percentOf(int count, int employees) {
        return employees == 0 ? 0 : Math.round(100.0 * count / employees);
    }
}
