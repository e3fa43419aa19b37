package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sistemkerja.contracts.vocabulary.PositionKind.ADMINISTRATOR;
import static id.sistemkerja.contracts.vocabulary.PositionKind.FUNGSIONAL;
import static id.sistemkerja.contracts.vocabulary.PositionKind.JPT_PRATAMA;
import static id.sistemkerja.contracts.vocabulary.PositionKind.PELAKSANA;
import static id.sistemkerja.contracts.vocabulary.PositionKind.PENGAWAS;
import static org.assertj.core.api.Assertions.assertThat;

/** The December 2026 corrections in the version-2 profiles (placement, coordination, in-force dates). */
class ProfileCorrectionsTest {

    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));

    private static RegulationProfile profile(String id, int version) {
        return PROFILES.get(new ProfileRef(id, version));
    }

    @Test
    @DisplayName("REG-01 each profile carries its regulation's in-force date and article: Bandung 1 April 2023 (BDG23 "
            + "Pasal 23), Bekasi 6 July 2023 (BKS23 Pasal 21), Serang 4 May 2023 (SRG23 Pasal 22), Cilegon 5 June 2023 "
            + "(CLG23 Pasal 16); version 1 files take it from the regulation")
    void inForceDates() {
        Map<String, String> expected = Map.of(
                "bandung-2023", "2023-04-01 Perwal Bandung 6/2023 Pasal 23",
                "bekasi-2023", "2023-07-06 Perwal Bekasi 37/2023 Pasal 21",
                "serang-2023", "2023-05-04 Perwal Serang 23/2023 Pasal 22",
                "cilegon-2023", "2023-06-05 Perwal Cilegon 17/2023 Pasal 16");
        expected.forEach((id, text) -> {
            for (int version : new int[] {1, 2}) {
                RegulationInfo.InForce inForce = profile(id, version).inForce().orElseThrow();
                assertThat(inForce.from() + " " + inForce.citation().text()).as(id + "@" + version).isEqualTo(text);
            }
        });
        assertThat(profile("bandung-2023", 2).regulation().enacted()).isEqualTo(LocalDate.of(2023, 2, 16));
        assertThat(profile("bandung-2023", 1).regulation().inForce()).as("v1 file is not edited").isNull();
        assertThat(profile("national-7-2022", 2).inForce()).isEmpty();

        Decision<LocalDate> early = profile("bandung-2023", 2).bindableFrom(LocalDate.of(2023, 2, 16));
        assertThat(early.isRefused()).isTrue();
        assertThat(early.failures()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("REG-01");
            assertThat(f.citation().text()).isEqualTo("Perwal Bandung 6/2023 Pasal 23");
        });
        assertThat(profile("bandung-2023", 2).bindableFrom(LocalDate.of(2023, 4, 1)).isAllowed()).isTrue();
    }

    @Test
    @DisplayName("ASG-08 Bekasi citations: version 2 cites lampiran C (the flows, C.2) where version 1 cited lampiran "
            + "B; version 1 is unchanged, so what decisions recorded under it (profile and version) still reads as "
            + "it did")
    void bekasiCitationsNameLampiranC() {
        assertThat(profile("bekasi-2023", 2).rule("ASG-08").orElseThrow().citation().text())
                .isEqualTo("Perwal Bekasi 37/2023 lampiran C.2 angka 1 huruf b)");
        assertThat(profile("bekasi-2023", 1).rule("ASG-08").orElseThrow().citation().text())
                .isEqualTo("Perwal Bekasi 37/2023 lampiran B.2 angka 1 huruf b)");
    }

    @Test
    @DisplayName("ORG-08 Bandung v2: a Pelaksana sits under a Pengawas, else the Administrator, else the JPT where the "
            + "unit has neither (DPMPTSP; Perwal Bandung 6/2023 Pasal 6(4), lampiran B.1.a.2, D.3)")
    void bandungPelaksanaChain() {
        RegulationProfile bandung = profile("bandung-2023", 2);
        assertThat(bandung.placementAppraiser(PELAKSANA, null, UnitFacts.of(ADMINISTRATOR,
                Set.of(ADMINISTRATOR, PENGAWAS, JPT_PRATAMA))).outcome().appraiserKinds()).containsExactly(PENGAWAS);
        assertThat(bandung.placementAppraiser(PELAKSANA, null, UnitFacts.of(ADMINISTRATOR,
                Set.of(ADMINISTRATOR, JPT_PRATAMA))).outcome().appraiserKinds()).containsExactly(ADMINISTRATOR);
        Decision<PlacementAppraiserRule> dpmptsp = bandung.placementAppraiser(PELAKSANA, null,
                UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA)));
        assertThat(dpmptsp.isAllowed()).isTrue();
        assertThat(dpmptsp.outcome().appraiserKinds()).containsExactly(JPT_PRATAMA);
        // version 1 refused the DPMPTSP structure; its decisions stay as recorded
        assertThat(profile("bandung-2023", 1).placementAppraiser(PELAKSANA, null,
                UnitFacts.of(JPT_PRATAMA, Set.of(JPT_PRATAMA))).isRefused()).isTrue();
    }

    @Test
    @DisplayName("ORG-07 Cilegon v2: the text ties placement to no job map (Perwal Cilegon 17/2023 Pasal 4), so a unit "
            + "without one takes placements; Bandung and Bekasi still follow the job map, Serang falls back")
    void jobMapOnlyWhereTheTextHasIt() {
        UnitFacts noJobMap = UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR)).withJobMap(false);
        Decision<PlacementAppraiserRule> cilegon = profile("cilegon-2023", 2).placementAppraiser(FUNGSIONAL,
                FunctionalLevel.AHLI_MUDA, noJobMap);
        assertThat(cilegon.isAllowed()).isTrue();
        assertThat(cilegon.outcome().followsJobMap()).isFalse();
        assertThat(cilegon.citations().get(0).text()).isEqualTo("Perwal Cilegon 17/2023 Pasal 4(1),(3)");
        assertThat(profile("bandung-2023", 2).placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA, noJobMap)
                .isRefused()).isTrue();
        assertThat(profile("bekasi-2023", 2).placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA, noJobMap)
                .isRefused()).isTrue();
        assertThat(profile("serang-2023", 2).placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA, noJobMap)
                .outcome().underStructuralOfficialInCharge()).isTrue();
        assertThat(profile("cilegon-2023", 1).placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_MUDA, noJobMap)
                .isRefused()).as("version 1 inherited the core's refusal").isTrue();
    }

    @Test
    @DisplayName("ORG-11 Bekasi v2: coordination never decides placement; every Inspektorat JF goes to an "
            + "Administrator (Perwal Bekasi 31/2021 Pasal 6(9)), and the entry records its readings with both articles")
    @SuppressWarnings("unchecked")
    void bekasiCoordinationReadings() {
        RegulationProfile bekasi = profile("bekasi-2023", 2);
        assertThat(bekasi.placementAppraiser(FUNGSIONAL, FunctionalLevel.AHLI_PERTAMA,
                UnitFacts.of(ADMINISTRATOR, Set.of(ADMINISTRATOR))).isAllowed()).isTrue();
        assertThat(bekasi.technicalCoordinator(FunctionalLevel.TERAMPIL, "INSPEKTORAT").outcome())
                .isEqualTo(ADMINISTRATOR);
        assertThat(profile("bekasi-2023", 1).technicalCoordinator(FunctionalLevel.TERAMPIL, "INSPEKTORAT").outcome())
                .isEqualTo(PENGAWAS);
        RuleEntry org11 = bekasi.rule("ORG-11").orElseThrow();
        assertThat(org11.version()).isEqualTo(2);
        assertThat(org11.definedIn()).isEqualTo(new ProfileRef("bekasi-2021", 2));
        List<Map<String, Object>> readings = (List<Map<String, Object>>) org11.data().get("readings");
        assertThat(readings).hasSize(4);
        assertThat(readings.get(0).get("question").toString()).contains("Pasal 2 Ayat (6)");
        assertThat(readings.get(0)).containsKeys("taken", "other", "citations", "otherReadingProfile");
        assertThat(readings.get(1).get("question").toString()).contains("Pasal 5(5)");
    }
}
