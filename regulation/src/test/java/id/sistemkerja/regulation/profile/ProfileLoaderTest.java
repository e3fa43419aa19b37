package id.sistemkerja.regulation.profile;

import id.sistemkerja.regulation.profile.ProfileLoader.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProfileLoaderTest {

    private static final String HEADER = """
            id: broken-2023
            version: 1
            kind: PROFILE
            title: Broken test profile
            regulation: {code: BRK23, name: Peraturan Uji 1/2023, short: Perwal Uji 1/2023}
            extends: {id: national-7-2022, version: 1}
            """;

    /** The platform's profiles plus {@code extra}. */
    private static RegulationProfiles loadWith(Source... extra) {
        RegulationProfiles shipped = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
        assertThat(shipped.all()).isNotEmpty();
        List<Source> sources = new ArrayList<>(shippedSources());
        sources.addAll(List.of(extra));
        return ProfileLoader.fromSources(sources);
    }

    private static List<Source> shippedSources() {
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
            List<Source> sources = new ArrayList<>();
            for (var resource : resolver.getResources(ProfileLoader.DEFAULT_LOCATION)) {
                String url = resource.getURL().toString();
                sources.add(new Source(url.substring(url.lastIndexOf("profiles/")),
                        resource.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)));
            }
            return sources;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String problems(Source... extra) {
        return assertThatThrownBy(() -> loadWith(extra)).isInstanceOf(InvalidProfileException.class)
                .actual().getMessage();
    }

    @Test
    @DisplayName("the shipped profiles load: five bindable profiles, each setting every profile-dependent rule")
    void shippedProfilesLoad() {
        RegulationProfiles profiles = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
        assertThat(profiles.all()).extracting(p -> p.ref().toString()).containsExactly("bandung-2023@1",
                "bandung-2023@2", "bandung-2023@3", "bekasi-2023@1", "bekasi-2023@2", "cilegon-2023@1",
                "cilegon-2023@2", "national-7-2022@1", "national-7-2022@2", "serang-2023@1", "serang-2023@2");
        for (RegulationProfile profile : profiles.all()) {
            assertThat(profile.rules()).extracting(RuleEntry::ruleId)
                    .containsExactlyElementsOf(RegulationProfiles.profileDependentRuleIds());
            assertThat(profile.rules()).allSatisfy(entry -> {
                assertThat(entry.version()).isPositive();
                assertThat(entry.citation().regulation()).isNotBlank();
                assertThat(entry.citation().article()).isNotBlank();
                assertThat(entry.summary()).isNotBlank();
            });
        }
    }

    @Test
    @DisplayName("bekasi-2023 takes ORG-11 from the bekasi-2021 part it includes, citing Perwal Bekasi 31/2021")
    void bekasiIncludesTheRelationsPart() {
        RegulationProfile bekasi = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION))
                .get(new ProfileRef("bekasi-2023", 1));
        RuleEntry org11 = bekasi.rule("ORG-11").orElseThrow();
        assertThat(org11.definedIn()).isEqualTo(new ProfileRef("bekasi-2021", 1));
        assertThat(org11.citation().text()).isEqualTo("Perwal Bekasi 31/2021 Pasal 6(6)-(9)");
        assertThat(bekasi.rule("TEAM-03").orElseThrow().definedIn()).isEqualTo(new ProfileRef("bekasi-2023", 1));
        assertThat(bekasi.rule("ASG-14").orElseThrow().definedIn()).isEqualTo(new ProfileRef("national-7-2022", 1));
    }

    @Test
    @DisplayName("a criterion value the schema allows but the vocabulary does not is refused naming file, entry and value")
    void badCriterionValue() {
        String message = problems(new Source("profiles/broken-2023/v1.yml", HEADER + """
                rules:
                  TEAM-05:
                    version: 1
                    summary: test
                    citation: {article: Pasal 1}
                    positionKinds: [PELAKSANA]
                    positionKindsCitation: {article: Pasal 1}
                    criteria:
                      - {criterion: MIN_RANK, value: "III/b", citation: {article: Pasal 1}}
                """));
        assertThat(message).contains("profiles/broken-2023/v1.yml, entry TEAM-05: criteria[0] (MIN_RANK): value "
                + "'III/b' is not a Rank; expected one of I_A");
    }

    @Test
    @DisplayName("a schema violation names file, entry and JSON path")
    void schemaViolation() {
        String message = problems(new Source("profiles/broken-2023/v1.yml", HEADER + """
                rules:
                  ASG-12:
                    version: 1
                    summary: test
                    citation: {article: Pasal 1}
                    voluntaryScopes: [WITHIN_UNIT, ACROSS_THE_UNIVERSE]
                  TEAM-05:
                    version: 1
                    summary: test
                    positionKinds: [PELAKSANA]
                    positionKindsCitation: {article: Pasal 1}
                    criteria: []
                """));
        assertThat(message)
                .contains("profiles/broken-2023/v1.yml, entry ASG-12: /rules/ASG-12/voluntaryScopes/1: does not have a value in the enumeration")
                .contains("profiles/broken-2023/v1.yml, entry TEAM-05: /rules/TEAM-05: required property 'citation' "
                        + "not found")
                .doesNotContain("not evaluated");
    }

    @Test
    @DisplayName("an unknown rule id is refused naming it")
    void unknownRule() {
        String message = problems(new Source("profiles/broken-2023/v1.yml", HEADER + """
                rules:
                  TEAM-99: {version: 1, summary: test, citation: {article: Pasal 1}}
                """));
        assertThat(message).contains("profiles/broken-2023/v1.yml, entry TEAM-99:");
    }

    @Test
    @DisplayName("YAML that does not parse is refused with file, line and column")
    void yamlSyntax() {
        String message = problems(new Source("profiles/broken-2023/v1.yml", HEADER + """
                rules:
                  ASG-12: {version: 1, summary: "unterminated
                """));
        assertThat(message).contains("profiles/broken-2023/v1.yml, entry file: not valid YAML at line 8");
    }

    @Test
    @DisplayName("a rule set for a scope the profile does not allow is an inconsistency naming the inherited entry")
    void inconsistentScopes() {
        String message = problems(new Source("profiles/broken-2023/v1.yml", HEADER + """
                rules:
                  ASG-02:
                    version: 1
                    summary: no cross-department scope
                    citation: {article: Pasal 2}
                    scopes: [WITHIN_UNIT, CROSS_UNIT, CROSS_AGENCY]
                """));
        assertThat(message)
                .contains("profiles/national-7-2022/v1.yml, entry ASG-05: names an order issuer for scope "
                        + "CROSS_DEPARTMENT, which ASG-02 ([WITHIN_UNIT, CROSS_UNIT, CROSS_AGENCY], set by "
                        + "broken-2023@1) does not provide for (in profile broken-2023@1, which inherits it; set ASG-05 "
                        + "in profiles/broken-2023/v1.yml)")
                .contains("entry TEAM-07: names who establishes teams of scope CROSS_DEPARTMENT");
    }

    @Test
    @DisplayName("a profile that extends nothing must set every profile-dependent rule")
    void incompleteProfile() {
        String message = problems(new Source("profiles/lonely-2023/v1.yml", """
                id: lonely-2023
                version: 1
                kind: PROFILE
                title: Lonely
                regulation: {code: L, name: L, short: L}
                rules: {}
                """));
        assertThat(message).contains("profiles/lonely-2023/v1.yml, entry ORG-07: is not set by lonely-2023@1")
                .contains("entry RPT-03: is not set");
    }

    @Test
    @DisplayName("an entry records where the text is ambiguous: the reading taken, the other reading and every article, "
            + "each citation completed with the regulation")
    void readingsAreRecordedWithTheirArticles() {
        RegulationProfiles profiles = loadWith(new Source("profiles/read-2023/v1.yml", """
                id: read-2023
                version: 1
                kind: PROFILE
                title: Readings
                regulation: {code: R, name: Peraturan Uji 2/2023, short: Perwal Uji 2/2023}
                extends: {id: national-7-2022, version: 1}
                rules:
                  ASG-12:
                    version: 1
                    summary: test
                    citation: {article: Pasal 12, paragraph: "(4)"}
                    voluntaryScopes: [WITHIN_UNIT, CROSS_UNIT, CROSS_DEPARTMENT]
                    readings:
                      - question: May a voluntary application go to another department?
                        taken: yes, by the body article
                        other: no, by the annex
                        citations: [{article: Pasal 12, paragraph: "(4)"}, {article: lampiran B.2, paragraph: huruf b}]
                """));
        RuleEntry asg12 = profiles.get(new ProfileRef("read-2023", 1)).rule("ASG-12").orElseThrow();
        @SuppressWarnings("unchecked")
        var reading = ((java.util.List<java.util.Map<String, Object>>) asg12.data().get("readings")).get(0);
        assertThat(reading).containsEntry("taken", "yes, by the body article").containsEntry("other", "no, by the annex");
        assertThat((java.util.List<?>) reading.get("citations")).hasSize(2).allSatisfy(citation ->
                assertThat(((java.util.Map<?, ?>) citation).get("regulation")).isEqualTo("Perwal Uji 2/2023"));

        String message = problems(new Source("profiles/read-2023/v1.yml", """
                id: read-2023
                version: 1
                kind: PROFILE
                title: Readings
                regulation: {code: R, name: R, short: R}
                extends: {id: national-7-2022, version: 1}
                rules:
                  ASG-12:
                    version: 1
                    summary: test
                    citation: {article: Pasal 12}
                    voluntaryScopes: [WITHIN_UNIT]
                    readings: [{question: q, taken: t, citations: [{article: Pasal 12}]}]
                """));
        assertThat(message).contains("profiles/read-2023/v1.yml, entry ASG-12").contains("other");
    }

    @Test
    @DisplayName("references to missing profiles, rules set twice (own and included part) and misnamed files are refused")
    void brokenReferences() {
        String message = problems(new Source("profiles/broken-2023/v2.yml", """
                id: broken-2023
                version: 1
                kind: PROFILE
                title: Broken
                regulation: {code: B, name: B, short: B}
                extends: {id: national-7-2022, version: 9}
                rules: {}
                """), new Source("profiles/twice-2023/v1.yml", """
                id: twice-2023
                version: 1
                kind: PROFILE
                title: Twice
                regulation: {code: T, name: T, short: T}
                extends: {id: national-7-2022, version: 1}
                includes: [{id: bekasi-2021, version: 1}]
                rules:
                  ORG-11:
                    version: 1
                    summary: test
                    citation: {article: Pasal 1}
                    technicalCoordination: []
                    exceptions: []
                """));
        assertThat(message)
                .contains("profiles/broken-2023/v2.yml, entry header: a profile file is named <id>/v<version>.yml; "
                        + "this one must be broken-2023/v1.yml")
                .contains("profiles/twice-2023/v1.yml, entry ORG-11: is set both here and in the included part "
                        + "bekasi-2021@1");
        String missing = problems(new Source("profiles/broken-2023/v1.yml", HEADER.replace("version: 1\n" +
                "kind", "version: 1\nkind").replace("national-7-2022, version: 1", "national-7-2022, version: 9")
                + "rules: {}\n"));
        assertThat(missing).contains("profiles/broken-2023/v1.yml, entry header: extends national-7-2022@9, which "
                + "is not among the loaded profiles");
    }

    @Test
    @DisplayName("every problem is reported at once, one line each")
    void allProblemsAtOnce() {
        InvalidProfileException failure = (InvalidProfileException) org.assertj.core.api.Assertions.catchThrowable(
                () -> loadWith(new Source("profiles/broken-2023/v1.yml", HEADER + """
                        rules:
                          TEAM-05:
                            version: 1
                            summary: test
                            citation: {article: Pasal 1}
                            positionKinds: [PELAKSANA]
                            positionKindsCitation: {article: Pasal 1}
                            criteria:
                              - {criterion: MIN_EDUCATION, value: S7, citation: {article: Pasal 1}}
                              - {criterion: COMPETENCE_IN_FIELD, value: "yes", citation: {article: Pasal 1}}
                              - {criterion: MIN_JOB_CLASS, value: 6, appliesTo: [FUNGSIONAL], citation: {article: Pasal 1}}
                        """)));
        assertThat(failure.problems()).extracting(p -> p.entry() + ": " + p.message()).containsExactly(
                "TEAM-05: criteria[0] (MIN_EDUCATION): value 'S7' is not a Education; expected one of SD, SMP, SMA, "
                        + "D1, D2, D3, D4, S1, S2, S3",
                "TEAM-05: criteria[1] (COMPETENCE_IN_FIELD): takes no value, found 'yes'",
                "TEAM-05: criteria[2] (MIN_JOB_CLASS): applies to [FUNGSIONAL], which may not hold the role at all "
                        + "(positionKinds [PELAKSANA])");
        assertThat(failure.getMessage().lines().collect(Collectors.toList())).hasSize(4);
    }
}
