package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.ApproveVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.RejectVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.SubmitVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationSubmittedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationState;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentWorld.TODAY;
import static id.sistemkerja.assignment.command.AssignmentWorld.problem;
import static id.sistemkerja.assignment.command.AssignmentWorld.terms;

/** Voluntary applications (pengajuan sukarela, ASG-10/11/12) as aggregate fixture tests; Cilegon unless named. */
class VoluntaryApplicationTest {

    private static final String APPLICATION = "app-1";

    private final AssignmentWorld world = new AssignmentWorld();
    private final FixtureConfiguration<VoluntaryApplication> fixture = world.fixture(VoluntaryApplication.class);
    private final Agency cilegon = world.agency("cilegon-2023", 1);

    private ActingOfficial unitHead() {
        return new ActingOfficial(cilegon.unitHead, Official.UNIT_HEAD, "holder of " + cilegon.unit + ":head");
    }

    private VoluntaryApplicationSubmittedEvent submittedWithinTheUnit() {
        Agency a = cilegon;
        return new VoluntaryApplicationSubmittedEvent(APPLICATION, a.id, a.staff, a.location(a.unit),
                a.location(a.unit), AssignmentScope.WITHIN_UNIT, terms(), false, ActingOfficial.employee(a.staff),
                VoluntaryApplicationState.PENDING_UNIT_HEAD, Recipient.people(Official.UNIT_HEAD, List.of(a.unitHead)),
                List.of(), TODAY, world.basis(a, "ASG-12", "ASG-10"));
    }

    @Test
    @DisplayName("ASG-01 ASG-03 Cilegon: an application names the work, its target, its period and its kind")
    void contents() {
        fixture.givenNoPriorActivity()
                .when(new SubmitVoluntaryApplicationCommand(APPLICATION, null, null, false, null,
                        cilegon.as(cilegon.staff)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-01", "terms.purpose", "terms.targets",
                        "terms.validFrom", "ASG-03", "terms.nature", "terms.planning"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-10 Cilegon: an employee applies within the unit, to the unit head (CLG23 lampiran B.2.a)")
    void applyWithinTheUnit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitVoluntaryApplicationCommand(APPLICATION, null, null, false, terms(),
                        cilegon.as(cilegon.staff)))
                .expectEvents(submittedWithinTheUnit())
                .expectResultMessagePayload(APPLICATION);
    }

    @Test
    @DisplayName("ASG-10 Cilegon: the unit head records an employee's oral wish on the employee's behalf")
    void oralWishOnBehalf() {
        Agency a = cilegon;
        fixture.givenNoPriorActivity()
                .when(new SubmitVoluntaryApplicationCommand(APPLICATION, a.staff, null, true, terms(),
                        a.as(a.unitHead)))
                .expectEvents(new VoluntaryApplicationSubmittedEvent(APPLICATION, a.id, a.staff, a.location(a.unit),
                        a.location(a.unit), AssignmentScope.WITHIN_UNIT, terms(), true, unitHead(),
                        VoluntaryApplicationState.PENDING_UNIT_HEAD,
                        Recipient.people(Official.UNIT_HEAD, List.of(a.unitHead)), List.of(), TODAY,
                        world.basis(a, "ASG-12", "ASG-10")));
    }

    @Test
    @DisplayName("ASG-11 Cilegon: across units the employee writes the application themselves, no one on their behalf")
    void acrossUnitsInWriting() {
        fixture.givenNoPriorActivity()
                .when(new SubmitVoluntaryApplicationCommand(APPLICATION, cilegon.staff, cilegon.sisterUnit, true,
                        terms(), cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-11", "onBehalf"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-12 Bandung: a voluntary application does not go to another perangkat daerah (BDG23 lampiran B.2 huruf b)")
    void bandungNotAcrossDepartments() {
        Agency bandung = world.agency("bandung-2023", 1);
        fixture.givenNoPriorActivity()
                .when(new SubmitVoluntaryApplicationCommand(APPLICATION, null, bandung.otherDeptUnit, false, terms(),
                        bandung.as(bandung.staff)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-12", "CROSS_DEPARTMENT"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-10 ASG-04 Cilegon: the unit head approves; the order is drafted in the same act, for the competent official to issue")
    void approveDraftsTheOrder() {
        Agency a = cilegon;
        fixture.given(submittedWithinTheUnit())
                .when(new ApproveVoluntaryApplicationCommand(APPLICATION, "Setuju", a.as(a.unitHead)))
                .expectEvents(new VoluntaryApplicationApprovedEvent(APPLICATION, a.id, a.staff, a.location(a.unit),
                                a.location(a.unit), AssignmentScope.WITHIN_UNIT, terms(), "Setuju", unitHead(), null,
                                "ord-" + APPLICATION, TODAY, world.basis(a, "ASG-10")),
                        new AssignmentOrderDraftedEvent("ord-" + APPLICATION, a.id,
                                new OrderOrigin(OrderOrigin.Kind.VOLUNTARY_APPLICATION, APPLICATION),
                                AssignmentMode.PENGAJUAN_SUKARELA, AssignmentScope.WITHIN_UNIT,
                                AssignmentForm.INDIVIDUAL, null, a.location(a.unit), List.of(a.staff), terms(),
                                unitHead(), List.of(), TODAY))
                .expectResultMessagePayload("ord-" + APPLICATION);
    }

    @Test
    @DisplayName("ASG-10 Cilegon: only the unit head or the employee's appraiser approves")
    void onlyTheUnitHeadApproves() {
        fixture.given(submittedWithinTheUnit())
                .when(new ApproveVoluntaryApplicationCommand(APPLICATION, null, cilegon.as(cilegon.sisterHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "ASG-10"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-10 Cilegon: a rejection of a voluntary application states its reason")
    void rejectionStatesItsReason() {
        fixture.given(submittedWithinTheUnit())
                .when(new RejectVoluntaryApplicationCommand(APPLICATION, "", cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-10", "reason"))
                .expectNoEvents();
    }
}
