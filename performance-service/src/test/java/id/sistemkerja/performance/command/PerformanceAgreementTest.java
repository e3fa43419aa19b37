package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.AgreementCommands.SetPerformanceAgreementCommand;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementAmendedEvent;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementSetEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.ProblemKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static id.sistemkerja.performance.api.PerformanceIds.agreementId;
import static id.sistemkerja.performance.command.PerformanceWorld.TODAY;

/**
 * PERF-01 (Perwal Bekasi 37/2023 lampiran B.1; Perwal Bandung 6/2023 lampiran A.i; Perwal Serang 23/2023 Pasal
 * 17(1)-(2)): who sets a unit's performance agreement and what its targets support, from the agreements' past as
 * events, without Spring.
 */
class PerformanceAgreementTest {

    private final PerformanceWorld world = new PerformanceWorld();
    private final PerfAgency bekasi = world.agency("bekasi-2023", 2);
    private final String dinas2026 = agreementId(bekasi.dinas, 2026);
    private final String bidang2026 = agreementId(bekasi.bidang, 2026);

    private static TargetDraft draft(String description, String supports) {
        return new TargetDraft(description, "persen", "95%", supports, null);
    }

    private static Target target(String ownerId, int number, String description, String supportsOwner) {
        return new Target(ownerId + "#" + number, number, description, "persen", "95%",
                supportsOwner == null ? null : supportsOwner + "#1", supportsOwner);
    }

    private PerformanceAgreementSetEvent dinasAgreement() {
        return new PerformanceAgreementSetEvent(dinas2026, bekasi.id, bekasi.dinas, 2026, bekasi.kadis, bekasi.kadis,
                "LEVEL_ONE", TODAY, List.of(target(dinas2026, 1, "Derajat kesehatan meningkat", null)),
                world.basis(bekasi, "PERF-01"));
    }

    @ParameterizedTest(name = "PERF-01 {0} v{1}: Level I sets the agreement of the unit at the top of its chain")
    @CsvSource({"bekasi-2023, 2", "bandung-2023, 1", "serang-2023, 1"})
    @DisplayName("PERF-01 Level I sets the agreement of the unit at the top of its review chain, its own head answering "
            + "for it (Perwal Bekasi 37/2023 lampiran B.1; Perwal Bandung 6/2023 lampiran A.i; Perwal Serang 23/2023 "
            + "Pasal 17(1))")
    void levelOneSetsTheTopAgreement(String profileId, int version) {
        PerfAgency agency = world.agency(profileId, version);
        String id = agreementId(agency.dinas, 2026);
        world.given()
                .when(new SetPerformanceAgreementCommand(id, agency.dinas, 2026,
                        List.of(draft("Derajat kesehatan meningkat", null)), null, agency.as(agency.kadis)))
                .expectEvents(new PerformanceAgreementSetEvent(id, agency.id, agency.dinas, 2026, agency.kadis,
                        agency.kadis, "LEVEL_ONE", TODAY, List.of(target(id, 1, "Derajat kesehatan meningkat", null)),
                        world.basis(agency, "PERF-01")))
                .expectResult(id);
    }

    @Test
    @DisplayName("PERF-01 Bekasi: Level I divides targets to Level II: the Kepala Dinas sets the Bidang's agreement, "
            + "the Kepala Bidang answers for it, each target names the target of the Dinas it supports (Perwal Bekasi "
            + "37/2023 lampiran B.1)")
    void levelOneDividesTargetsToLevelTwo() {
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(bidang2026, bekasi.bidang, 2026,
                        List.of(draft("Layanan rujukan tepat waktu", dinas2026 + "#1")), null, bekasi.as(bekasi.kadis)))
                .expectEvents(new PerformanceAgreementSetEvent(bidang2026, bekasi.id, bekasi.bidang, 2026,
                        bekasi.kabid, bekasi.kadis, "LEVEL_ABOVE", TODAY,
                        List.of(target(bidang2026, 1, "Layanan rujukan tepat waktu", dinas2026)),
                        world.basis(bekasi, "PERF-01")));
    }

    @Test
    @DisplayName("PERF-01 Bekasi: the Kepala Bidang does not set the Bidang's own agreement; the refusal names the "
            + "Kepala Dinas (Perwal Bekasi 37/2023 lampiran B.1)")
    void levelTwoDoesNotSetItsOwnAgreement() {
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(bidang2026, bekasi.bidang, 2026,
                        List.of(draft("Layanan rujukan tepat waktu", dinas2026 + "#1")), null, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-01", "Perwal Bekasi 37/2023 lampiran B.1", bekasi.kadis);
    }

    @Test
    @DisplayName("PERF-01 Bekasi: below the top of the chain every target names the target one level up it supports "
            + "(penjenjangan kinerja, Perwal Bekasi 37/2023 lampiran B.1)")
    void belowTheTopEachTargetSupportsOne() {
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(bidang2026, bekasi.bidang, 2026,
                        List.of(draft("Layanan rujukan tepat waktu", null)), null, bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-01", "targets[0].supportsTargetRef", dinas2026);
    }

    @Test
    @DisplayName("PERF-01 Bekasi: a target supports only a target that exists: the Dinas's agreement is set first "
            + "(Perwal Bekasi 37/2023 lampiran B.1)")
    void theSupportedTargetExists() {
        world.given()
                .when(new SetPerformanceAgreementCommand(bidang2026, bekasi.bidang, 2026,
                        List.of(draft("Layanan rujukan tepat waktu", dinas2026 + "#1")), null, bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-01", "targets[0].supportsTargetRef",
                        "does not exist");
    }

    @Test
    @DisplayName("PERF-01 Bekasi: a target supports a target of the agreement one level up, not of another unit "
            + "(Perwal Bekasi 37/2023 lampiran B.1)")
    void theSupportedTargetIsOneLevelUp() {
        String sister2026 = agreementId(bekasi.sisterBidang, 2026);
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(bidang2026, bekasi.bidang, 2026,
                        List.of(draft("Layanan rujukan tepat waktu", sister2026 + "#1")), null,
                        bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-01", "is not a target of " + dinas2026);
    }

    @Test
    @DisplayName("PERF-01 Bekasi: a Seksi below the review levels has no agreement of its own; its head coordinates "
            + "like a team lead (ORG-09; Perwal Bekasi 37/2023 lampiran B.1)")
    void noAgreementBelowTheReviewLevels() {
        world.given()
                .when(new SetPerformanceAgreementCommand(agreementId(bekasi.seksi, 2026), bekasi.seksi, 2026,
                        List.of(draft("Rujukan", null)), null, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-01", "unitId", "below the review levels");
    }

    @Test
    @DisplayName("PERF-01 AUD-03 Bekasi: an agreement set once is amended with a reason; the amendment replaces its "
            + "targets (Perwal Bekasi 37/2023 lampiran B.1)")
    void amendedWithAReason() {
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(dinas2026, bekasi.dinas, 2026,
                        List.of(draft("Angka stunting turun", null)), "revisi RKPD", bekasi.as(bekasi.kadis)))
                .expectEvents(new PerformanceAgreementAmendedEvent(dinas2026, bekasi.id, bekasi.dinas, 2026,
                        bekasi.kadis, TODAY, "revisi RKPD", List.of(target(dinas2026, 1, "Angka stunting turun", null)),
                        world.basis(bekasi, "PERF-01")));
    }

    @Test
    @DisplayName("AUD-03 an agreement set once is not replaced without a reason")
    void notAmendedWithoutAReason() {
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(dinas2026, bekasi.dinas, 2026,
                        List.of(draft("Angka stunting turun", null)), " ", bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.INVALID_INPUT, "reason", "needs a reason");
    }

    @Test
    @DisplayName("an agreement has at least one target with a description")
    void atLeastOneTarget() {
        world.given()
                .when(new SetPerformanceAgreementCommand(dinas2026, bekasi.dinas, 2026, List.of(), null,
                        bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.INVALID_INPUT, "at least one target");
    }

    @Test
    @DisplayName("PERF-01 Bandung: in the Sekretariat Daerah the Sekda, Level I, sets the Asisten's agreement "
            + "(Perwal Bandung 6/2023 lampiran A.i and D.8)")
    void sekdaSetsTheAsistensAgreement() {
        PerfAgency bandung = world.agency("bandung-2023", 1);
        String setda2026 = agreementId(bandung.setda, 2026);
        String asisten2026 = agreementId(bandung.asisten, 2026);
        world.given(setdaAgreement(bandung))
                .when(new SetPerformanceAgreementCommand(asisten2026, bandung.asisten, 2026,
                        List.of(draft("Produk hukum", setda2026 + "#1")), null, bandung.as(bandung.sekda)))
                .expectEvents(new PerformanceAgreementSetEvent(asisten2026, bandung.id, bandung.asisten, 2026,
                        bandung.asistenHead, bandung.sekda, "LEVEL_ABOVE", TODAY,
                        List.of(target(asisten2026, 1, "Produk hukum", setda2026)), world.basis(bandung, "PERF-01")));
    }

    @Test
    @DisplayName("PERF-01 Bandung: in the Sekretariat Daerah the Asisten sets the Kepala Bagian's agreement, the "
            + "Sekda does not (Perwal Bandung 6/2023 lampiran A.i and D.8)")
    void asistenSetsTheBagiansAgreement() {
        PerfAgency bandung = world.agency("bandung-2023", 1);
        String setda2026 = agreementId(bandung.setda, 2026);
        String asisten2026 = agreementId(bandung.asisten, 2026);
        String bagian2026 = agreementId(bandung.bagian, 2026);
        world.given(setdaAgreement(bandung), new PerformanceAgreementSetEvent(asisten2026, bandung.id,
                        bandung.asisten, 2026, bandung.asistenHead, bandung.sekda, "LEVEL_ABOVE", TODAY,
                        List.of(target(asisten2026, 1, "Produk hukum", setda2026)), world.basis(bandung, "PERF-01")))
                .when(new SetPerformanceAgreementCommand(bagian2026, bandung.bagian, 2026,
                        List.of(draft("Perda tepat waktu", asisten2026 + "#1")), null, bandung.as(bandung.asistenHead)))
                .expectEvents(new PerformanceAgreementSetEvent(bagian2026, bandung.id, bandung.bagian, 2026,
                        bandung.kabag, bandung.asistenHead, "LEVEL_ABOVE", TODAY,
                        List.of(target(bagian2026, 1, "Perda tepat waktu", asisten2026)),
                        world.basis(bandung, "PERF-01")));
    }

    @Test
    @DisplayName("PERF-01 Bandung: the Sekda does not set the Kepala Bagian's agreement; the refusal names the Asisten "
            + "(Perwal Bandung 6/2023 lampiran A.i and D.8)")
    void sekdaDoesNotSetTheBagiansAgreement() {
        PerfAgency bandung = world.agency("bandung-2023", 1);
        String asisten2026 = agreementId(bandung.asisten, 2026);
        String bagian2026 = agreementId(bandung.bagian, 2026);
        world.given(setdaAgreement(bandung))
                .when(new SetPerformanceAgreementCommand(bagian2026, bandung.bagian, 2026,
                        List.of(draft("Perda tepat waktu", asisten2026 + "#1")), null, bandung.as(bandung.sekda)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-01", "Perwal Bandung 6/2023 lampiran A.i",
                        bandung.asistenHead);
    }

    private PerformanceAgreementSetEvent setdaAgreement(PerfAgency agency) {
        String setda2026 = agreementId(agency.setda, 2026);
        return new PerformanceAgreementSetEvent(setda2026, agency.id, agency.setda, 2026, agency.sekda, agency.sekda,
                "LEVEL_ONE", TODAY, List.of(target(setda2026, 1, "Tata kelola", null)), world.basis(agency, "PERF-01"));
    }

    @Test
    @DisplayName("PERF-01 a vacant head of the unit that sets the agreement is a fact not known yet (409), never a "
            + "refusal")
    void vacantSetterIsNotYetKnown() {
        world.org.unit(bekasi.dinas + ".baru", bekasi.dinas, UnitKind.BIDANG); // established, nobody appointed yet
        String unit = bekasi.dinas + ".baru";
        world.given(dinasAgreement())
                .when(new SetPerformanceAgreementCommand(agreementId(unit, 2026), unit, 2026,
                        List.of(draft("Layanan baru", dinas2026 + "#1")), null, bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.FACT_NOT_YET_KNOWN, "Head of unit", unit);
    }
}
