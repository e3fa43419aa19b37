package id.sistemkerja.performance.api;

import java.util.List;

/**
 * What justified a performance decision, stored in the decision event (AUD-01): the regulation profile the agency was
 * bound to on the decision date, the performance rule set ({@code perf-rules}) version in force that day, and the rule
 * ids applied (RULES.md PERF-01 … PERF-10).
 */
public record RuleBasis(String profileId, int profileVersion, String ruleSetId, int ruleSetVersion,
                        List<String> ruleIds) {

    public RuleBasis {
        ruleIds = ruleIds == null ? List.of() : List.copyOf(ruleIds);
    }
}
