package id.sistemkerja.performance.command.rules;

import id.sistemkerja.performance.command.PerfRule;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The loaded versions of the performance rule set; decisions take the version in force on the decision date. */
public final class PerfRuleSets {

    private final List<PerfRuleSet> versions;

    public PerfRuleSets(List<PerfRuleSet> versions) {
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no performance rule set loaded");
        }
        this.versions = versions.stream().sorted(Comparator.comparing(PerfRuleSet::effectiveFrom)
                .thenComparingInt(PerfRuleSet::version)).toList();
    }

    /** Every loaded version, oldest first. */
    public List<PerfRuleSet> all() {
        return versions;
    }

    public Optional<PerfRuleSet> version(int version) {
        return versions.stream().filter(v -> v.version() == version).findFirst();
    }

    /** The version in force on {@code date}; 422 when none is (a date before the first version). */
    public PerfRuleSet inForce(LocalDate date) {
        PerfRuleSet found = null;
        for (PerfRuleSet candidate : versions) {
            if (!candidate.effectiveFrom().isAfter(date)) {
                found = candidate;
            }
        }
        if (found == null) {
            throw PerfRule.PERF_06.refusal("date", "no performance rule set (perf-rules) is in force on " + date
                    + "; the first version starts " + versions.get(0).effectiveFrom());
        }
        return found;
    }
}
