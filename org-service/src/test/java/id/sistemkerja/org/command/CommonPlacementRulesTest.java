package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The common placement rules on their own, one behaviour per test. */
class CommonPlacementRulesTest {

    private static final LocalDate FROM = LocalDate.of(2024, 1, 2);
    private static final String DINAS = "kota-uji.dinkes";
    private static final String BIDANG = DINAS + ".yankes";
    private static final String OTHER_BIDANG = DINAS + ".p2p";
    private static final String PUSKESMAS = DINAS + ".pkm";

    private static UnitSnapshot unit(String id, UnitKind kind, boolean hasJobMap, boolean hasPengawas) {
        List<String> ancestors = id.equals(DINAS) ? List.of() : List.of(DINAS);
        return new UnitSnapshot(id, "kota-uji", DINAS, UnitKind.DINAS, id.equals(DINAS) ? null : DINAS, ancestors,
                kind, null, hasJobMap, hasPengawas, null,
                hasPengawas ? java.util.Set.of(PositionKind.PENGAWAS) : java.util.Set.of());
    }

    private static final UnitSnapshot DINAS_UNIT = unit(DINAS, UnitKind.DINAS, false, false);
    private static final UnitSnapshot BIDANG_UNIT = unit(BIDANG, UnitKind.BIDANG, true, true);
    private static final UnitSnapshot OTHER_UNIT = unit(OTHER_BIDANG, UnitKind.BIDANG, true, false);
    private static final UnitSnapshot PUSKESMAS_UNIT = unit(PUSKESMAS, UnitKind.PUSKESMAS, true, false);

    private static PositionSnapshot position(String unitId, String code, PositionKind kind, boolean head) {
        return new PositionSnapshot(unitId + ":" + code, unitId, DINAS, kind, code,
                kind == PositionKind.FUNGSIONAL ? FunctionalLevel.AHLI_MUDA : null,
                kind == PositionKind.PELAKSANA ? 6 : null, 1, head);
    }

    private static AppointmentSnapshot holding(String unitId, String code, PositionKind kind) {
        return new AppointmentSnapshot("a", unitId + ":" + code, unitId, DINAS, kind, code,
                kind == PositionKind.FUNGSIONAL ? FunctionalLevel.AHLI_PERTAMA : null,
                kind == PositionKind.PELAKSANA ? 6 : null, FROM);
    }

    private static List<Violation> check(AppointmentSnapshot held, UnitSnapshot unit, PositionSnapshot appraiser,
                                         UnitSnapshot appraiserUnit) {
        return CommonPlacementRules.check(new PlacementProposal("kota-uji", "199001202015031003", FROM, held, unit,
                appraiser, appraiserUnit), false);
    }

    private static List<String> ruleIds(List<Violation> violations) {
        return violations.stream().map(Violation::ruleId).toList();
    }

    private static final AppointmentSnapshot JF_IN_BIDANG = holding(BIDANG, "analis", PositionKind.FUNGSIONAL);
    private static final AppointmentSnapshot PELAKSANA_IN_BIDANG = holding(BIDANG, "staf", PositionKind.PELAKSANA);
    private static final PositionSnapshot KABID = position(BIDANG, "kabid", PositionKind.ADMINISTRATOR, true);
    private static final PositionSnapshot KASI = position(BIDANG, "kasi", PositionKind.PENGAWAS, false);
    private static final PositionSnapshot KADIS = position(DINAS, "kadis", PositionKind.JPT_PRATAMA, true);

    @Test
    @DisplayName("ORG-04 a JF or Pelaksana is placed under a JPT Pratama, Administrator or Pengawas")
    void jfAndPelaksanaUnderStructural() {
        assertThat(check(JF_IN_BIDANG, BIDANG_UNIT, KABID, BIDANG_UNIT)).isEmpty();
        assertThat(check(JF_IN_BIDANG, BIDANG_UNIT, KADIS, DINAS_UNIT)).isEmpty();
        assertThat(check(PELAKSANA_IN_BIDANG, BIDANG_UNIT, KASI, BIDANG_UNIT)).isEmpty();
    }

    @Test
    @DisplayName("ORG-04 a structural official, or someone without a position, is not placed")
    void structuralOrUnappointedNotPlaced() {
        assertThat(ruleIds(check(null, BIDANG_UNIT, KABID, BIDANG_UNIT))).containsExactly("ORG-04");
        assertThat(ruleIds(check(holding(BIDANG, "kasi", PositionKind.PENGAWAS), BIDANG_UNIT, KABID, BIDANG_UNIT)))
                .containsExactly("ORG-04");
    }

    @Test
    @DisplayName("ORG-05 the appraiser is in the line above the unit, at least a Pengawas, and not the employee")
    void appraiserIsDirectSuperior() {
        PositionSnapshot otherKabid = position(OTHER_BIDANG, "kabid", PositionKind.ADMINISTRATOR, true);
        assertThat(ruleIds(check(JF_IN_BIDANG, BIDANG_UNIT, otherKabid, OTHER_UNIT))).containsExactly("ORG-05");
        PositionSnapshot pelaksana = position(BIDANG, "staf", PositionKind.PELAKSANA, false);
        assertThat(ruleIds(check(JF_IN_BIDANG, BIDANG_UNIT, pelaksana, BIDANG_UNIT))).containsExactly("ORG-05");
        PositionSnapshot own = position(BIDANG, "analis", PositionKind.FUNGSIONAL, false);
        assertThat(ruleIds(check(JF_IN_BIDANG, BIDANG_UNIT, own, BIDANG_UNIT))).contains("ORG-05");
    }

    @Test
    @DisplayName("ORG-06 a JF appraises only as head of an independent unit (Puskesmas, UPTD Satuan Pendidikan)")
    void functionalHeadOfIndependentUnit() {
        AppointmentSnapshot perawat = holding(PUSKESMAS, "perawat", PositionKind.FUNGSIONAL);
        PositionSnapshot kapus = position(PUSKESMAS, "kapus", PositionKind.FUNGSIONAL, true);
        assertThat(check(perawat, PUSKESMAS_UNIT, kapus, PUSKESMAS_UNIT)).isEmpty();
        PositionSnapshot colleague = position(PUSKESMAS, "dokter", PositionKind.FUNGSIONAL, false);
        assertThat(ruleIds(check(perawat, PUSKESMAS_UNIT, colleague, PUSKESMAS_UNIT))).containsExactly("ORG-06");
        PositionSnapshot jfHeadOfBidang = position(BIDANG, "koordinator", PositionKind.FUNGSIONAL, true);
        assertThat(ruleIds(check(JF_IN_BIDANG, BIDANG_UNIT, jfHeadOfBidang, BIDANG_UNIT))).containsExactly("ORG-06");
        assertThat(CommonPlacementRules.ruleIds(new PlacementProposal("kota-uji", "x", FROM, perawat,
                PUSKESMAS_UNIT, kapus, PUSKESMAS_UNIT))).contains("ORG-06");
    }

    @Test
    @DisplayName("ORG-07 the employee's position is in the job map of the unit; a profile fallback may admit a unit without one")
    void followsTheJobMap() {
        PositionSnapshot otherKabid = position(OTHER_BIDANG, "kabid", PositionKind.ADMINISTRATOR, true);
        assertThat(ruleIds(check(JF_IN_BIDANG, OTHER_UNIT, otherKabid, OTHER_UNIT))).containsExactly("ORG-07");
        PlacementProposal noJobMap = new PlacementProposal("kota-uji", "x", FROM, JF_IN_BIDANG, DINAS_UNIT, KADIS,
                DINAS_UNIT);
        assertThat(ruleIds(CommonPlacementRules.check(noJobMap, false))).containsExactly("ORG-07");
        assertThat(CommonPlacementRules.check(noJobMap, true)).isEmpty();
        PlacementProposal otherUnitWithJobMap = new PlacementProposal("kota-uji", "x", FROM, JF_IN_BIDANG, OTHER_UNIT,
                otherKabid, OTHER_UNIT);
        assertThat(ruleIds(CommonPlacementRules.check(otherUnitWithJobMap, true))).containsExactly("ORG-07");
    }

    @Test
    @DisplayName("ORG-08 common part: a Pelaksana may be placed under a Pengawas or an Administrator; the proposal tells the profile whether the unit has a Pengawas")
    void pelaksanaUnderPengawasOrAdministrator() {
        assertThat(check(PELAKSANA_IN_BIDANG, BIDANG_UNIT, KASI, BIDANG_UNIT)).isEmpty();
        assertThat(check(PELAKSANA_IN_BIDANG, BIDANG_UNIT, KABID, BIDANG_UNIT)).isEmpty();
        assertThat(BIDANG_UNIT.hasPengawas()).isTrue();
        assertThat(OTHER_UNIT.hasPengawas()).isFalse();
    }

    @Test
    @DisplayName("ORG-11 common part: a JF of any jenjang is placed under any structural position of its line; the proposal carries the jenjang and the department kind the bekasi-2021 profile needs")
    void functionalOfAnyLevelUnderStructuralLine() {
        for (PositionSnapshot appraiser : List.of(KADIS, KABID, KASI)) {
            UnitSnapshot appraiserUnit = appraiser == KADIS ? DINAS_UNIT : BIDANG_UNIT;
            assertThat(check(JF_IN_BIDANG, BIDANG_UNIT, appraiser, appraiserUnit)).isEmpty();
        }
        assertThat(JF_IN_BIDANG.functionalLevel()).isEqualTo(FunctionalLevel.AHLI_PERTAMA);
        assertThat(BIDANG_UNIT.departmentKind()).isEqualTo(UnitKind.DINAS);
    }
}
