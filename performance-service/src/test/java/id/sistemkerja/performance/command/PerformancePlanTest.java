package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementSetEvent;
import id.sistemkerja.performance.api.FeedbackKind;
import id.sistemkerja.performance.api.FeedbackRole;
import id.sistemkerja.performance.api.IndicatorValidatorRef;
import id.sistemkerja.performance.api.PlanCommands.DraftPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.GiveFeedbackCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordLeadInputCommand;
import id.sistemkerja.performance.api.PlanCommands.SetPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.SignPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanEvents.FeedbackGivenEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSetEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSignedEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.performance.api.WorkPlanItemRef;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.security.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static id.sistemkerja.performance.api.PerformanceIds.agreementId;
import static id.sistemkerja.performance.api.PerformanceIds.planId;
import static id.sistemkerja.performance.command.PerformanceWorld.TODAY;

/**
 * PERF-08 (PermenPANRB 6/2022: SKP, matriks peran hasil), PERF-05 and ASG-14 (Serang): who drafts, signs and sets an
 * employee's SKP, what its targets support, who gives feedback; from the plans' and agreements' past as events,
 * without Spring.
 */
class PerformancePlanTest {

    private final PerformanceWorld world = new PerformanceWorld();
    private final PerfAgency bekasi = world.agency("bekasi-2023", 2);
    private final String analystPlan = planId(bekasi.analyst, 2026);
    private final String bidang2026 = agreementId(bekasi.bidang, 2026);
    private final IndicatorValidatorRef appraiserValidates = new IndicatorValidatorRef(bekasi.kabid,
            bekasi.bidang + ":head", "ADMINISTRATOR", "APPRAISER", false);

    private PerformanceAgreementSetEvent agreement(PerfAgency agency, String unit) {
        String id = agreementId(unit, 2026);
        String head = unit.equals(agency.bidang) ? agency.kabid : agency.sisterKabid;
        return new PerformanceAgreementSetEvent(id, agency.id, unit, 2026, head, agency.kadis, "LEVEL_ABOVE", TODAY,
                List.of(new Target(id + "#1", 1, "Layanan tepat waktu", "persen", "95%",
                        agreementId(agency.dinas, 2026) + "#1", agreementId(agency.dinas, 2026))),
                world.basis(agency, "PERF-01"));
    }

    private static TargetDraft supporting(String targetRef) {
        return new TargetDraft("Rujukan tepat waktu", "persen", "95%", targetRef, null);
    }

    private List<Target> analystTargets() {
        return List.of(new Target(analystPlan + "#1", 1, "Rujukan tepat waktu", "persen", "95%", bidang2026 + "#1",
                bidang2026));
    }

    private PerformancePlanOpenedEvent opened() {
        return new PerformancePlanOpenedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, bekasi.bidang);
    }

    private PerformancePlanDraftedEvent drafted(String by) {
        return new PerformancePlanDraftedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, bekasi.bidang, by,
                bekasi.kabid, analystTargets(), world.basis(bekasi, "PERF-08"), appraiserValidates, List.of());
    }

    private PerformancePlanSignedEvent signed() {
        return new PerformancePlanSignedEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, TODAY,
                world.basis(bekasi, "PERF-08"));
    }

    private DraftPerformancePlanCommand draft(String by, TargetDraft... targets) {
        return new DraftPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, List.of(targets), bekasi.as(by));
    }

    @ParameterizedTest(name = "PERF-08 drafted by the {0}")
    @ValueSource(strings = {"employee", "appraiser"})
    @DisplayName("PERF-08 Bekasi: the employee or the appraiser drafts the SKP, which opens its record for the year; "
            + "each target names the target of the unit's agreement it supports and the IKI validator is recorded "
            + "(PermenPANRB 6/2022: SKP)")
    void employeeOrAppraiserDrafts(String drafter) {
        String by = drafter.equals("employee") ? bekasi.analyst : bekasi.kabid;
        world.given(agreement(bekasi, bekasi.bidang))
                .when(draft(by, supporting(bidang2026 + "#1")))
                .expectEvents(opened(), drafted(by))
                .expectResult(analystPlan);
    }

    @Test
    @DisplayName("PERF-08 Bekasi: a colleague does not draft another's SKP; the refusal names the employee and the "
            + "appraiser (PermenPANRB 6/2022: SKP)")
    void colleagueDoesNotDraft() {
        world.given(agreement(bekasi, bekasi.bidang))
                .when(draft(bekasi.colleague, supporting(bidang2026 + "#1")))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-08", "PermenPANRB 6/2022", bekasi.analyst, bekasi.kabid);
    }

    @Test
    @DisplayName("PERF-08 every SKP target names the superior's target it supports (RHK atasan yang diintervensi)")
    void eachTargetSupportsOne() {
        world.given(agreement(bekasi, bekasi.bidang))
                .when(draft(bekasi.analyst, supporting(null)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-08", "targets[0].supportsTargetRef",
                        "names the superior's target");
    }

    @Test
    @DisplayName("PERF-08 a target supports a target of a unit on the review chain of the employee's unit (or of a "
            + "recorded role), not of a sister Bidang")
    void notATargetOfAnotherChain() {
        String sister2026 = agreementId(bekasi.sisterBidang, 2026);
        world.given(agreement(bekasi, bekasi.sisterBidang))
                .when(draft(bekasi.analyst, supporting(sister2026 + "#1")))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-08", "targets[0].supportsTargetRef",
                        "neither on the review chain");
    }

    @Test
    @DisplayName("PERF-08 a target supports a target of the same year")
    void sameYear() {
        world.given(agreement(bekasi, bekasi.bidang))
                .when(draft(bekasi.analyst, supporting(agreementId(bekasi.bidang, 2025) + "#1")))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-08", "belongs to another year than 2026");
    }

    @Test
    @DisplayName("PERF-08 a drafted SKP's targets change until it is signed; a signed one no longer changes")
    void signedTargetsDoNotChange() {
        world.given(agreement(bekasi, bekasi.bidang)).given(opened(), drafted(bekasi.analyst), signed())
                .when(draft(bekasi.analyst, supporting(bidang2026 + "#1")))
                .expectProblem(ProblemKind.CONFLICT, "signed already");
    }

    @Test
    @DisplayName("PERF-08 Bekasi: the employee signs their own drafted SKP (PermenPANRB 6/2022: SKP)")
    void employeeSigns() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new SignPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.analyst)))
                .expectEvents(signed());
    }

    @Test
    @DisplayName("PERF-08 Bekasi: the appraiser does not sign for the employee (PermenPANRB 6/2022: SKP)")
    void appraiserDoesNotSign() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new SignPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-08", "Only the employee signs", bekasi.analyst);
    }

    @Test
    @DisplayName("PERF-08 an SKP without targets has nothing to sign yet")
    void nothingToSignYet() {
        world.given(opened())
                .when(new SignPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.analyst)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-08", "planId", "no targets to sign yet");
    }

    @Test
    @DisplayName("PERF-08 Bekasi: the appraiser, holder of the appraiser position of the placement, sets the signed SKP "
            + "with its targets (PermenPANRB 6/2022: SKP)")
    void appraiserSets() {
        world.given(opened(), drafted(bekasi.analyst), signed())
                .when(new SetPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.kabid)))
                .expectEvents(new PerformancePlanSetEvent(analystPlan, bekasi.analyst, bekasi.id, 2026,
                        bekasi.bidang, bekasi.kabid, "POSITION_HOLDER", TODAY, analystTargets(),
                        world.basis(bekasi, "PERF-08")));
    }

    @Test
    @DisplayName("PERF-08 the appraiser sets an SKP only after the employee signed it")
    void setOnlyWhenSigned() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new SetPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-08", "the employee signs the SKP");
    }

    @Test
    @DisplayName("PERF-08 Bekasi: Level I does not set the SKP in the appraiser's place; the refusal names the "
            + "appraiser (PermenPANRB 6/2022: SKP)")
    void levelOneDoesNotSet() {
        world.given(opened(), drafted(bekasi.analyst), signed())
                .when(new SetPerformancePlanCommand(analystPlan, bekasi.analyst, 2026, bekasi.as(bekasi.kadis)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-08", bekasi.kabid + " (POSITION_HOLDER)");
    }

    @Test
    @DisplayName("PERF-02 PERF-04 Bekasi: the appraiser gives feedback on the SKP at any time (Perwal Bekasi 37/2023 "
            + "lampiran B.2, Pasal 16)")
    void appraiserGivesFeedback() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new GiveFeedbackCommand(analystPlan, bekasi.analyst, 2026, "fb-1", null, " pertahankan ", 1,
                        null, bekasi.as(bekasi.kabid)))
                .expectEvents(new FeedbackGivenEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, "fb-1",
                        FeedbackKind.FEEDBACK, bekasi.kabid, FeedbackRole.APPRAISER, null, "pertahankan", 1, null,
                        TODAY, world.basis(bekasi, "PERF-02", "PERF-04")));
    }

    @Test
    @DisplayName("PERF-05 Bekasi: a colleague who is neither appraiser, unit head, lead nor assigning official gives no "
            + "feedback; the refusal names who may (Perwal Bekasi 37/2023 lampiran C.3)")
    void colleagueGivesNoFeedback() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new GiveFeedbackCommand(analystPlan, bekasi.analyst, 2026, "fb-1", null, "bagus", null, null,
                        bekasi.as(bekasi.colleague)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-05", bekasi.kabid + " (appraiser)");
    }

    @Test
    @DisplayName("PERF-05 Bekasi: a team lead's report reaches the SKP from team-service as the lead's input, never "
            + "from a caller (Perwal Bekasi 37/2023 lampiran C.3)")
    void leadInputOnlyFromTeamService() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new RecordLeadInputCommand(analystPlan, bekasi.analyst, 2026, "rep-1", bekasi.colleague,
                        "tim-1", "aktif", TODAY, bekasi.as(bekasi.colleague)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-05", "team-service");
    }

    @Test
    @DisplayName("PERF-05 Bekasi: team-service's recorded report is the lead's input on the member's SKP, dated on "
            + "the day reported (Perwal Bekasi 37/2023 lampiran C.3)")
    void leadInputFromTeamService() {
        world.given(opened(), drafted(bekasi.analyst))
                .when(new RecordLeadInputCommand(analystPlan, bekasi.analyst, 2026, "rep-1", bekasi.colleague,
                        "tim-1", " aktif ", TODAY.minusDays(3), Actor.system(bekasi.id)))
                .expectEvents(new FeedbackGivenEvent(analystPlan, bekasi.analyst, bekasi.id, 2026, "rep-1",
                        FeedbackKind.FEEDBACK, bekasi.colleague, FeedbackRole.TEAM_LEAD, "tim-1", "aktif", null, null,
                        TODAY.minusDays(3), world.basis(bekasi, "PERF-05", "PERF-04")));
    }

    @Test
    @DisplayName("ASG-14 Serang: every SKP target rests on an item of the unit's annual work plan; a target without "
            + "one is refused citing Serang's article (Perwal Serang 23/2023 Pasal 8(7))")
    void serangTargetRestsOnAWorkPlanItem() {
        PerfAgency serang = world.agency("serang-2023", 1);
        String serangBidang = agreementId(serang.bidang, 2026);
        world.given(agreement(serang, serang.bidang))
                .when(new DraftPerformancePlanCommand(planId(serang.analyst, 2026), serang.analyst, 2026,
                        List.of(supporting(serangBidang + "#1")), serang.as(serang.analyst)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "ASG-14", "Serang", "targets[0].workPlanItem");
    }

    @Test
    @DisplayName("ASG-14 Serang: a target resting on an item in force of the unit's work plan records the item and "
            + "ASG-14 (Perwal Serang 23/2023 Pasal 8(7))")
    void serangTargetRecordsItsWorkPlanItem() {
        PerfAgency serang = world.agency("serang-2023", 1);
        String serangBidang = agreementId(serang.bidang, 2026);
        String plan = planId(serang.analyst, 2026);
        String workPlan = UnitWorkPlans.planId(serang.bidang, 2026);
        world.workPlans.put(workPlan, new UnitWorkPlans.UnitWorkPlan(workPlan, serang.bidang, 2026,
                List.of("i1", "i2"), 0));
        world.given(agreement(serang, serang.bidang))
                .when(new DraftPerformancePlanCommand(plan, serang.analyst, 2026, List.of(new TargetDraft(
                        "Rujukan tepat waktu", "persen", "95%", serangBidang + "#1", "i2")),
                        serang.as(serang.analyst)))
                .expectEvents(new PerformancePlanOpenedEvent(plan, serang.analyst, serang.id, 2026, serang.bidang),
                        new PerformancePlanDraftedEvent(plan, serang.analyst, serang.id, 2026, serang.bidang,
                                serang.analyst, serang.kabid, List.of(new Target(plan + "#1", 1,
                                "Rujukan tepat waktu", "persen", "95%", serangBidang + "#1", serangBidang)),
                                world.basis(serang, "PERF-08", "ASG-14"), new IndicatorValidatorRef(serang.kabid,
                                serang.bidang + ":head", "ADMINISTRATOR", "APPRAISER", false),
                                List.of(new WorkPlanItemRef(1, workPlan, "i2"))));
    }

    @Test
    @DisplayName("ASG-14 Serang: a work plan not yet known here is a fact not known yet (409), never a refusal")
    void serangWorkPlanNotYetKnown() {
        PerfAgency serang = world.agency("serang-2023", 1);
        String serangBidang = agreementId(serang.bidang, 2026);
        world.given(agreement(serang, serang.bidang))
                .when(new DraftPerformancePlanCommand(planId(serang.analyst, 2026), serang.analyst, 2026,
                        List.of(new TargetDraft("Rujukan", "persen", "95%", serangBidang + "#1", "i2")),
                        serang.as(serang.analyst)))
                .expectProblem(ProblemKind.FACT_NOT_YET_KNOWN, UnitWorkPlans.planId(serang.bidang, 2026));
    }
}
