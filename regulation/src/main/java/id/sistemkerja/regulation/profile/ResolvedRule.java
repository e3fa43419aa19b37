package id.sistemkerja.regulation.profile;

import id.sistemkerja.regulation.profile.RuleData.CitationData;

/**
 * A rule entry with its typed data and the regulation its file cites by default.
 */
record ResolvedRule(RuleEntry entry, Object data, String regulation) {

    String ruleId() {
        return entry.ruleId();
    }

    Citation citation() {
        return entry.citation();
    }

    /** {@code data} as written in a row, completed with this entry's rule id and default regulation. */
    Citation cite(CitationData data) {
        if (data == null) {
            return entry.citation();
        }
        return new Citation(entry.ruleId(), data.regulation() == null ? regulation : data.regulation(),
                data.article(), data.paragraph(), data.note());
    }

    static Citation cite(String ruleId, CitationData data, String defaultRegulation) {
        return new Citation(ruleId, data.regulation() == null ? defaultRegulation : data.regulation(), data.article(),
                data.paragraph(), data.note());
    }

    <T> T as(Class<T> type) {
        return type.cast(data);
    }
}
