package id.sistemkerja.regulation.profile;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.regulation.profile.InvalidProfileException.Problem;
import id.sistemkerja.regulation.profile.RuleData.Asg02;
import id.sistemkerja.regulation.profile.RuleData.Asg05;
import id.sistemkerja.regulation.profile.RuleData.Asg12;
import id.sistemkerja.regulation.profile.RuleData.Asg14;
import id.sistemkerja.regulation.profile.RuleData.CitationData;
import id.sistemkerja.regulation.profile.RuleData.CriterionData;
import id.sistemkerja.regulation.profile.RuleData.FormSelector;
import id.sistemkerja.regulation.profile.RuleData.IssuerRow;
import id.sistemkerja.regulation.profile.RuleData.Org11;
import id.sistemkerja.regulation.profile.RuleData.Team04;
import id.sistemkerja.regulation.profile.RuleData.Team05;
import id.sistemkerja.regulation.profile.RuleData.Team06;
import id.sistemkerja.regulation.profile.RuleData.Team07;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads, validates and resolves the regulation profile files. Each file is checked against
 * {@code profiles/profile.schema.json}, then for what a schema cannot say (values of criteria, coverage of every
 * scope and level, references between files), then resolved ({@code extends}, {@code includes}) and checked as a
 * whole: every profile must answer every profile-dependent rule, and its rules must agree with each other (an order
 * issuer for each scope ASG-02 allows, and none for a scope it does not). Any problem stops loading with an
 * {@link InvalidProfileException} naming the file, the entry and what is wrong.
 */
public final class ProfileLoader {

    /** Where the platform's own profiles live; services may add locations ({@code sikerja.profiles.locations}). */
    public static final String DEFAULT_LOCATION = "classpath*:profiles/**/*.yml";
    static final String SCHEMA_RESOURCE = "profiles/profile.schema.json";

    private static final Pattern RULE_IN_PATH = Pattern.compile("^(?:\\$\\.rules(?:\\.|\\[')|/rules/)([A-Za-z]+-\\d+)");
    private static final Pattern UNKNOWN_PROPERTY = Pattern.compile("property '([^']+)'");
    private static final YAMLMapper YAML = YAMLMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper BIND = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
    private static final JsonSchema SCHEMA = loadSchema();

    /** A profile file's name (as reported in problems, e.g. {@code profiles/bandung-2023/v1.yml}) and its text. */
    public record Source(String name, String content) {
    }

    private enum Kind { PROFILE, PART }

    private record ParsedFile(String name, ProfileRef ref, Kind kind, String title, RegulationInfo regulation,
                              ProfileRef extendsRef, List<ProfileRef> includes, Map<String, ResolvedRule> entries,
                              Map<String, Citation> citations) {
    }

    private ProfileLoader() {
    }

    /** Loads every {@code *.yml} profile file found at {@code locations} (Spring resource patterns). */
    public static RegulationProfiles load(List<String> locations) {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, Source> sources = new LinkedHashMap<>();
        for (String location : locations) {
            try {
                for (Resource resource : resolver.getResources(location)) {
                    String url = resource.getURL().toString();
                    if (!sources.containsKey(url)) {
                        sources.put(url, new Source(displayName(location, url, resource.getFilename()),
                                resource.getContentAsString(StandardCharsets.UTF_8)));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read regulation profiles at " + location, e);
            }
        }
        return fromSources(List.copyOf(sources.values()));
    }

    /** Validates and resolves the given files. */
    public static RegulationProfiles fromSources(List<Source> sources) {
        List<Problem> problems = new ArrayList<>();
        Map<ProfileRef, ParsedFile> files = new LinkedHashMap<>();
        for (Source source : sources) {
            parse(source, problems).ifPresent(file -> {
                ParsedFile earlier = files.putIfAbsent(file.ref(), file);
                if (earlier != null) {
                    problems.add(new Problem(file.name(), "header", file.ref() + " is defined twice: also in "
                            + earlier.name()));
                }
            });
        }
        Map<String, RegulationInfo.InForce> inForceById = inForceById(files.values(), problems);
        Map<ProfileRef, Map<String, ResolvedRule>> resolved = new HashMap<>();
        for (ParsedFile file : files.values()) {
            resolve(file.ref(), files, resolved, new ArrayDeque<>(), problems);
        }
        List<RegulationProfile> profiles = new ArrayList<>();
        for (ParsedFile file : files.values()) {
            Map<String, ResolvedRule> rules = resolved.get(file.ref());
            if (file.kind() != Kind.PROFILE || rules == null) {
                continue;
            }
            if (checkWhole(file, rules, files, problems)) {
                profiles.add(new RegulationProfile(file.ref(), file.title(), file.regulation(), file.extendsRef(),
                        file.includes(), rules, commonRuleCitations(file, files), inForceOf(file, inForceById)));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidProfileException(problems);
        }
        return new RegulationProfiles(profiles);
    }

    /**
     * The in-force date of each regulation (profile or part id), from whichever of its versions records it: the date
     * belongs to the regulation, not to a version, so a version written before the date was recorded (v1) still gets
     * it without being edited. Versions that record it must agree.
     */
    private static Map<String, RegulationInfo.InForce> inForceById(Iterable<ParsedFile> files, List<Problem> problems) {
        Map<String, RegulationInfo.InForce> byId = new HashMap<>();
        Map<String, String> recordedIn = new HashMap<>();
        for (ParsedFile file : files) {
            RegulationInfo.InForce inForce = file.regulation().inForce();
            if (inForce == null) {
                continue;
            }
            RegulationInfo.InForce earlier = byId.putIfAbsent(file.ref().id(), inForce);
            if (earlier != null && !earlier.from().equals(inForce.from())) {
                problems.add(new Problem(file.name(), "header", "regulation.inForce.date " + inForce.from()
                        + " disagrees with " + earlier.from() + " in " + recordedIn.get(file.ref().id())
                        + "; one regulation has one in-force date"));
            }
            recordedIn.putIfAbsent(file.ref().id(), file.name());
        }
        return byId;
    }

    /** The latest in-force date of the profile's own regulation and of the parts it includes (REG-01). */
    private static RegulationInfo.InForce inForceOf(ParsedFile file, Map<String, RegulationInfo.InForce> byId) {
        RegulationInfo.InForce latest = byId.get(file.ref().id());
        for (ProfileRef part : file.includes()) {
            RegulationInfo.InForce candidate = byId.get(part.id());
            if (candidate != null && (latest == null || candidate.from().isAfter(latest.from()))) {
                latest = candidate;
            }
        }
        return latest;
    }

    // ------------------------------------------------------------------ one file

    private static Optional<ParsedFile> parse(Source source, List<Problem> problems) {
        String name = source.name();
        JsonNode root;
        try {
            root = YAML.readTree(source.content());
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            problems.add(new Problem(name, "file", "not valid YAML" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage()));
            return Optional.empty();
        }
        if (root == null || !root.isObject()) {
            problems.add(new Problem(name, "file", "is not a YAML mapping with id, version, kind, title, regulation "
                    + "and rules"));
            return Optional.empty();
        }
        Set<ValidationMessage> all = SCHEMA.validate(root);
        // a failing shared entry schema (allOf) also marks its properties "not evaluated": report the real error only
        Set<String> locationsWithOtherErrors = all.stream().filter(m -> !"unevaluatedProperties".equals(m.getType()))
                .map(m -> m.getInstanceLocation().toString()).collect(Collectors.toSet());
        List<ValidationMessage> schemaErrors = all.stream()
                .filter(m -> !"unevaluatedProperties".equals(m.getType())
                        || !locationsWithOtherErrors.contains(m.getInstanceLocation().toString()))
                .sorted(Comparator.comparing((ValidationMessage m) -> m.getInstanceLocation().toString())
                        .thenComparing(ValidationMessage::getMessage))
                .toList();
        if (!schemaErrors.isEmpty()) {
            for (ValidationMessage error : schemaErrors) {
                problems.add(new Problem(name, entryOf(error), error.getMessage()));
            }
            return Optional.empty();
        }
        int problemsBefore = problems.size();
        ProfileRef ref = new ProfileRef(root.get("id").asText(), root.get("version").asInt());
        String expected = ref.id() + "/v" + ref.version() + ".yml";
        if (!name.replace('\\', '/').endsWith(expected)) {
            problems.add(new Problem(name, "header", "a profile file is named <id>/v<version>.yml; this one must be "
                    + expected));
        }
        JsonNode regulationNode = root.get("regulation");
        LocalDate enacted = null;
        if (regulationNode.hasNonNull("enacted")) {
            try {
                enacted = LocalDate.parse(regulationNode.get("enacted").asText());
            } catch (DateTimeParseException e) {
                problems.add(new Problem(name, "header", "regulation.enacted '" + regulationNode.get("enacted").asText()
                        + "' is not a date (yyyy-mm-dd)"));
            }
        }
        RegulationInfo.InForce inForce = null;
        if (regulationNode.hasNonNull("inForce")) {
            JsonNode node = regulationNode.get("inForce");
            try {
                inForce = new RegulationInfo.InForce(LocalDate.parse(node.get("date").asText()),
                        ResolvedRule.cite(RegulationProfile.IN_FORCE_RULE, BIND.treeToValue(node.get("citation"),
                                CitationData.class), regulationNode.get("short").asText()));
            } catch (DateTimeParseException | JsonProcessingException e) {
                problems.add(new Problem(name, "header", "regulation.inForce.date '" + node.get("date").asText()
                        + "' is not a date (yyyy-mm-dd)"));
            }
        }
        if (inForce != null && enacted != null && inForce.from().isBefore(enacted)) {
            problems.add(new Problem(name, "header", "regulation.inForce.date " + inForce.from() + " is before the "
                    + "promulgation (enacted " + enacted + "); a regulation is not in force before it is promulgated"));
        }
        RegulationInfo regulation = new RegulationInfo(regulationNode.get("code").asText(),
                regulationNode.get("name").asText(), regulationNode.get("short").asText(), enacted, inForce);
        Kind kind = Kind.valueOf(root.get("kind").asText());
        ProfileRef extendsRef = root.hasNonNull("extends") ? ref(root.get("extends")) : null;
        List<ProfileRef> includes = new ArrayList<>();
        root.path("includes").forEach(node -> includes.add(ref(node)));
        if (kind == Kind.PART && (extendsRef != null || !includes.isEmpty())) {
            problems.add(new Problem(name, "header", "a PART neither extends nor includes; profiles include parts"));
        }

        Map<String, ResolvedRule> entries = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> fields = root.get("rules").fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String ruleId = field.getKey();
            JsonNode node = field.getValue();
            try {
                Object data = BIND.treeToValue(node, RuleCatalogue.DATA_TYPES.get(ruleId));
                Citation citation = ResolvedRule.cite(ruleId, BIND.treeToValue(node.get("citation"),
                        CitationData.class), regulation.shortName());
                RuleEntry entry = new RuleEntry(ruleId, node.get("version").asInt(), node.get("summary").asText(),
                        citation, ref, display(node, regulation.shortName()));
                checkEntry(name, ruleId, data, problems);
                entries.put(ruleId, new ResolvedRule(entry, data, regulation.shortName()));
            } catch (JsonProcessingException | IllegalArgumentException e) {
                problems.add(new Problem(name, ruleId, "cannot be read: " + e.getMessage()));
            }
        }
        Map<String, Citation> citations = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> cited = root.path("citations").fields();
        while (cited.hasNext()) {
            Map.Entry<String, JsonNode> field = cited.next();
            if (RuleCatalogue.DATA_TYPES.containsKey(field.getKey())) {
                problems.add(new Problem(name, field.getKey(), "is profile-dependent: its entry's citation is cited; "
                        + "citations name the articles of rules common to every city"));
                continue;
            }
            try {
                citations.put(field.getKey(), ResolvedRule.cite(field.getKey(), BIND.treeToValue(field.getValue(),
                        CitationData.class), regulation.shortName()));
            } catch (JsonProcessingException e) {
                problems.add(new Problem(name, field.getKey(), "citation cannot be read: " + e.getMessage()));
            }
        }
        if (problems.size() > problemsBefore) {
            return Optional.empty();
        }
        return Optional.of(new ParsedFile(name, ref, kind, root.get("title").asText(), regulation, extendsRef,
                List.copyOf(includes), entries, citations));
    }

    /** Citations of common rules: those of the profiles extended, overridden rule by rule by the file's own. */
    private static Map<String, Citation> commonRuleCitations(ParsedFile file, Map<ProfileRef, ParsedFile> files) {
        Map<String, Citation> citations = new LinkedHashMap<>();
        ParsedFile parent = file.extendsRef() == null ? null : files.get(file.extendsRef());
        if (parent != null && parent != file) {
            citations.putAll(commonRuleCitations(parent, files));
        }
        citations.putAll(file.citations());
        return citations;
    }

    /** Checks of one entry a schema cannot express. */
    private static void checkEntry(String file, String ruleId, Object data, List<Problem> problems) {
        if (data instanceof Team05 lead) {
            checkCriteria(file, ruleId, lead.positionKinds(), lead.criteria(), problems);
        } else if (data instanceof Team06 coordinator) {
            checkCoordinator(file, ruleId, coordinator, problems);
        } else if (data instanceof Org11 relations) {
            checkCoordinationCovers(file, ruleId, relations, problems);
        } else if (data instanceof Asg05 issuers) {
            Set<String> seen = new LinkedHashSet<>();
            for (IssuerRow row : issuers.issuers()) {
                List<String> forms = row.form() == FormSelector.ANY ? List.of("INDIVIDUAL", "TEAM")
                        : List.of(row.form().name());
                for (String form : forms) {
                    String mode = row.mode() == null ? "" : ", mode " + row.mode();
                    if (!seen.add(row.scope() + "/" + form + mode)) {
                        problems.add(new Problem(file, ruleId, "two issuers for scope " + row.scope() + ", form "
                                + form + mode));
                    }
                }
            }
        } else if (data instanceof Team07 establishment) {
            Set<AssignmentScope> seen = new LinkedHashSet<>();
            establishment.establishers().stream().filter(row -> !seen.add(row.scope())).forEach(row ->
                    problems.add(new Problem(file, ruleId, "two establishers for scope " + row.scope())));
            if (establishment.leadAndCoordinatorSetBy() != null && establishment.leadAndCoordinatorCitation() == null) {
                problems.add(new Problem(file, ruleId, "leadAndCoordinatorSetBy needs leadAndCoordinatorCitation"));
            }
        } else if (data instanceof Asg14 plan) {
            if (plan.required() && (plan.setBy() == null || plan.deadline() == null)) {
                problems.add(new Problem(file, ruleId, "a required work plan needs setBy and deadline"));
            }
            if (plan.deadline() != null) {
                try {
                    MonthDay.parse(plan.deadline());
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(file, ruleId, "deadline '" + plan.deadline() + "' is not a day of the "
                            + "year (--MM-DD)"));
                }
            }
        } else if (data instanceof Team04 formation) {
            if (formation.verificationRequired() && (formation.through() == null || formation.establishedBy() == null)) {
                problems.add(new Problem(file, ruleId, "a required verification needs through and establishedBy"));
            }
            if (formation.decreeDueWithin() != null) {
                if (!formation.beforePerformanceAgreement()) {
                    problems.add(new Problem(file, ruleId, "decreeDueWithin needs beforePerformanceAgreement: true"));
                }
                try {
                    java.time.Period.parse(formation.decreeDueWithin());
                } catch (DateTimeParseException e) {
                    problems.add(new Problem(file, ruleId, "decreeDueWithin '" + formation.decreeDueWithin()
                            + "' is not an ISO-8601 period (e.g. P1M)"));
                }
            }
        } else if (data instanceof RuleData.Team09 allowance) {
            if (allowance.leadPositionKinds() != null && !allowance.allowanceFor().contains(TeamRole.LEAD)) {
                problems.add(new Problem(file, ruleId, "leadPositionKinds needs LEAD in allowanceFor"));
            }
        }
    }

    private static void checkCoordinator(String file, String ruleId, Team06 coordinator, List<Problem> problems) {
        if (!coordinator.allowed()) {
            if (coordinator.allowedIn() != null || coordinator.positionKinds() != null
                    || coordinator.criteria() != null || coordinator.appointedBy() != null) {
                problems.add(new Problem(file, ruleId, "allowed is false, so allowedIn, positionKinds, criteria and "
                        + "appointedBy must be absent"));
            }
            return;
        }
        if (coordinator.positionKinds() == null || coordinator.appointedBy() == null
                || coordinator.positionKindsCitation() == null || coordinator.appointedByCitation() == null) {
            problems.add(new Problem(file, ruleId, "allowed coordinators need positionKinds, positionKindsCitation, "
                    + "appointedBy and appointedByCitation"));
            return;
        }
        checkCriteria(file, ruleId, coordinator.positionKinds(),
                coordinator.criteria() == null ? List.of() : coordinator.criteria(), problems);
        if (coordinator.allowedIn() != null && coordinator.allowedIn().unitLedBy() == null
                && coordinator.allowedIn().departmentAffairs() == null) {
            problems.add(new Problem(file, ruleId, "allowedIn names neither unitLedBy nor departmentAffairs"));
        }
    }

    private static void checkCriteria(String file, String ruleId, List<PositionKind> positionKinds,
                                      List<CriterionData> criteria, List<Problem> problems) {
        for (int i = 0; i < criteria.size(); i++) {
            CriterionData c = criteria.get(i);
            String at = "criteria[" + i + "] (" + c.criterion() + ")";
            String value = c.value();
            switch (c.criterion()) {
                case MIN_EDUCATION -> checkValue(file, ruleId, at, value, Education.class, problems);
                case MIN_PREDIKAT_LAST_YEAR -> checkValue(file, ruleId, at, value, Predikat.class, problems);
                case MIN_RANK -> checkValue(file, ruleId, at, value, Rank.class, problems);
                case MIN_FUNCTIONAL_LEVEL -> checkValue(file, ruleId, at, value, FunctionalLevel.class, problems);
                case MIN_JOB_CLASS -> {
                    if (value == null || !value.matches("\\d{1,2}") || Integer.parseInt(value) < 1) {
                        problems.add(new Problem(file, ruleId, at + ": value '" + value + "' is not a kelas jabatan "
                                + "(a positive number)"));
                    }
                }
                default -> {
                    if (value != null) {
                        problems.add(new Problem(file, ruleId, at + ": takes no value, found '" + value + "'"));
                    }
                }
            }
            if (c.orEquivalentExperience() != null && c.criterion() != Criterion.MIN_FUNCTIONAL_LEVEL) {
                problems.add(new Problem(file, ruleId, at + ": orEquivalentExperience belongs to MIN_FUNCTIONAL_LEVEL "
                        + "only"));
            }
            if (c.orLatestRecorded() && c.criterion() != Criterion.MIN_PREDIKAT_LAST_YEAR) {
                problems.add(new Problem(file, ruleId, at + ": orLatestRecorded belongs to MIN_PREDIKAT_LAST_YEAR "
                        + "only"));
            }
            if (c.appliesTo() != null) {
                List<PositionKind> outside = c.appliesTo().stream().filter(k -> !positionKinds.contains(k)).toList();
                if (!outside.isEmpty()) {
                    problems.add(new Problem(file, ruleId, at + ": applies to " + outside + ", which may not hold the "
                            + "role at all (positionKinds " + positionKinds + ")"));
                }
            }
        }
    }

    private static <E extends Enum<E>> void checkValue(String file, String ruleId, String at, String value,
                                                       Class<E> type, List<Problem> problems) {
        try {
            Enum.valueOf(type, String.valueOf(value));
        } catch (IllegalArgumentException e) {
            problems.add(new Problem(file, ruleId, at + ": value '" + value + "' is not a " + type.getSimpleName()
                    + "; expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
        }
    }

    private static void checkCoordinationCovers(String file, String ruleId, Org11 relations, List<Problem> problems) {
        if (relations.technicalCoordination().isEmpty()) {
            if (!relations.exceptions().isEmpty()) {
                problems.add(new Problem(file, ruleId, "exceptions without technicalCoordination rows"));
            }
            return;
        }
        Map<FunctionalLevel, Integer> covered = new EnumMap<>(FunctionalLevel.class);
        relations.technicalCoordination().forEach(row -> row.levels().forEach(l -> covered.merge(l, 1, Integer::sum)));
        for (FunctionalLevel level : FunctionalLevel.values()) {
            int times = covered.getOrDefault(level, 0);
            if (times != 1) {
                problems.add(new Problem(file, ruleId, "technicalCoordination must name the coordinator of every "
                        + "functional level once; " + level + " is named " + times + " times"));
            }
        }
    }

    // ------------------------------------------------------------------ resolution and whole-profile checks

    private static Map<String, ResolvedRule> resolve(ProfileRef ref, Map<ProfileRef, ParsedFile> files,
                                                     Map<ProfileRef, Map<String, ResolvedRule>> resolved,
                                                     Deque<ProfileRef> path, List<Problem> problems) {
        if (resolved.containsKey(ref)) {
            return resolved.get(ref);
        }
        ParsedFile file = files.get(ref);
        if (path.contains(ref)) {
            problems.add(new Problem(file.name(), "header", "extends/includes form a cycle: "
                    + path.stream().map(ProfileRef::toString).collect(Collectors.joining(" -> ")) + " -> " + ref));
            return null;
        }
        path.addLast(ref);
        Map<String, ResolvedRule> rules = new LinkedHashMap<>();
        boolean ok = true;
        if (file.extendsRef() != null) {
            Map<String, ResolvedRule> parent = referenced(file, file.extendsRef(), Kind.PROFILE, "extends", files,
                    resolved, path, problems);
            ok = parent != null;
            if (parent != null) {
                rules.putAll(parent);
            }
        }
        Map<String, ProfileRef> fromParts = new HashMap<>();
        for (ProfileRef include : file.includes()) {
            Map<String, ResolvedRule> part = referenced(file, include, Kind.PART, "includes", files, resolved, path,
                    problems);
            if (part == null) {
                ok = false;
                continue;
            }
            for (ResolvedRule rule : part.values()) {
                ProfileRef other = fromParts.put(rule.ruleId(), include);
                if (other != null) {
                    problems.add(new Problem(file.name(), rule.ruleId(), "is set by both included parts " + other
                            + " and " + include));
                    ok = false;
                }
                rules.put(rule.ruleId(), rule);
            }
        }
        for (ResolvedRule own : file.entries().values()) {
            if (fromParts.containsKey(own.ruleId())) {
                problems.add(new Problem(file.name(), own.ruleId(), "is set both here and in the included part "
                        + fromParts.get(own.ruleId()) + "; set it in one place"));
                ok = false;
            }
            rules.put(own.ruleId(), own);
        }
        path.removeLast();
        Map<String, ResolvedRule> result = ok ? rules : null;
        resolved.put(ref, result);
        return result;
    }

    private static Map<String, ResolvedRule> referenced(ParsedFile file, ProfileRef target, Kind kind, String how,
                                                        Map<ProfileRef, ParsedFile> files,
                                                        Map<ProfileRef, Map<String, ResolvedRule>> resolved,
                                                        Deque<ProfileRef> path, List<Problem> problems) {
        ParsedFile other = files.get(target);
        if (other == null) {
            problems.add(new Problem(file.name(), "header", how + " " + target + ", which is not among the loaded "
                    + "profiles (" + files.keySet().stream().map(ProfileRef::toString).sorted()
                    .collect(Collectors.joining(", ")) + ")"));
            return null;
        }
        if (other.kind() != kind) {
            problems.add(new Problem(file.name(), "header", how + " " + target + ", which is a " + other.kind()
                    + "; a profile extends a PROFILE and includes PARTs"));
            return null;
        }
        return resolve(target, files, resolved, path, problems);
    }

    /** A bindable profile answers every profile-dependent rule, and its rules agree with each other. */
    private static boolean checkWhole(ParsedFile file, Map<String, ResolvedRule> rules,
                                      Map<ProfileRef, ParsedFile> files, List<Problem> problems) {
        int before = problems.size();
        for (String ruleId : RuleCatalogue.IDS) {
            if (!rules.containsKey(ruleId)) {
                problems.add(new Problem(file.name(), ruleId, "is not set by " + file.ref() + ", its included parts "
                        + "or the profiles it extends; every profile must set every profile-dependent rule"));
            }
        }
        if (problems.size() > before) {
            return false;
        }
        ResolvedRule asg02 = rules.get("ASG-02");
        List<AssignmentScope> scopes = asg02.as(Asg02.class).scopes();
        String scopesSource = "ASG-02 (" + scopes + ", set by " + asg02.entry().definedIn() + ")";

        ResolvedRule asg05 = rules.get("ASG-05");
        for (AssignmentScope scope : AssignmentScope.values()) {
            for (String form : List.of("INDIVIDUAL", "TEAM")) {
                long rows = asg05.as(Asg05.class).issuers().stream().filter(r -> r.scope() == scope
                        && (r.form() == FormSelector.ANY || r.form().name().equals(form))).count();
                long everyMode = asg05.as(Asg05.class).issuers().stream().filter(r -> r.scope() == scope
                        && r.mode() == null && (r.form() == FormSelector.ANY || r.form().name().equals(form))).count();
                if (scopes.contains(scope) && everyMode == 0) {
                    problems.add(wholeProblem(file, asg05, files, "names no order issuer for scope " + scope
                            + ", form " + form + ", which " + scopesSource + " provides for"));
                }
                if (!scopes.contains(scope) && rows > 0 && form.equals("INDIVIDUAL")) {
                    problems.add(wholeProblem(file, asg05, files, "names an order issuer for scope " + scope
                            + ", which " + scopesSource + " does not provide for"));
                }
            }
        }
        ResolvedRule asg12 = rules.get("ASG-12");
        asg12.as(Asg12.class).voluntaryScopes().stream().filter(s -> !scopes.contains(s)).forEach(s ->
                problems.add(wholeProblem(file, asg12, files, "lets voluntary applications go " + s + ", which "
                        + scopesSource + " does not provide for")));
        ResolvedRule team07 = rules.get("TEAM-07");
        Set<AssignmentScope> established = team07.as(Team07.class).establishers().stream()
                .map(RuleData.EstablisherRow::scope).collect(Collectors.toSet());
        for (AssignmentScope scope : AssignmentScope.values()) {
            if (scopes.contains(scope) && !established.contains(scope)) {
                problems.add(wholeProblem(file, team07, files, "names no one to establish teams of scope " + scope
                        + ", which " + scopesSource + " provides for"));
            }
            if (!scopes.contains(scope) && established.contains(scope)) {
                problems.add(wholeProblem(file, team07, files, "names who establishes teams of scope " + scope
                        + ", which " + scopesSource + " does not provide for"));
            }
        }
        return problems.size() == before;
    }

    private static Problem wholeProblem(ParsedFile profile, ResolvedRule rule, Map<ProfileRef, ParsedFile> files,
                                        String message) {
        ParsedFile definedIn = files.get(rule.entry().definedIn());
        String where = definedIn == profile ? "" : " (in profile " + profile.ref() + ", which inherits it; set "
                + rule.ruleId() + " in " + profile.name() + ")";
        return new Problem(definedIn.name(), rule.ruleId(), message + where);
    }

    // ------------------------------------------------------------------ helpers

    private static ProfileRef ref(JsonNode node) {
        return new ProfileRef(node.get("id").asText(), node.get("version").asInt());
    }

    private static String entryOf(ValidationMessage error) {
        Matcher matcher = RULE_IN_PATH.matcher(error.getInstanceLocation().toString());
        if (matcher.find()) {
            return matcher.group(1);
        }
        String location = error.getInstanceLocation().toString();
        if ("$.rules".equals(location) || "/rules".equals(location)) {
            Matcher property = UNKNOWN_PROPERTY.matcher(error.getMessage());
            if (property.find()) {
                return property.group(1);
            }
        }
        return "header";
    }

    /** The entry's settings as written, without version/summary/citation, nested citations completed. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> display(JsonNode node, String regulation) {
        ObjectNode copy = node.deepCopy();
        copy.remove(List.of("version", "summary", "citation"));
        completeCitations(copy, regulation);
        return BIND.convertValue(copy, Map.class);
    }

    private static void completeCitations(JsonNode node, String regulation) {
        if (node.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                JsonNode value = field.getValue();
                if (field.getKey().toLowerCase().endsWith("citation") && value.isObject()
                        && !value.hasNonNull("regulation")) {
                    ((ObjectNode) value).put("regulation", regulation);
                }
                if (field.getKey().toLowerCase().endsWith("citations") && value.isArray()) {
                    value.forEach(item -> {
                        if (item.isObject() && !item.hasNonNull("regulation")) {
                            ((ObjectNode) item).put("regulation", regulation);
                        }
                    });
                }
                completeCitations(value, regulation);
            }
        } else if (node.isArray()) {
            node.forEach(item -> completeCitations(item, regulation));
        }
    }

    private static String displayName(String location, String url, String filename) {
        String pattern = location.replaceFirst("^classpath\\*?:", "").replaceFirst("^file:", "");
        int wildcard = pattern.indexOf('*');
        String root = wildcard < 0 ? pattern : pattern.substring(0, wildcard);
        int at = root.isEmpty() ? -1 : url.lastIndexOf(root);
        return at < 0 ? filename : url.substring(at);
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ProfileLoader.class.getClassLoader().getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is missing from the classpath");
            }
            JsonNode schema = BIND.readTree(in);
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(schema, SchemaValidatorsConfig.builder().build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
