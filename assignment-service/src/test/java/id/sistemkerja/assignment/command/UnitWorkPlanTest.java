package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.AmendUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.SetUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentWorld.TODAY;
import static id.sistemkerja.assignment.command.AssignmentWorld.problem;

/** A unit's annual work plan under Serang (ASG-14, SRG23 Pasal 7) as aggregate fixture tests. */
class UnitWorkPlanTest {

    private static final PlanItem SURVEY = new PlanItem("i1", "Survei gizi balita", "Laporan survei");
    private static final PlanItem CAMPAIGN = new PlanItem("i2", "Kampanye gizi", "10 kegiatan");

    private final AssignmentWorld world = new AssignmentWorld();
    private final FixtureConfiguration<UnitWorkPlan> fixture = world.fixture(UnitWorkPlan.class);
    private final Agency serang = world.agency("serang-2023", 1);
    private final String plan2026 = UnitWorkPlanCommands.planId(serang.unit, 2026);
    private final ActingOfficial unitHead = new ActingOfficial(serang.unitHead, Official.UNIT_HEAD,
            "holder of " + serang.unit + ":head");

    private UnitWorkPlanSetEvent set() {
        return new UnitWorkPlanSetEvent(plan2026, serang.id, serang.location(serang.unit), 2026, List.of(SURVEY),
                TODAY, LocalDate.of(2025, 12, 31), unitHead, world.basis(serang, "ASG-14"), true);
    }

    @ParameterizedTest(name = "ASG-14 Serang: a plan for {0} set on 2 March 2026 is late: {1}")
    @CsvSource({"2026, true", "2027, false"})
    @DisplayName("ASG-14 Serang: the unit head sets the plan by 31 December of the year before; a later plan is recorded as late and applies (SRG23 Pasal 7(1))")
    void setOnTimeOrLate(int year, boolean late) {
        String planId = UnitWorkPlanCommands.planId(serang.unit, year);
        fixture.givenNoPriorActivity()
                .when(new SetUnitWorkPlanCommand(planId, serang.unit, year, List.of(SURVEY), serang.as(serang.unitHead)))
                .expectEvents(new UnitWorkPlanSetEvent(planId, serang.id, serang.location(serang.unit), year,
                        List.of(SURVEY), TODAY, LocalDate.of(year - 1, 12, 31), unitHead,
                        world.basis(serang, "ASG-14"), late))
                .expectResultMessagePayload(planId);
    }

    @Test
    @DisplayName("ASG-14 a work plan lists at least one activity")
    void atLeastOneActivity() {
        fixture.givenNoPriorActivity()
                .when(new SetUnitWorkPlanCommand(plan2026, serang.unit, 2026, List.of(), serang.as(serang.unitHead)))
                .expectException(problem(ProblemKind.INVALID_INPUT, "at least one activity"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-14 Serang: only the unit head sets the unit's plan (SRG23 Pasal 7(1))")
    void onlyTheUnitHeadSets() {
        fixture.givenNoPriorActivity()
                .when(new SetUnitWorkPlanCommand(plan2026, serang.unit, 2026, List.of(SURVEY),
                        serang.as(serang.sisterHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "ASG-14", "Perwal Serang 23/2023 Pasal 7"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-14 a plan that is set changes only by a recorded amendment")
    void setOnce() {
        fixture.given(set())
                .when(new SetUnitWorkPlanCommand(plan2026, serang.unit, 2026, List.of(CAMPAIGN),
                        serang.as(serang.unitHead)))
                .expectException(problem(ProblemKind.CONFLICT, "change it by an amendment"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-14 AUD-03 Serang: the unit head amends the plan with a reason; the event lists the items in force")
    void amend() {
        fixture.given(set())
                .when(new AmendUnitWorkPlanCommand(plan2026, List.of(CAMPAIGN), List.of("i1"), "Prioritas berubah",
                        serang.as(serang.unitHead)))
                .expectEvents(new UnitWorkPlanAmendedEvent(plan2026, serang.id, serang.unit, 2026, 1,
                        List.of(CAMPAIGN), List.of("i1"), List.of(CAMPAIGN), "Prioritas berubah", TODAY, unitHead,
                        world.basis(serang, "ASG-14", "AUD-03")))
                .expectResultMessagePayload(1);
    }

    @Test
    @DisplayName("ASG-14 an amendment removes only items of the plan")
    void removesOnlyItsItems() {
        fixture.given(set())
                .when(new AmendUnitWorkPlanCommand(plan2026, List.of(), List.of("i9"), "Salah",
                        serang.as(serang.unitHead)))
                .expectException(problem(ProblemKind.INVALID_INPUT, "item i9 is not in the plan"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("AUD-03 an amendment without a reason is refused as such (422), whether or not the plan exists")
    void amendmentStatesItsReason() {
        fixture.givenNoPriorActivity()
                .when(new AmendUnitWorkPlanCommand(plan2026, List.of(CAMPAIGN), List.of(), " ",
                        serang.as(serang.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "AUD-03", "reason"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-14 amending a plan that was never set is a 404 and stores nothing")
    void amendingAnUnknownPlan() {
        fixture.givenNoPriorActivity()
                .when(new AmendUnitWorkPlanCommand(plan2026, List.of(CAMPAIGN), List.of(), "Prioritas berubah",
                        serang.as(serang.unitHead)))
                .expectException(problem(ProblemKind.NOT_FOUND, "Work plan " + plan2026 + " does not exist"))
                .expectNoEvents();
    }
}
