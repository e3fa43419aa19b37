package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.ProfileLoader.Source;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The December 2026 corrections of the assignment rules in the version 2 profiles (issues 12 and 14). */
class AssignmentProfileCorrectionsTest {

    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    private static final RegulationProfile BANDUNG = PROFILES.get(new ProfileRef("bandung-2023", 2));
    private static final RegulationProfile BANDUNG_LAMPIRAN = PROFILES.get(new ProfileRef("bandung-2023", 3));
    private static final RegulationProfile BEKASI = PROFILES.get(new ProfileRef("bekasi-2023", 2));
    private static final RegulationProfile SERANG = PROFILES.get(new ProfileRef("serang-2023", 2));
    private static final RegulationProfile CILEGON = PROFILES.get(new ProfileRef("cilegon-2023", 2));

    private static String text(Decision<?> decision) {
        return decision.citations().get(0).text();
    }

    @Test
    @DisplayName("ASG-02 ASG-05 ASG-12 TEAM-07 Serang v2: work between two perangkat daerah is lintas Unit Organisasi; the owning unit head issues, voluntary applications have no scope limit, the Sekda decrees the team (SRG23 Pasal 1(16), 8(2)a, 10(4), 11(2), 13(2)b)")
    void serangCrossDepartment() {
        assertThat(SERANG.assignmentScope(AssignmentScope.CROSS_DEPARTMENT).isAllowed()).isTrue();
        Decision<OrderIssuer> issuer = SERANG.orderIssuer(AssignmentScope.CROSS_DEPARTMENT, AssignmentForm.INDIVIDUAL);
        assertThat(issuer.outcome().anyOf()).containsExactly(Official.OWNING_UNIT_HEAD);
        assertThat(text(issuer)).isEqualTo("Perwal Serang 23/2023 Pasal 8(2) huruf a");
        assertThat(SERANG.voluntaryApplicationTarget(AssignmentScope.CROSS_DEPARTMENT).isAllowed()).isTrue();
        assertThat(SERANG.voluntaryApplicationTarget(AssignmentScope.CROSS_AGENCY).isAllowed()).isTrue();
        Decision<TeamEstablisher> team = SERANG.teamEstablisher(AssignmentScope.CROSS_DEPARTMENT);
        assertThat(team.outcome().anyOf()).containsExactly(Official.REGIONAL_SECRETARY);
        assertThat(text(team)).isEqualTo("Perwal Serang 23/2023 Pasal 13(2) huruf b");
        // version 1 keeps what it decided
        assertThat(PROFILES.get(new ProfileRef("serang-2023", 1)).assignmentScope(AssignmentScope.CROSS_DEPARTMENT)
                .isRefused()).isTrue();
    }

    @Test
    @DisplayName("ASG-02 ASG-05 ASG-12 TEAM-07 Cilegon v2: across perangkat daerah the appraiser where the employee sits issues on the unit head's recommendation, voluntary applications go there too, the owning unit head decrees the team (CLG23 Pasal 1(14), 9(1), lampiran B.1.b, B.2.b)")
    void cilegonCrossDepartment() {
        OrderIssuer issuer = CILEGON.orderIssuer(AssignmentScope.CROSS_DEPARTMENT, AssignmentForm.INDIVIDUAL)
                .outcome();
        assertThat(issuer.anyOf()).containsExactly(Official.APPRAISER);
        assertThat(issuer.recommendationBy()).isEqualTo(Official.UNIT_HEAD);
        assertThat(CILEGON.voluntaryApplicationTarget(AssignmentScope.CROSS_DEPARTMENT).isAllowed()).isTrue();
        assertThat(CILEGON.voluntaryApplicationTarget(AssignmentScope.CROSS_AGENCY).isRefused()).isTrue();
        assertThat(CILEGON.teamEstablisher(AssignmentScope.CROSS_DEPARTMENT).outcome().anyOf())
                .containsExactly(Official.OWNING_UNIT_HEAD);
    }

    @Test
    @DisplayName("ASG-05 Cilegon v2: within the unit the unit head appoints directly, the appraiser on the unit head's proposal (CLG23 lampiran B intro, B.1.a, B.2.a)")
    void cilegonWithinUnit() {
        Decision<OrderIssuer> issuer = CILEGON.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL);
        assertThat(issuer.outcome().anyOf()).containsExactly(Official.UNIT_HEAD, Official.APPRAISER);
        assertThat(issuer.outcome().proposalBy()).isEqualTo(Official.UNIT_HEAD);
        assertThat(text(issuer)).isEqualTo("Perwal Cilegon 17/2023 lampiran B.1 huruf a");
    }

    @Test
    @DisplayName("ASG-05 ASG-10 Bekasi v2: a voluntary application within the unit ends in an SPT from Level I; an appointment within the unit by the appraiser or unit head, on the unit head's proposal (BKS23 lampiran C.2 huruf d, angka 2 huruf a) angka 3))")
    void bekasiVoluntaryWithinUnit() {
        Decision<OrderIssuer> voluntary = BEKASI.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL,
                AssignmentMode.PENGAJUAN_SUKARELA);
        assertThat(voluntary.outcome().anyOf()).containsExactly(Official.LEVEL_ONE);
        assertThat(text(voluntary)).isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 2 huruf a) angka 3)");
        OrderIssuer appointment = BEKASI.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL,
                AssignmentMode.PENUNJUKAN).outcome();
        assertThat(appointment.anyOf()).containsExactly(Official.APPRAISER, Official.UNIT_HEAD);
        assertThat(appointment.proposalBy()).isEqualTo(Official.UNIT_HEAD);
        assertThat(BEKASI.orderIssuer(AssignmentScope.WITHIN_UNIT, AssignmentForm.TEAM).outcome().anyOf())
                .containsExactly(Official.APPRAISER, Official.UNIT_HEAD);
    }

    @Test
    @DisplayName("ASG-08 Bandung v2: the head of the unit and of the perangkat daerah where the employee sits may answer an involvement request too (BDG23 Pasal 8(3), 9(2)-(3))")
    void bandungAnswerers() {
        Decision<CrossUnitAppointmentFlow> flow = BANDUNG.crossUnitAppointmentFlow();
        assertThat(flow.outcome().answeredBy()).containsExactly(Official.APPRAISER, Official.UNIT_HEAD,
                Official.HEAD_OF_DEPARTMENT);
        assertThat(flow.citations().get(1).text()).isEqualTo("Perwal Bandung 6/2023 Pasal 8(3)");
        assertThat(CILEGON.crossUnitAppointmentFlow().outcome().answeredBy()).containsExactly(Official.APPRAISER);
    }

    @Test
    @DisplayName("ASG-12 Bandung: version 2 takes the body (Pasal 12(4): across perangkat daerah too), version 3 the annex (lampiran B.2.b); each records both readings and the profile of the other")
    void bandungReadings() {
        assertThat(BANDUNG.voluntaryApplicationTarget(AssignmentScope.CROSS_DEPARTMENT).isAllowed()).isTrue();
        Decision<AssignmentScope> annex = BANDUNG_LAMPIRAN.voluntaryApplicationTarget(AssignmentScope.CROSS_DEPARTMENT);
        assertThat(annex.isRefused()).isTrue();
        assertThat(annex.failures().get(0).citation().text()).isEqualTo("Perwal Bandung 6/2023 lampiran B.2 huruf b");
        assertThat(reading(BANDUNG)).containsEntry("otherReadingProfile", Map.of("id", "bandung-2023", "version", 3));
        assertThat(reading(BANDUNG_LAMPIRAN)).containsEntry("otherReadingProfile",
                Map.of("id", "bandung-2023", "version", 2));
        // version 3 changes ASG-12 only
        assertThat(BANDUNG_LAMPIRAN.rules()).filteredOn(e -> !e.ruleId().equals("ASG-12"))
                .allSatisfy(e -> assertThat(e).isEqualTo(BANDUNG.rule(e.ruleId()).orElseThrow()));
    }

    @Test
    @DisplayName("ASG-07 ASG-13 ASG-14 each city's refusals cite its own article for the common rules; a city without one cites PermenPANRB 7/2022 (BDG23 Pasal 8(3); CLG23 lampiran B.1; BKS23 lampiran C.2 angka 1 huruf c); SRG23 Pasal 8(1))")
    void commonRuleCitations() {
        assertThat(BANDUNG.citation("ASG-07").orElseThrow().text()).isEqualTo("Perwal Bandung 6/2023 Pasal 8(3), 9(2)");
        assertThat(CILEGON.citation("ASG-07").orElseThrow().text()).isEqualTo("Perwal Cilegon 17/2023 lampiran B.1");
        assertThat(SERANG.citation("ASG-07").orElseThrow().text()).startsWith("PermenPANRB 7/2022 Lampiran");
        assertThat(BEKASI.citation("ASG-13").orElseThrow().text())
                .isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf c)");
        assertThat(BEKASI.citation("ASG-08").orElseThrow().text())
                .isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf b)");
        assertThat(SERANG.assignmentPlanItem().citations().get(0).text()).isEqualTo("Perwal Serang 23/2023 Pasal 8(1)");
        assertThat(SERANG.unitWorkPlan().citations().get(0).text()).isEqualTo("Perwal Serang 23/2023 Pasal 7(1),(3)");
        // version 1 profiles name no article of their own for common rules
        assertThat(PROFILES.get(new ProfileRef("bandung-2023", 1)).citation("ASG-07")).isEmpty();
    }

    @Test
    @DisplayName("a profile's citations name only common rules, and two issuers for one scope, form and mode are refused")
    void loaderChecks() {
        String message = problems(new Source("profiles/cite-2023/v1.yml", """
                id: cite-2023
                version: 1
                kind: PROFILE
                title: Citations
                regulation: {code: C, name: C, short: Perwal C}
                extends: {id: national-7-2022, version: 2}
                citations:
                  ASG-05: {article: Pasal 1}
                rules: {}
                """), new Source("profiles/mode-2023/v1.yml", """
                id: mode-2023
                version: 1
                kind: PROFILE
                title: Modes
                regulation: {code: M, name: M, short: Perwal M}
                extends: {id: national-7-2022, version: 2}
                rules:
                  ASG-05:
                    version: 1
                    summary: test
                    citation: {article: Pasal 1}
                    issuers:
                      - {scope: WITHIN_UNIT, form: ANY, anyOf: [UNIT_HEAD], citation: {article: Pasal 1}}
                      - {scope: WITHIN_UNIT, form: ANY, mode: PENGAJUAN_SUKARELA, anyOf: [LEVEL_ONE], citation: {article: Pasal 2}}
                      - {scope: WITHIN_UNIT, form: INDIVIDUAL, mode: PENGAJUAN_SUKARELA, anyOf: [UNIT_HEAD], citation: {article: Pasal 3}}
                      - {scope: CROSS_UNIT, form: ANY, anyOf: [UNIT_HEAD], citation: {article: Pasal 1}}
                      - {scope: CROSS_DEPARTMENT, form: ANY, anyOf: [UNIT_HEAD], citation: {article: Pasal 1}}
                      - {scope: CROSS_AGENCY, form: ANY, anyOf: [UNIT_HEAD], citation: {article: Pasal 1}}
                """));
        assertThat(message).contains("profiles/cite-2023/v1.yml, entry ASG-05: is profile-dependent")
                .contains("profiles/mode-2023/v1.yml, entry ASG-05: two issuers for scope WITHIN_UNIT, form "
                        + "INDIVIDUAL, mode PENGAJUAN_SUKARELA");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> reading(RegulationProfile profile) {
        return ((List<Map<String, Object>>) profile.rule("ASG-12").orElseThrow().data().get("readings")).get(0);
    }

    private static String problems(Source... extra) {
        List<Source> sources = new ArrayList<>();
        try {
            var resolver = new org.springframework.core.io.support.PathMatchingResourcePatternResolver();
            for (var resource : resolver.getResources(ProfileLoader.DEFAULT_LOCATION)) {
                String url = resource.getURL().toString();
                sources.add(new Source(url.substring(url.lastIndexOf("profiles/")),
                        resource.getContentAsString(StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sources.addAll(List.of(extra));
        return assertThatThrownBy(() -> ProfileLoader.fromSources(sources)).isInstanceOf(InvalidProfileException.class)
                .actual().getMessage();
    }
}
