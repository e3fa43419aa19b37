package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.api.EvaluationCommands.FinaliseUnitPredikatCommand;
import id.sistemkerja.performance.api.EvaluationCommands.RateEmployeeCommand;
import id.sistemkerja.performance.api.EvaluationCommands.SetOrganisationRatingCommand;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeePredikatFinalisedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeeRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EvaluationOpenedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.OrganisationRatedEvent;
import id.sistemkerja.performance.api.FeedbackKind;
import id.sistemkerja.performance.api.FeedbackRole;
import id.sistemkerja.performance.api.PlanEvents.FeedbackGivenEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.UnitPredikatFinalisedEvent;
import id.sistemkerja.platform.error.ProblemKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static id.sistemkerja.contracts.vocabulary.ExpectationRating.DI_ATAS_EKSPEKTASI;
import static id.sistemkerja.contracts.vocabulary.ExpectationRating.SESUAI_EKSPEKTASI;
import static id.sistemkerja.performance.api.PerformanceIds.evaluationId;
import static id.sistemkerja.performance.api.PerformanceIds.planId;
import static id.sistemkerja.performance.command.PerformanceWorld.TODAY;

/**
 * PERF-06 and PERF-07 (PermenPANRB 6/2022; SE MenPANRB 3/2023): who rates an employee, who sets a unit's organisation
 * rating, and the distribution limits checked when the unit's predikat are finalised; from the evaluations' and plans'
 * past as events, without Spring. The annual period (TAHUNAN) of 2026.
 */
class EvaluationTest {

    private static final String ANNUAL = "TAHUNAN";

    private final PerformanceWorld world = new PerformanceWorld();
    private final PerfAgency bekasi = world.agency("bekasi-2023", 2);
    private final String bidangAnnual = evaluationId(bekasi.bidang, 2026, ANNUAL);

    private EvaluationOpenedEvent opened() {
        return new EvaluationOpenedEvent(bidangAnnual, bekasi.id, bekasi.bidang, 2026, ANNUAL,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    }

    private OrganisationRatedEvent organisationRated(OrganisationRating rating) {
        return new OrganisationRatedEvent(bidangAnnual, bekasi.id, bekasi.bidang, 2026, ANNUAL, rating, bekasi.kadis,
                TODAY, world.basis(bekasi, "PERF-06", "PERF-07"));
    }

    private EmployeeRatedEvent rated(String nip, Predikat predikat, ExpectationRating both, List<String> inputs,
                                     String... ruleIds) {
        return new EmployeeRatedEvent(bidangAnnual, bekasi.id, bekasi.bidang, 2026, ANNUAL, nip, both, both, Map.of(),
                predikat, bekasi.kabid, "POSITION_HOLDER", null, inputs, TODAY, world.basis(bekasi, ruleIds),
                List.of());
    }

    private RateEmployeeCommand rate(String nip, ExpectationRating both, String by) {
        return new RateEmployeeCommand(nip, 2026, ANNUAL, both, both, null, null, bekasi.as(by));
    }

    @Test
    @DisplayName("PERF-06 PERF-07 Bekasi: the appraiser rates work results and behaviour; the predikat follows from "
            + "the matrix and the first rating opens the unit's annual evaluation (PermenPANRB 6/2022)")
    void appraiserRates() {
        world.given()
                .when(rate(bekasi.analyst, SESUAI_EKSPEKTASI, bekasi.kabid))
                .expectEvents(opened(), rated(bekasi.analyst, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(),
                        "PERF-06", "PERF-07"))
                .expectResult(bidangAnnual);
    }

    @Test
    @DisplayName("PERF-06 Bekasi: Level I does not rate in the appraiser's place; the refusal names the appraiser "
            + "(PermenPANRB 6/2022)")
    void onlyTheAppraiserRates() {
        world.given()
                .when(rate(bekasi.analyst, SESUAI_EKSPEKTASI, bekasi.kadis))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-06", "PermenPANRB 6/2022",
                        bekasi.kabid + " (POSITION_HOLDER)");
    }

    @Test
    @DisplayName("PERF-05 PERF-06 Bekasi: the lead's appraisal input on the SKP is before the appraiser and recorded "
            + "with the rating (Perwal Bekasi 37/2023 lampiran C.3)")
    void leadsInputIsBeforeTheAppraiser() {
        String plan = planId(bekasi.analyst, 2026);
        world.given(new PerformancePlanOpenedEvent(plan, bekasi.analyst, bekasi.id, 2026, bekasi.bidang),
                        new FeedbackGivenEvent(plan, bekasi.analyst, bekasi.id, 2026, "input-1",
                                FeedbackKind.APPRAISAL_INPUT, bekasi.colleague, FeedbackRole.TEAM_LEAD, "role-1",
                                "andal", null, null, TODAY, world.basis(bekasi, "PERF-05", "PERF-04")))
                .when(rate(bekasi.analyst, DI_ATAS_EKSPEKTASI, bekasi.kabid))
                .expectEvents(opened(), rated(bekasi.analyst, Predikat.SANGAT_BAIK, DI_ATAS_EKSPEKTASI,
                        List.of("input-1"), "PERF-06", "PERF-07", "PERF-05"));
    }

    @Test
    @DisplayName("PERF-06 behaviour rated on the BerAKHLAK values is rated on all seven together")
    void allSevenCoreValues() {
        world.given()
                .when(new RateEmployeeCommand(bekasi.analyst, 2026, ANNUAL, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI,
                        Map.of(id.sistemkerja.performance.api.CoreValue.values()[0], SESUAI_EKSPEKTASI), null,
                        bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.INVALID_INPUT, "PERF-06", "behaviourAspects", "seven BerAKHLAK");
    }

    @Test
    @DisplayName("PERF-07 a period outside the rule set's cadence is refused, naming the periods there are")
    void periodOfTheCadence() {
        world.given()
                .when(new RateEmployeeCommand(bekasi.analyst, 2026, "SEMESTER_I", SESUAI_EKSPEKTASI,
                        SESUAI_EKSPEKTASI, null, null, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.INVALID_INPUT, "PERF-07", "period", "TRIWULAN_I");
    }

    @Test
    @DisplayName("PERF-06 Bekasi: the official one level up (the Kepala Dinas) sets the Bidang's organisation rating "
            + "(SE MenPANRB 3/2023)")
    void oneLevelUpRatesTheOrganisation() {
        world.given()
                .when(new SetOrganisationRatingCommand(bekasi.bidang, 2026, ANNUAL, OrganisationRating.BAIK,
                        bekasi.as(bekasi.kadis)))
                .expectEvents(opened(), organisationRated(OrganisationRating.BAIK));
    }

    @Test
    @DisplayName("PERF-06 Bekasi: a Kepala Bidang does not rate their own unit; the refusal names the Kepala Dinas "
            + "(SE MenPANRB 3/2023)")
    void unitHeadDoesNotRateTheOrganisation() {
        world.given()
                .when(new SetOrganisationRatingCommand(bekasi.bidang, 2026, ANNUAL, OrganisationRating.ISTIMEWA,
                        bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-06", bekasi.kadis);
    }

    @Test
    @DisplayName("PERF-06 the distribution is checked against an organisation rating: without one, finalisation waits")
    void noFinalisationWithoutOrganisationRating() {
        world.given(opened(), rated(bekasi.analyst, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(), "PERF-06", "PERF-07"))
                .when(new FinaliseUnitPredikatCommand(bekasi.bidang, 2026, ANNUAL, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-06", "organisationRating");
    }

    @Test
    @DisplayName("PERF-06c Bekasi: the unit head finalises the predikat within the limits of an ISTIMEWA unit; each "
            + "employee's predikat becomes final (SE MenPANRB 3/2023, perf-rules v2)")
    void finalisedWithinTheLimits() {
        world.given(opened(), organisationRated(OrganisationRating.ISTIMEWA),
                        rated(bekasi.analyst, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(), "PERF-06", "PERF-07"),
                        rated(bekasi.colleague, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(), "PERF-06", "PERF-07"))
                .when(new FinaliseUnitPredikatCommand(bekasi.bidang, 2026, ANNUAL, bekasi.as(bekasi.kabid)))
                .expectEvents(new UnitPredikatFinalisedEvent(bidangAnnual, bekasi.id, bekasi.bidang, 2026, ANNUAL,
                                OrganisationRating.ISTIMEWA, 2, Map.of(Predikat.BAIK, 2), List.of(), "BLOCK",
                                "PER_LIMIT", bekasi.kabid, TODAY, world.basis(bekasi, "PERF-06", "PERF-07")),
                        finalised(bekasi.analyst), finalised(bekasi.colleague));
    }

    @Test
    @DisplayName("PERF-06c Bekasi: a BAIK unit whose only employee is BAIK breaks the limits (at most 70% BAIK, at least "
            + "one BUTUH_PERBAIKAN or KURANG); finalisation is refused with the exact numbers (SE MenPANRB 3/2023, "
            + "perf-rules v2)")
    void refusedOutsideTheLimits() {
        world.given(opened(), organisationRated(OrganisationRating.BAIK),
                        rated(bekasi.analyst, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(), "PERF-06", "PERF-07"))
                .when(new FinaliseUnitPredikatCommand(bekasi.bidang, 2026, ANNUAL, bekasi.as(bekasi.kabid)))
                .expectProblem(ProblemKind.RULE_VIOLATION, "PERF-06", "distribution", "SE MenPANRB 3/2023",
                        "organisation rating BAIK");
    }

    @Test
    @DisplayName("PERF-06 Bekasi: an employee of the unit does not finalise its predikat; the refusal names the heads "
            + "(SE MenPANRB 3/2023)")
    void onlyHeadsFinalise() {
        world.given(opened(), organisationRated(OrganisationRating.ISTIMEWA),
                        rated(bekasi.analyst, Predikat.BAIK, SESUAI_EKSPEKTASI, List.of(), "PERF-06", "PERF-07"))
                .when(new FinaliseUnitPredikatCommand(bekasi.bidang, 2026, ANNUAL, bekasi.as(bekasi.colleague)))
                .expectProblem(ProblemKind.FORBIDDEN, "PERF-06", bekasi.kabid + ", " + bekasi.kadis);
    }

    private EmployeePredikatFinalisedEvent finalised(String nip) {
        return new EmployeePredikatFinalisedEvent(bidangAnnual, bekasi.id, bekasi.bidang, 2026, ANNUAL, nip,
                Predikat.BAIK, SESUAI_EKSPEKTASI, SESUAI_EKSPEKTASI, "UNIT_FINALISATION", TODAY,
                world.basis(bekasi, "PERF-06", "PERF-07"));
    }
}
