package id.sistemkerja.deploy.monitoring;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monitoring files of {@code deploy/monitoring} as data: the alert and recording rules, the dashboard panels' queries,
 * and the metric names a PromQL expression reads.
 */
final class MonitoringFiles {

    static final Path ROOT = locateRoot();
    static final Path RULES = ROOT.resolve("deploy/monitoring/prometheus/sikerja-rules.yml");
    static final Path RULE_TESTS = ROOT.resolve("deploy/monitoring/prometheus/sikerja-rules.test.yml");
    static final Path DASHBOARDS = ROOT.resolve("deploy/monitoring/grafana/dashboards");
    static final Path OPERATIONS = ROOT.resolve("docs/operations.md");

    /** PromQL functions, aggregation operators and keywords: identifiers that are not metric names. */
    private static final Set<String> NOT_METRICS = Set.of("sum", "min", "max", "avg", "count", "stddev", "stdvar",
            "topk", "bottomk", "quantile", "count_values", "group", "by", "without", "on", "ignoring", "group_left",
            "group_right", "and", "or", "unless", "bool", "offset", "rate", "irate", "increase", "delta", "idelta",
            "deriv", "histogram_quantile", "abs", "absent", "ceil", "floor", "round", "clamp_max", "clamp_min", "time",
            "vector", "scalar", "sort", "sort_desc", "label_replace", "label_join", "predict_linear", "resets",
            "changes", "avg_over_time", "max_over_time", "min_over_time", "sum_over_time", "count_over_time",
            "last_over_time", "inf", "nan");
    private static final Pattern IDENTIFIER = Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*");

    /** A rule of the rules file: an alert (with its annotations) or a recording rule. */
    record Rule(String alert, String record, String expr, JsonNode annotations) {
    }

    private MonitoringFiles() {
    }

    static List<Rule> rules() {
        JsonNode root = read(RULES, new YAMLMapper());
        List<Rule> rules = new ArrayList<>();
        for (JsonNode group : root.path("groups")) {
            for (JsonNode rule : group.path("rules")) {
                rules.add(new Rule(rule.path("alert").asText(null), rule.path("record").asText(null),
                        rule.path("expr").asText(), rule.path("annotations")));
            }
        }
        return rules;
    }

    /** Every {@code expr} of every panel target of every dashboard, labelled with the dashboard and panel title. */
    static List<String[]> dashboardQueries() {
        List<String[]> queries = new ArrayList<>();
        try (var files = Files.list(DASHBOARDS)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = read(file, new ObjectMapper());
                for (JsonNode panel : dashboard.path("panels")) {
                    for (JsonNode target : panel.path("targets")) {
                        queries.add(new String[]{file.getFileName() + " / " + panel.path("title").asText(),
                                target.path("expr").asText()});
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return queries;
    }

    /**
     * The metric names a PromQL expression reads: identifiers that are not functions, keywords, label names (inside
     * {@code {...}} or a {@code by (...)} clause), durations or strings.
     */
    static Set<String> metricNames(String expr) {
        String stripped = expr.replaceAll("\"(?:[^\"\\\\]|\\\\.)*\"", "\"\"")  // strings (label values)
                .replaceAll("\\{[^}]*}", " ")                                    // label matchers
                .replaceAll("\\[[^]]*]", " ")                                    // range selectors
                .replaceAll("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)", " ");
        Set<String> names = new TreeSet<>();
        Matcher matcher = IDENTIFIER.matcher(stripped);
        while (matcher.find()) {
            String token = matcher.group();
            int after = matcher.end();
            while (after < stripped.length() && Character.isWhitespace(stripped.charAt(after))) {
                after++;
            }
            boolean call = after < stripped.length() && stripped.charAt(after) == '(';
            if (!call && !NOT_METRICS.contains(token.toLowerCase())) {
                names.add(token);
            }
        }
        return names;
    }

    private static JsonNode read(Path file, ObjectMapper mapper) {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path locateRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("deploy/monitoring"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("deploy/monitoring not found above " + Path.of("").toAbsolutePath());
        }
        return dir;
    }
}
