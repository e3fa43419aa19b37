package id.sistemkerja.deploy.docs;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule index ({@code docs/rule-index.md}): for every rule id of {@code docs/design/RULES.md} and
 * {@code docs/design/PERFORMANCE.md}, where it is enforced — the regulation profiles with an entry for it, the rule
 * enum constants ({@code OrgRule}, {@code AssignmentRule}, {@code TeamRule}, {@code PerfRule}), the main classes and
 * rule data citing it — and which test classes name it in a {@code @DisplayName} (RULES.md: "at least one test per
 * rule carries the id in its {@code @DisplayName}"). Fails when a rule has no test and when the committed index differs
 * from what this computes. Regenerate: {@value #REGENERATE}.
 */
class RuleIndexTest {

    static final String WRITE_PROPERTY = "sikerja.rule-index.write";
    static final String REGENERATE = "./mvnw -B -o -pl deploy -am test -Dtest=RuleIndexTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY + "=true";

    /**
     * Rules that have no test naming them yet, each with the reason. Never a silent skip: the index shows each one,
     * and an entry whose rule has a test fails, so none is left behind.
     */
    private static final Map<String, String> KNOWN_GAPS = Map.of();

    private static final Path ROOT = RepositoryFiles.root();
    private static final Path INDEX = ROOT.resolve("docs/rule-index.md");

    private static final Pattern CATALOGUE_ITEM = Pattern.compile("(?m)^- \\*\\*([A-Z]+-\\d+[a-z]?)\\*\\*\\s*(.*)$");
    private static final Pattern CATALOGUE_HEADING = Pattern.compile("(?m)^#{2,4} ([A-Z]+-\\d+[a-z]?)\\s+(.*)$");
    private static final Pattern PROFILE_RULE_KEY = Pattern.compile("(?m)^  ([A-Z]+-\\d+[a-z]?):");
    private static final Pattern ENUM_CONSTANT = Pattern.compile("(?m)^\\s{4}([A-Z]+_\\d+[A-Z]?)\\s*[(,;]");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*\\+?\\s*)+)\\)");
    private static final Pattern RULE_ID_TOKEN = Pattern.compile("(?<![A-Za-z0-9-])([A-Z]{2,6}-\\d{2}[a-z]?)(?![0-9a-z])");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    record Rule(String id, String summary, String catalogue) {
    }

    /**
     * {@code unknownInTests}: rule-id-shaped tokens that test display names use but the catalogue does not define
     * (a rule enforced and tested without a catalogue entry, or a typo in a display name).
     */
    record Index(List<Rule> rules, Map<String, Set<String>> profiles, Map<String, Set<String>> enums,
                 Map<String, Set<String>> citedIn, Map<String, Set<String>> tests,
                 Map<String, Set<String>> unknownInTests) {
    }

    @Test
    @DisplayName("every rule of RULES.md and PERFORMANCE.md has a test naming it in its @DisplayName (or an explicit "
            + "known-gap entry), every rule id a test names is in the catalogue, and docs/rule-index.md is current")
    void ruleIndexIsCurrentAndEveryRuleHasATest() throws IOException {
        Index index = compute();
        assertThat(index.rules()).as("rule ids in the catalogue").hasSizeGreaterThan(50);

        List<String> withoutTest = index.rules().stream().map(Rule::id)
                .filter(id -> index.tests().get(id).isEmpty() && !KNOWN_GAPS.containsKey(id)).toList();
        List<String> staleGaps = KNOWN_GAPS.keySet().stream()
                .filter(id -> !index.tests().containsKey(id) || !index.tests().get(id).isEmpty()).sorted().toList();
        String rendered = render(index);
        if (Boolean.getBoolean(WRITE_PROPERTY)) {
            Files.writeString(INDEX, rendered);
        }
        assertThat(withoutTest).as("rules no test names in a @DisplayName (RULES.md: at least one test per rule "
                + "carries the id)").isEmpty();
        assertThat(index.unknownInTests()).as("rule ids that test display names use but neither RULES.md nor "
                + "PERFORMANCE.md defines (add the rule to the catalogue, or correct the display name)").isEmpty();
        assertThat(staleGaps).as("KNOWN_GAPS entries whose rule now has a test (or is no longer in the catalogue): "
                + "remove them").isEmpty();
        String committed = Files.exists(INDEX) ? Files.readString(INDEX) : "";
        assertThat(committed).as("docs/rule-index.md is stale (first difference: " + firstDifference(committed,
                rendered) + "); regenerate it with " + REGENERATE).isEqualTo(rendered);
    }

    static Index compute() {
        List<Rule> rules = new ArrayList<>();
        rules.addAll(catalogue("docs/design/RULES.md", CATALOGUE_ITEM));
        rules.addAll(catalogue("docs/design/PERFORMANCE.md", CATALOGUE_HEADING));
        assertThat(rules.stream().map(Rule::id)).as("rule ids defined once in the catalogue").doesNotHaveDuplicates();
        Map<String, Set<String>> profiles = emptySets(rules);
        Map<String, Set<String>> enums = emptySets(rules);
        Map<String, Set<String>> citedIn = emptySets(rules);
        Map<String, Set<String>> tests = emptySets(rules);

        Path profileRoot = ROOT.resolve("regulation/src/main/resources/profiles");
        for (Path file : RepositoryFiles.files(ROOT, profileRoot, p -> p.endsWith(".yml"))) {
            String profileId = file.getParent().getFileName().toString();
            Matcher key = PROFILE_RULE_KEY.matcher(RepositoryFiles.read(file));
            while (key.find()) {
                add(profiles, key.group(1), link(profileId, file.getParent()));
            }
        }
        Set<Path> ruleEnums = new TreeSet<>();
        for (Path file : RepositoryFiles.files(ROOT, ROOT, p -> p.matches("[^/]+/src/main/java/.+\\.java"))) {
            String source = RepositoryFiles.read(file);
            if (source.contains("implements RegulationRule") && source.contains(" enum ")) {
                ruleEnums.add(file);
                Matcher constant = ENUM_CONSTANT.matcher(source);
                while (constant.find()) {
                    add(enums, ruleId(constant.group(1)), link(className(file) + "." + constant.group(1), file));
                }
            }
        }
        for (Path file : RepositoryFiles.files(ROOT, ROOT, p -> p.matches("[^/]+/src/main/(java/.+\\.java|resources/.+\\.ya?ml)")
                && !p.startsWith("regulation/src/main/resources/profiles/"))) {
            if (ruleEnums.contains(file)) {
                continue;
            }
            String text = RepositoryFiles.read(file);
            String name = file.toString().endsWith(".java") ? className(file)
                    : RepositoryFiles.slashes(ROOT.relativize(file)).replaceFirst("^([^/]+)/src/main/resources/", "$1: ");
            for (String id : ids(text)) {
                add(citedIn, id, link(name, file));
            }
        }
        Map<String, Set<String>> unknownInTests = new TreeMap<>();
        for (Path file : RepositoryFiles.files(ROOT, ROOT, p -> p.matches("[^/]+/src/test/java/.+\\.java"))) {
            String displayNames = displayNames(RepositoryFiles.read(file));
            for (String id : ids(displayNames)) {
                add(tests, id, link(className(file), file));
            }
            for (String id : unknownIds(tests.keySet(), displayNames)) {
                unknownInTests.computeIfAbsent(id, k -> new TreeSet<>())
                        .add(RepositoryFiles.slashes(ROOT.relativize(file)));
            }
        }
        return new Index(rules, profiles, enums, citedIn, tests, unknownInTests);
    }

    static String render(Index index) {
        StringBuilder md = new StringBuilder();
        md.append("# Rule index\n\n")
                .append("Generated — do not edit. For every rule id of the catalogue ([RULES.md](design/RULES.md), "
                        + "[PERFORMANCE.md](design/PERFORMANCE.md)): the regulation profiles with an entry for it "
                        + "(rules that differ by city are data), the rule enum constant (rules every city shares), "
                        + "the main classes and rule data citing it, and the test classes whose `@DisplayName` names "
                        + "it. `RuleIndexTest` (deploy) fails when a rule has no test or this page is stale; "
                        + "regenerate it with\n\n```bash\n" + REGENERATE + "\n```\n\n");
        long tested = index.rules().stream().filter(r -> !index.tests().get(r.id()).isEmpty()).count();
        md.append(index.rules().size()).append(" rules, ").append(tested).append(" named by at least one test.");
        List<String> gaps = index.rules().stream().map(Rule::id).filter(KNOWN_GAPS::containsKey).toList();
        if (!gaps.isEmpty()) {
            md.append(" Known gaps: ").append(gaps.stream().map(id -> id + " (" + KNOWN_GAPS.get(id) + ")")
                    .collect(Collectors.joining(", "))).append('.');
        }
        md.append("\n\n| rule | what | profiles (rule key) | rule enum | cited in (main code, rule data) | tests |\n")
                .append("|---|---|---|---|---|---|\n");
        for (Rule rule : index.rules()) {
            Set<String> tests = index.tests().get(rule.id());
            md.append("| ").append(rule.id()).append(" | ").append(rule.summary()).append(" | ")
                    .append(cell(index.profiles().get(rule.id()))).append(" | ")
                    .append(cell(index.enums().get(rule.id()))).append(" | ")
                    .append(cell(index.citedIn().get(rule.id()))).append(" | ")
                    .append(tests.isEmpty() && KNOWN_GAPS.containsKey(rule.id())
                            ? "**known gap**: " + KNOWN_GAPS.get(rule.id()) : cell(tests))
                    .append(" |\n");
        }
        return md.toString();
    }

    private static List<Rule> catalogue(String path, Pattern item) {
        String text = RepositoryFiles.read(ROOT.resolve(path));
        List<Rule> rules = new ArrayList<>();
        Matcher m = item.matcher(text);
        while (m.find()) {
            rules.add(new Rule(m.group(1), summary(m.group(2)), path));
        }
        assertThat(rules).as("rule ids in " + path).isNotEmpty();
        return rules;
    }

    /** The rule's first words, without citations, markup or table pipes. */
    private static String summary(String firstLine) {
        String text = firstLine.replaceAll("\\[[^\\]]*\\]", "").replaceAll("[*`|]", "").trim();
        if (text.length() <= 80) {
            return text;
        }
        String cut = text.substring(0, 80);
        return cut.substring(0, Math.max(cut.lastIndexOf(' '), 40)).replaceAll("[,;:(]+$", "") + " …";
    }

    private static String displayNames(String source) {
        StringBuilder names = new StringBuilder();
        Matcher annotation = DISPLAY_NAME.matcher(source);
        while (annotation.find()) {
            Matcher literal = STRING_LITERAL.matcher(annotation.group(1));
            while (literal.find()) {
                names.append(literal.group(1));
            }
            names.append('\n');
        }
        return names.toString();
    }

    /** The id as a whole token: {@code PERF-06} is not {@code PERF-06a}, {@code ASG-01} not {@code XASG-01}. */
    static boolean mentions(String text, String id) {
        return ids(text).contains(id);
    }

    /** Every rule-id-shaped token of {@code text}, whole tokens only. */
    static Set<String> ids(String text) {
        Set<String> ids = new TreeSet<>();
        Matcher token = RULE_ID_TOKEN.matcher(text);
        while (token.find()) {
            ids.add(token.group(1));
        }
        return ids;
    }

    /** The rule ids {@code displayNames} names that the catalogue does not define. */
    static Set<String> unknownIds(Set<String> catalogue, String displayNames) {
        Set<String> unknown = new TreeSet<>(ids(displayNames));
        unknown.removeAll(catalogue);
        return unknown;
    }

    /** {@code PERF_06A} → {@code PERF-06a}. */
    static String ruleId(String constant) {
        String id = constant.replaceFirst("_", "-");
        char last = id.charAt(id.length() - 1);
        return Character.isLetter(last) ? id.substring(0, id.length() - 1) + Character.toLowerCase(last) : id;
    }

    private static String className(Path javaFile) {
        return javaFile.getFileName().toString().replaceFirst("\\.java$", "");
    }

    private static String link(String text, Path target) {
        String relative = RepositoryFiles.slashes(ROOT.resolve("docs").relativize(target));
        return "[" + text + "](" + relative + (Files.isDirectory(target) ? "/" : "") + ")";
    }

    private static void add(Map<String, Set<String>> map, String id, String entry) {
        Set<String> entries = map.get(id);
        if (entries != null) {
            entries.add(entry);
        }
    }

    private static Map<String, Set<String>> emptySets(List<Rule> rules) {
        Map<String, Set<String>> map = new LinkedHashMap<>();
        rules.forEach(r -> map.put(r.id(), new TreeSet<>()));
        return map;
    }

    private static String cell(Set<String> entries) {
        return entries.isEmpty() ? "—" : String.join(", ", entries);
    }

    private static String firstDifference(String committed, String rendered) {
        String[] a = committed.split("\n", -1);
        String[] b = rendered.split("\n", -1);
        for (int i = 0; i < Math.max(a.length, b.length); i++) {
            String left = i < a.length ? a[i] : "<end>";
            String right = i < b.length ? b[i] : "<end>";
            if (!left.equals(right)) {
                return "line " + (i + 1) + ": committed \"" + abbreviate(left) + "\", computed \"" + abbreviate(right)
                        + "\"";
            }
        }
        return "none";
    }

    private static String abbreviate(String line) {
        return line.length() > 160 ? line.substring(0, 160) + "…" : line;
    }

    @Test
    @DisplayName("rule ids are matched as whole tokens and enum constants map to rule ids")
    void ruleIdsAreWholeTokens() {
        assertThat(mentions("PERF-06/07 the rule set", "PERF-06")).isTrue();
        assertThat(mentions("PERF-06a the matrix", "PERF-06")).isFalse();
        assertThat(mentions("PERF-06a the matrix", "PERF-06a")).isTrue();
        assertThat(mentions("ASG-10 voluntary", "ASG-01")).isFalse();
        assertThat(ruleId("ORG_04")).isEqualTo("ORG-04");
        assertThat(ruleId("PERF_06B")).isEqualTo("PERF-06b");
    }

    @Test
    @DisplayName("a display name citing a rule id the catalogue lacks is caught (a rule without catalogue entry, or a typo)")
    void unknownRuleIdsInDisplayNamesAreCaught() {
        Set<String> catalogue = Set.of("ASG-01", "PERF-06a");
        String displayNames = displayNames("@DisplayName(\"ASG-01 Bandung: penunjukan \" + \"(BDG23 Pasal 8)\")\n"
                + "@DisplayName(\"ASG-10 voluntary within a unit\")\n@DisplayName(\"PERF-06 the matrix\")\n");
        assertThat(unknownIds(catalogue, displayNames)).containsExactly("ASG-10", "PERF-06");
        assertThat(compute().unknownInTests()).as("this repository's tests").isEmpty();
    }
}
