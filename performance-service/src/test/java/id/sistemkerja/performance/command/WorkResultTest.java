package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleRecordedEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.WorkRoleBasis;
import id.sistemkerja.performance.api.WorkResultCommands.ResubmitWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewDecision;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.SubmitWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultEvents.ReviewLevel;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultAcceptedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultPassedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultResubmittedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultReturnedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultSubmittedEvent;
import id.sistemkerja.platform.error.ProblemKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.performance.api.PerformanceIds.agreementId;
import static id.sistemkerja.performance.api.PerformanceIds.planId;
import static id.sistemkerja.performance.command.PerformanceWorld.TODAY;

/**
 * PERF-02 and PERF-03 (Perwal Bekasi 37/2023 lampiran B.2, B.3; Perwal Bandung 6/2023 lampiran A.ii, A.iii, D.1-8):
 * a work result goes from its submitter to Level II of the unit where the work is done, level by level, and is done
 * only when Level I accepts it; from the results' and plans' past as events, without Spring.
 */
class WorkResultTest {

    private static final String RESULT_ID = "wr-rujukan-maret";
    private static final String TITLE = "Rujukan Maret";
    private static final String REPORT = "Semua rujukan diproses dalam 2 hari";

    private final PerformanceWorld world = new PerformanceWorld();
    private final PerfAgency bekasi = world.agency("bekasi-2023", 2);
    private final String analystPlan = planId(bekasi.analyst, 2026);
    private final List<ReviewLevel> bidangChain = List.of(new ReviewLevel(bekasi.bidang, "LEVEL_II"),
            new ReviewLevel(bekasi.dinas, "LEVEL_I"));

    /** The analyst's SKP for 2026 with one target, drafted (enough to realise a target). */
    private Object[] analystsPlan() {
        return new Object[]{
                new PerformancePlanOpenedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, bekasi.bidang),
                new PerformancePlanDraftedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, bekasi.bidang,
                        bekasi.analyst, bekasi.kabid, List.of(new Target(analystPlan + "#1", 1, "Rujukan tepat waktu",
                        "persen", "95%", agreementId(bekasi.bidang, 2026) + "#1", agreementId(bekasi.bidang, 2026))),
                        world.basis(bekasi, "PERF-08"), null, List.of())};
    }

    private WorkResultSubmittedEvent submitted() {
        return new WorkResultSubmittedEvent(RESULT_ID, bekasi.id, bekasi.analyst, 2026, analystPlan + "#1",
                bekasi.bidang, TITLE, REPORT, List.of(), bekasi.analyst, "EMPLOYEE", TODAY, bidangChain,
                world.basis(bekasi, "PERF-02", "PERF-03"));
    }

    private WorkResultPassedEvent passedByLevelTwo() {
        return new WorkResultPassedEvent(RESULT_ID, bekasi.id, 0, 1, bekasi.kabid, bekasi.bidang, TODAY, null,
                world.basis(bekasi, "PERF-03"));
    }

    private SubmitWorkResultCommand submit(String by) {
        return new SubmitWorkResultCommand(RESULT_ID, bekasi.analyst, 2026, 1, null, TITLE, REPORT, null,
                bekasi.as(by));
    }

    private ReviewWorkResultCommand review(String by, ReviewDecision decision, String reason) {
        return new ReviewWorkResultCommand(RESULT_ID, decision, reason, bekasi.as(by));
    }

    @Test
    @DisplayName("PERF-02 PERF-03 Bekasi: the employee submits a result of a target of their SKP to Level II of their "
            + "unit; its review chain is the Bidang, then the Dinas (Perwal Bekasi 37/2023 lampiran B.2, B.3)")
    void employeeSubmitsToLevelTwo() {
        world.given(analystsPlan())
                .when(submit(bekasi.analyst))
                .expectEvents(submitted())
                .expectResult(RESULT_ID);
    }

    @Test
    @DisplayName("PERF-02 Bekasi: the team lead of a role the employee holds in the unit submits for the member "
            + "(Perwal Bekasi 37/2023 lampiran B.2)")
    void teamLeadSubmitsForTheMember() {
        String role = "role-tim-rujukan";
        world.given(analystsPlan())
                .given(new WorkRoleRecordedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, role, bekasi.bidang,
                        "Anggota tim rujukan", bekasi.colleague, bekasi.kabid, WorkRoleBasis.WORK_TEAM, "tim-1",
                        LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), bekasi.kabid,
                        world.basis(bekasi, "PERF-08")))
                .when(submit(bekasi.colleague))
                .expectEvents(new WorkResultSubmittedEvent(RESULT_ID, bekasi.id, bekasi.analyst, 2026,
                        analystPlan + "#1", bekasi.bidang, TITLE, REPORT, List.of(), bekasi.colleague, "TEAM_LEAD",
                        TODAY, bidangChain, world.basis(bekasi, "PERF-02", "PERF-03")));
    }

    @Test
    @DisplayName("PERF-02 Bekasi: a colleague who leads no role of the employee does not submit their result; the "
            + "refusal names the employee (Perwal Bekasi 37/2023 lampiran B.2)")
    void colleagueDoesNotSubmit() {
        world.given(analystsPlan())
                .when(submit(bekasi.colleague))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-02", "Perwal Bekasi 37/2023 lampiran B.2",
                        bekasi.analyst);
    }

    @Test
    @DisplayName("PERF-02 a result realises a target of the employee's SKP: without an SKP for the year it is refused")
    void noResultWithoutAPlan() {
        world.given()
                .when(submit(bekasi.analyst))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-02", "nip", "has no SKP for 2026");
    }

    @Test
    @DisplayName("PERF-02 a result names a target the SKP has")
    void theTargetExists() {
        world.given(analystsPlan())
                .when(new SubmitWorkResultCommand(RESULT_ID, bekasi.analyst, 2026, 7, null, TITLE, REPORT, null,
                        bekasi.as(bekasi.analyst)))
                .expectProblem(ProblemKind.INVALID_INPUT, "targetNumber", "has no target 7");
    }

    @Test
    @DisplayName("PERF-03 Bekasi: Level II (the Kepala Bidang) passes the result on to Level I (Perwal Bekasi 37/2023 "
            + "lampiran B.3)")
    void levelTwoPassesOn() {
        world.given(analystsPlan()).given(submitted())
                .when(review(bekasi.kabid, ReviewDecision.PASS, null))
                .expectEvents(passedByLevelTwo());
    }

    @Test
    @DisplayName("PERF-03 Bekasi: Level I does not review before Level II; the refusal names the Kepala Bidang "
            + "(Perwal Bekasi 37/2023 lampiran B.3)")
    void levelOneWaitsForLevelTwo() {
        world.given(analystsPlan()).given(submitted())
                .when(review(bekasi.kadis, ReviewDecision.PASS, null))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-03", "Perwal Bekasi 37/2023 lampiran B.3", bekasi.kabid);
    }

    @Test
    @DisplayName("PERF-03 Bekasi: Level I (the Kepala Dinas) accepts the result passed to it: the activity is done "
            + "(Perwal Bekasi 37/2023 lampiran B.3)")
    void levelOneAccepts() {
        world.given(analystsPlan()).given(submitted(), passedByLevelTwo())
                .when(review(bekasi.kadis, ReviewDecision.PASS, "sesuai target"))
                .expectEvents(new WorkResultAcceptedEvent(RESULT_ID, bekasi.id, bekasi.kadis, bekasi.dinas, TODAY,
                        "sesuai target", world.basis(bekasi, "PERF-03")));
    }

    @Test
    @DisplayName("PERF-03 an accepted result is done: a further review is a conflict")
    void acceptedIsDone() {
        world.given(analystsPlan()).given(submitted(), passedByLevelTwo(), new WorkResultAcceptedEvent(RESULT_ID,
                        bekasi.id, bekasi.kadis, bekasi.dinas, TODAY, null, world.basis(bekasi, "PERF-03")))
                .when(review(bekasi.kadis, ReviewDecision.PASS, null))
                .expectProblem(ProblemKind.CONFLICT, "accepted (done)");
    }

    @Test
    @DisplayName("PERF-03 Bekasi: a reviewer returns a result for rework with the reason (Perwal Bekasi 37/2023 "
            + "lampiran B.3)")
    void returnedWithAReason() {
        world.given(analystsPlan()).given(submitted())
                .when(review(bekasi.kabid, ReviewDecision.RETURN, " lampirkan bukti "))
                .expectEvents(new WorkResultReturnedEvent(RESULT_ID, bekasi.id, 0, bekasi.kabid, bekasi.bidang,
                        "lampirkan bukti", TODAY, world.basis(bekasi, "PERF-03")));
    }

    @Test
    @DisplayName("PERF-03 Bekasi: a result is not returned without saying what to rework (Perwal Bekasi 37/2023 "
            + "lampiran B.3)")
    void notReturnedWithoutAReason() {
        world.given(analystsPlan()).given(submitted())
                .when(review(bekasi.kabid, ReviewDecision.RETURN, null))
                .expectProblem(ProblemKind.INVALID_INPUT, "PERF-03", "reason", "states the reason");
    }

    @Test
    @DisplayName("PERF-03 the submitter resubmits a returned result, reworked, as its next round")
    void resubmittedAfterReturn() {
        world.given(analystsPlan()).given(submitted(), new WorkResultReturnedEvent(RESULT_ID, bekasi.id, 0,
                        bekasi.kabid, bekasi.bidang, "lampirkan bukti", TODAY, world.basis(bekasi, "PERF-03")))
                .when(new ResubmitWorkResultCommand(RESULT_ID, " dengan bukti ", List.of("https://arsip/1"),
                        bekasi.as(bekasi.analyst)))
                .expectEvents(new WorkResultResubmittedEvent(RESULT_ID, bekasi.id, "dengan bukti",
                        List.of("https://arsip/1"), bekasi.analyst, 2, TODAY));
    }

    @Test
    @DisplayName("PERF-03 only a returned result is resubmitted")
    void onlyAReturnedResultIsResubmitted() {
        world.given(analystsPlan()).given(submitted())
                .when(new ResubmitWorkResultCommand(RESULT_ID, "lagi", null, bekasi.as(bekasi.analyst)))
                .expectProblem(ProblemKind.CONFLICT, "only a returned result is resubmitted");
    }

    @Test
    @DisplayName("PERF-03 Bandung: in the Sekretariat Daerah a result goes to the Kepala Bagian, then the Asisten, then "
            + "the Sekda (Perwal Bandung 6/2023 lampiran A.iii and D.8)")
    void setdaChainHasThreeLevels() {
        PerfAgency bandung = world.agency("bandung-2023", 1);
        String plan = planId(bandung.legalAnalyst, 2026);
        world.given(new PerformancePlanOpenedEvent(plan, bandung.legalAnalyst, bandung.id, 2026, bandung.bagian),
                        new PerformancePlanDraftedEvent(plan, bandung.legalAnalyst, bandung.id, 2026, bandung.bagian,
                                bandung.legalAnalyst, bandung.kabag, List.of(new Target(plan + "#1", 1, "Perda",
                                "dokumen", "4", null, null)), world.basis(bandung, "PERF-08"), null, List.of()))
                .when(new SubmitWorkResultCommand(RESULT_ID, bandung.legalAnalyst, 2026, 1, null, TITLE, REPORT,
                        null, bandung.as(bandung.legalAnalyst)))
                .expectEvents(new WorkResultSubmittedEvent(RESULT_ID, bandung.id, bandung.legalAnalyst, 2026,
                        plan + "#1", bandung.bagian, TITLE, REPORT, List.of(), bandung.legalAnalyst, "EMPLOYEE",
                        TODAY, List.of(new ReviewLevel(bandung.bagian, "LEVEL_II"),
                        new ReviewLevel(bandung.asisten, "INTERMEDIATE"), new ReviewLevel(bandung.setda, "LEVEL_I")),
                        world.basis(bandung, "PERF-02", "PERF-03")));
    }
}
