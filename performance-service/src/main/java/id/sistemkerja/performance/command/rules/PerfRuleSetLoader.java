package id.sistemkerja.performance.command.rules;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.command.rules.InvalidPerfRulesException.Problem;
import id.sistemkerja.performance.command.rules.PerfRuleSet.Limit;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads and validates the performance rule set files ({@code perf-rules/v<version>.yml}). Every problem is collected
 * and reported together, naming file, entry and what is wrong; any problem stops loading with an
 * {@link InvalidPerfRulesException}, so the service does not start on a rule set it cannot trust.
 */
public final class PerfRuleSetLoader {

    public static final String DEFAULT_LOCATION = "classpath*:perf-rules/*.yml";
    private static final Set<Integer> PERIODIC_MONTHS = Set.of(1, 2, 3, 4, 6);
    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .addModule(new JavaTimeModule())
            .build();

    /** A file's name as reported (e.g. {@code perf-rules/v1.yml}) and its text. */
    public record Source(String name, String content) {
    }

    private PerfRuleSetLoader() {
    }

    /** Loads every file found at {@code locations} (Spring resource patterns). */
    public static PerfRuleSets load(List<String> locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String location : locations) {
            try {
                for (Resource resource : resolver.getResources(location)) {
                    String url = resource.getURL().toString();
                    String name = url.contains("perf-rules/") ? url.substring(url.lastIndexOf("perf-rules/"))
                            : resource.getFilename();
                    sources.putIfAbsent(url, new Source(name, resource.getContentAsString(StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read performance rule sets at " + location, e);
            }
        }
        return fromSources(List.copyOf(sources.values()));
    }

    public static PerfRuleSets fromSources(List<Source> sources) {
        List<Problem> problems = new ArrayList<>();
        if (sources.isEmpty()) {
            problems.add(new Problem("perf-rules", "header", "no rule set file found (perf-rules/v<version>.yml)"));
        }
        List<PerfRuleSet> versions = new ArrayList<>();
        Map<Integer, String> seen = new HashMap<>();
        for (Source source : sources) {
            PerfRuleSet rules;
            try {
                rules = YAML.readValue(source.content(), PerfRuleSet.class);
            } catch (JsonProcessingException e) {
                problems.add(new Problem(source.name(), entryOf(e), describe(e)));
                continue;
            }
            if (rules == null) {
                problems.add(new Problem(source.name(), "file", "is empty"));
                continue;
            }
            int before = problems.size();
            check(source.name(), rules, problems);
            String earlier = seen.putIfAbsent(rules.version(), source.name());
            if (earlier != null) {
                problems.add(new Problem(source.name(), "header", "version " + rules.version()
                        + " is defined twice: also in " + earlier));
            }
            if (problems.size() == before) {
                versions.add(rules);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidPerfRulesException(problems);
        }
        return new PerfRuleSets(versions);
    }

    private static void check(String file, PerfRuleSet rules, List<Problem> problems) {
        if (rules.id() == null || rules.id().isBlank()) {
            problems.add(new Problem(file, "header", "id is required"));
        }
        if (rules.version() < 1) {
            problems.add(new Problem(file, "header", "version must be a positive number"));
        }
        if (rules.id() != null && !file.replace('\\', '/').endsWith(rules.id() + "/v" + rules.version() + ".yml")) {
            problems.add(new Problem(file, "header", "a rule set file is named <id>/v<version>.yml; this one must be "
                    + rules.id() + "/v" + rules.version() + ".yml"));
        }
        if (rules.effectiveFrom() == null) {
            problems.add(new Problem(file, "header", "effectiveFrom (first day in force, yyyy-mm-dd) is required"));
        }
        if (rules.title() == null || rules.sources() == null || rules.sources().isEmpty()) {
            problems.add(new Problem(file, "header", "title and sources (the regulations the numbers come from) "
                    + "are required"));
        }
        if (rules.cadence() == null) {
            problems.add(new Problem(file, "cadence", "is required (PERF-07)"));
        } else if (!PERIODIC_MONTHS.contains(rules.cadence().periodicMonths())) {
            problems.add(new Problem(file, "cadence.periodicMonths", "must divide the year into equal periods: one "
                    + "of 1, 2, 3, 4, 6, not " + rules.cadence().periodicMonths()));
        }
        if (rules.objection() == null || rules.objection().days() < 1) {
            problems.add(new Problem(file, "objection.days", "is required and positive (PERF-09)"));
        } else {
            PerfRuleSet.Objection objection = rules.objection();
            if (objection.fromReceipt() && (objection.receiptNote() == null || objection.receiptNote().isBlank())) {
                problems.add(new Problem(file, "objection.receiptNote", "is required with countsFrom RECEIPT: which "
                        + "recorded fact is the receipt of the result"));
            }
            if (objection.explanationDays() != null && (objection.explanationDays() < 1
                    || objection.explanationCitation() == null || objection.explanationNote() == null)) {
                problems.add(new Problem(file, "objection.explanationDays", "is positive, with explanationCitation "
                        + "and explanationNote (why this many days)"));
            }
        }
        requireAll(file, "unitHeadWorkResult", rules.unitHeadWorkResult(), OrganisationRating.class, problems);
        checkDistribution(file, rules.distribution(), problems);
        checkFunctionalCredit(file, rules.functionalCredit(), problems);
    }

    private static void checkDistribution(String file, PerfRuleSet.Distribution distribution, List<Problem> problems) {
        if (distribution == null) {
            problems.add(new Problem(file, "distribution", "is required (PERF-06)"));
            return;
        }
        if (distribution.onViolation() == null) {
            problems.add(new Problem(file, "distribution.onViolation", "is required: BLOCK or WARN"));
        }
        if (distribution.rounding() == null || distribution.roundingNote() == null
                || distribution.roundingNote().isBlank()) {
            problems.add(new Problem(file, "distribution.rounding", "rounding (" + Arrays.toString(
                    PerfRuleSet.Rounding.values()) + ") and roundingNote (why, for small units) are required"));
        }
        if (!requireAll(file, "distribution.limits", distribution.limits(), OrganisationRating.class, problems)) {
            return;
        }
        distribution.limits().forEach((rating, limits) -> {
            for (int i = 0; i < limits.size(); i++) {
                String entry = "distribution.limits." + rating + "[" + i + "]";
                Limit limit = limits.get(i);
                checkLimit(file, entry, limit, problems);
                boolean percentage = limit.atMostPercent() != null || limit.atLeastPercent() != null;
                if (percentage && limit.rounding() == null
                        && distribution.rounding() == PerfRuleSet.Rounding.PER_LIMIT) {
                    problems.add(new Problem(file, entry, "rounding (" + Arrays.toString(
                            PerfRuleSet.LimitRounding.values()) + ") is required: the distribution's rounding is "
                            + "PER_LIMIT"));
                }
                if (!percentage && limit.rounding() != null) {
                    problems.add(new Problem(file, entry, "rounding applies to a percentage, not to atLeastCount"));
                }
                if (Boolean.TRUE.equals(limit.atLeastOnePerson()) && limit.atLeastPercent() == null) {
                    problems.add(new Problem(file, entry, "atLeastOnePerson belongs to an atLeastPercent minimum"));
                }
            }
        });
    }

    private static void checkLimit(String file, String entry, Limit limit, List<Problem> problems) {
        if (limit.predikat() == null || limit.predikat().isEmpty() || limit.predikat().contains(null)) {
            problems.add(new Problem(file, entry, "predikat (one or more of " + Arrays.toString(Predikat.values())
                    + ") is required"));
        }
        long bounds = java.util.stream.Stream.of(limit.atMostPercent(), limit.atLeastPercent(), limit.atLeastCount())
                .filter(java.util.Objects::nonNull).count();
        if (bounds != 1) {
            problems.add(new Problem(file, entry, "exactly one of atMostPercent, atLeastPercent, atLeastCount is "
                    + "required, found " + bounds));
        }
        for (Integer percent : java.util.Arrays.asList(limit.atMostPercent(), limit.atLeastPercent())) {
            if (percent != null && (percent < 0 || percent > 100)) {
                problems.add(new Problem(file, entry, "a percentage is between 0 and 100, not " + percent));
            }
        }
        if (limit.atLeastCount() != null && limit.atLeastCount() < 0) {
            problems.add(new Problem(file, entry, "atLeastCount is not negative"));
        }
    }

    private static void checkFunctionalCredit(String file, PerfRuleSet.FunctionalCredit credit,
                                              List<Problem> problems) {
        if (credit == null) {
            problems.add(new Problem(file, "functionalCredit", "is required (PERF-10)"));
            return;
        }
        if (requireAll(file, "functionalCredit.percentages", credit.percentages(), Predikat.class, problems)) {
            credit.percentages().forEach((predikat, percent) -> {
                if (percent == null || percent < 0 || percent > 1000) {
                    problems.add(new Problem(file, "functionalCredit.percentages." + predikat,
                            "a percentage between 0 and 1000 is required, not " + percent));
                }
            });
        }
        if (requireAll(file, "functionalCredit.annualCoefficients", credit.annualCoefficients(), FunctionalLevel.class,
                problems)) {
            credit.annualCoefficients().forEach((level, coefficient) -> {
                if (coefficient == null || coefficient <= 0) {
                    problems.add(new Problem(file, "functionalCredit.annualCoefficients." + level,
                            "a positive coefficient is required, not " + coefficient));
                }
            });
        }
    }

    /** The map names every constant of {@code type}; reports the missing ones. */
    private static <E extends Enum<E>> boolean requireAll(String file, String entry, Map<E, ?> map, Class<E> type,
                                                          List<Problem> problems) {
        if (map == null) {
            problems.add(new Problem(file, entry, "is required"));
            return false;
        }
        EnumSet<E> missing = EnumSet.allOf(type);
        missing.removeAll(map.keySet());
        if (!missing.isEmpty()) {
            problems.add(new Problem(file, entry, "misses " + missing.stream().map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return false;
        }
        return true;
    }

    private static String entryOf(JsonProcessingException e) {
        if (e instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            return mapping.getPath().stream().map(ref -> ref.getFieldName() != null ? ref.getFieldName()
                    : "[" + ref.getIndex() + "]").collect(Collectors.joining(".")).replace(".[", "[");
        }
        return "file";
    }

    private static String describe(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        return e.getOriginalMessage().replaceAll("\\s*\\(class [^)]*\\)", "")
                + (at == null || at.getLineNr() < 0 ? "" : " (line " + at.getLineNr() + ", column "
                + at.getColumnNr() + ")");
    }
}
