package id.sistemkerja.regulation.profile;

import java.util.Map;

/**
 * One profile-dependent rule as a profile sets it, for people and auditors to read ({@code GET /api/v1/profiles/{id}}).
 *
 * @param ruleId    e.g. {@code TEAM-05}
 * @param version   version of this rule entry; raised when its data changes
 * @param summary   the rule in words
 * @param citation  the rule's main citation
 * @param definedIn the profile (or included part) version whose file sets this entry
 * @param data      the entry's settings as the file writes them, every nested citation completed with its regulation
 */
public record RuleEntry(String ruleId, int version, String summary, Citation citation, ProfileRef definedIn,
                        Map<String, Object> data) {
}
