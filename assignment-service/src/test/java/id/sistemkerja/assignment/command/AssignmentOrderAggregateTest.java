package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentCommands.SubmitAssignmentReportCommand;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentEndedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.AmendAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueDirectAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.ProposeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.RevokeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderAmendedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderRevokedEvent;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.Official;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentWorld.TODAY;
import static id.sistemkerja.assignment.command.AssignmentWorld.problem;
import static id.sistemkerja.assignment.command.AssignmentWorld.terms;

/**
 * Assignment orders (ASG-01, 03, 04, 05, 06, RPT-01, M4) as aggregate fixture tests; Cilegon (the appraiser issues
 * within the unit, CLG23 Pasal 6(2)) unless named otherwise.
 */
class AssignmentOrderAggregateTest {

    private static final String ORDER = "ord-1";
    private static final String ASSIGNMENT = ORDER + "-1";

    private final AssignmentWorld world = new AssignmentWorld();
    private final FixtureConfiguration<AssignmentOrder> fixture = world.fixture(AssignmentOrder.class);
    private final Agency cilegon = world.agency("cilegon-2023", 1);
    private final String number = "800.1.11/1/" + cilegon.id.toUpperCase() + "/2026";
    private final ActingOfficial appraiser = new ActingOfficial(cilegon.unitHead, Official.APPRAISER,
            "holder of " + cilegon.unit + ":head");

    private IssueDirectAssignmentOrderCommand direct(AssignmentTerms terms, String nip, String by) {
        return new IssueDirectAssignmentOrderCommand(ORDER, cilegon.unit, AssignmentForm.INDIVIDUAL, null,
                nip == null ? List.of() : List.of(nip), terms, List.of(), cilegon.as(by));
    }

    /** The direct order of the unit head (the staff's appraiser) for {@code staff}, issued today as number 1. */
    private AssignmentOrderIssuedEvent issued() {
        Agency a = cilegon;
        return new AssignmentOrderIssuedEvent(ORDER, number, 1, a.id, TODAY, OrderOrigin.direct(),
                AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL, null,
                a.location(a.unit), List.of(new Assignee(ASSIGNMENT, a.staff, a.location(a.unit),
                PositionKind.PELAKSANA)), terms(), appraiser, null, List.of(),
                world.basis(a, "ASG-05", "ASG-02", "ASG-04", "ASG-01", "ASG-03", "ASG-06"));
    }

    private AssignmentOrderRevokedEvent revoked() {
        return new AssignmentOrderRevokedEvent(ORDER, number, cilegon.id, TODAY, TODAY, List.of(ASSIGNMENT), "Batal",
                appraiser, world.basis(cilegon, "ASG-05", "ASG-02", "ASG-04", "AUD-03"));
    }

    // ------------------------------------------------------------------ issuing directly

    @Test
    @DisplayName("ASG-06 ASG-01 Cilegon: an order within a unit states its purpose, targets and other arrangements and names the employees; each gap is named")
    void contents() {
        fixture.givenNoPriorActivity()
                .when(direct(null, null, cilegon.unitHead))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-06", "terms.purpose", "terms.targets",
                        "terms.otherArrangements", "ASG-01", "assigneeNips"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-04 ASG-05 Cilegon: the appraiser issues an order within the unit at once, numbered 800.1.11/<n>/<agency>/<year> (CLG23 Pasal 6(2))")
    void issueDirectly() {
        fixture.givenNoPriorActivity()
                .when(direct(terms(), cilegon.staff, cilegon.unitHead))
                .expectEvents(issued())
                .expectResultMessagePayload(number);
    }

    @Test
    @DisplayName("ASG-04 the same order sent again (Idempotency-Key) gets its number back: no second order, no second number")
    void sentAgain() {
        fixture.given(issued())
                .when(direct(terms(), cilegon.staff, cilegon.unitHead))
                .expectNoEvents()
                .expectResultMessagePayload(number);
    }

    @Test
    @DisplayName("ASG-01 Cilegon: an order within a unit assigns employees of that unit; others come through an involvement request")
    void onlyEmployeesOfTheUnit() {
        fixture.givenNoPriorActivity()
                .when(direct(terms(), cilegon.sisterStaff, cilegon.unitHead))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-01", "involvement request"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-05 Cilegon: only the employee's appraiser issues the order; the refusal names the rule and its article")
    void onlyTheCompetentOfficialIssues() {
        fixture.givenNoPriorActivity()
                .when(direct(terms(), cilegon.staff, cilegon.sisterHead))
                .expectException(problem(ProblemKind.FORBIDDEN, "ASG-05", "Perwal Cilegon 17/2023 Pasal 6"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-03 M4 Cilegon: a TEAM order names a work team of its own unit, not another unit's")
    void teamOfTheOwnUnit() {
        String teamOfTheSisterUnit = world.team(cilegon, cilegon.sisterUnit, AssignmentScope.WITHIN_UNIT);
        fixture.givenNoPriorActivity()
                .when(new IssueDirectAssignmentOrderCommand(ORDER, cilegon.unit, AssignmentForm.TEAM,
                        teamOfTheSisterUnit, List.of(cilegon.staff), terms(), List.of(), cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-03", "assigns members to its own teams"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-04 an issued order never changes: it is not issued again")
    void issuedOnce() {
        fixture.given(issued())
                .when(new IssueAssignmentOrderCommand(ORDER, "Lain", null, cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.CONFLICT, "never changes"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ proposals (ASG-05, usulan)

    @Test
    @DisplayName("ASG-05 Bandung v2: the unit head proposes an appointment within the unit; the proposal is a draft naming the proposer (BDG23 lampiran B.2 huruf d)")
    void propose() {
        Agency bandung = world.agency("bandung-2023", 2);
        fixture.givenNoPriorActivity()
                .when(new ProposeAssignmentOrderCommand(ORDER, bandung.unit, AssignmentForm.INDIVIDUAL, null,
                        List.of(bandung.supervised), terms(), List.of(), bandung.as(bandung.unitHead)))
                .expectEvents(new AssignmentOrderDraftedEvent(ORDER, bandung.id,
                        new OrderOrigin(OrderOrigin.Kind.PROPOSAL, null), AssignmentMode.PENUNJUKAN,
                        AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL, null, bandung.location(bandung.unit),
                        List.of(bandung.supervised), terms(), new ActingOfficial(bandung.unitHead, Official.UNIT_HEAD,
                        "holder of " + bandung.unit + ":head"), List.of(), TODAY))
                .expectResultMessagePayload(ORDER);
    }

    @Test
    @DisplayName("ASG-05 Cilegon v1 names no proposal step: the appraiser appoints directly, a proposal is refused")
    void noProposalStep() {
        fixture.givenNoPriorActivity()
                .when(new ProposeAssignmentOrderCommand(ORDER, cilegon.unit, AssignmentForm.INDIVIDUAL, null,
                        List.of(cilegon.staff), terms(), List.of(), cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-05", "names no proposal step"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-05 ASG-04 Bandung v2: the appraiser issues the order the unit head proposed")
    void issueTheProposal() {
        Agency bandung = world.agency("bandung-2023", 2);
        ActingOfficial proposer = new ActingOfficial(bandung.unitHead, Official.UNIT_HEAD,
                "holder of " + bandung.unit + ":head");
        fixture.given(new AssignmentOrderDraftedEvent(ORDER, bandung.id, new OrderOrigin(OrderOrigin.Kind.PROPOSAL,
                        null), AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL, null,
                        bandung.location(bandung.unit), List.of(bandung.supervised), terms(), proposer, List.of(),
                        TODAY))
                .when(new IssueAssignmentOrderCommand(ORDER, null, null, bandung.as(bandung.supervisor)))
                .expectEvents(new AssignmentOrderIssuedEvent(ORDER, "800.1.11/1/" + bandung.id.toUpperCase()
                        + "/2026", 1, bandung.id, TODAY, new OrderOrigin(OrderOrigin.Kind.PROPOSAL, null),
                        AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL, null,
                        bandung.location(bandung.unit), List.of(new Assignee(ASSIGNMENT, bandung.supervised,
                        bandung.location(bandung.unit), PositionKind.PELAKSANA)), terms(),
                        new ActingOfficial(bandung.supervisor, Official.APPRAISER, "holder of " + bandung.unit
                                + ":kasi"), proposer, List.of(),
                        world.basis(bandung, "ASG-05", "ASG-02", "ASG-04", "ASG-01", "ASG-03", "ASG-06")));
    }

    // ------------------------------------------------------------------ amendments and revocations (ASG-04, AUD-03)

    @Test
    @DisplayName("ASG-04 AUD-03 an amendment states its reason")
    void amendmentStatesItsReason() {
        fixture.given(issued())
                .when(new AmendAssignmentOrderCommand(ORDER, null, null, null, LocalDate.of(2026, 7, 31), " ",
                        cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "AUD-03", "reason"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-04 a draft is not amended: it is issued first (a conflict, not a failure)")
    void draftIsNotAmended() {
        fixture.given(new AssignmentOrderDraftedEvent(ORDER, cilegon.id, OrderOrigin.direct(),
                        AssignmentMode.PENUNJUKAN, AssignmentScope.WITHIN_UNIT, AssignmentForm.INDIVIDUAL, null,
                        cilegon.location(cilegon.unit), List.of(cilegon.staff), terms(), null, List.of(), TODAY))
                .when(new AmendAssignmentOrderCommand(ORDER, null, null, null, LocalDate.of(2026, 7, 31), "Diperpanjang",
                        cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.CONFLICT, "is a draft; issue it first"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-04 AUD-03 Cilegon: the issuer amends the order by a new act; the order stays as issued")
    void amend() {
        AssignmentTerms amended = terms().amended(null, null, null, LocalDate.of(2026, 7, 31));
        fixture.given(issued())
                .when(new AmendAssignmentOrderCommand(ORDER, null, null, null, LocalDate.of(2026, 7, 31),
                        "Diperpanjang", cilegon.as(cilegon.unitHead)))
                .expectEvents(new AssignmentOrderAmendedEvent(ORDER, number, cilegon.id, 1, TODAY, amended,
                        List.of(ASSIGNMENT), "Diperpanjang", new ActingOfficial(cilegon.unitHead, Official.APPRAISER,
                        "issuer of " + number), world.basis(cilegon, "ASG-05", "ASG-02", "ASG-04", "AUD-03")))
                .expectResultMessagePayload(1);
    }

    @Test
    @DisplayName("ASG-04 Cilegon: a revocation does not take effect before the order was issued")
    void revocationNotBeforeTheIssue() {
        fixture.given(issued())
                .when(new RevokeAssignmentOrderCommand(ORDER, TODAY.minusDays(1), "Batal",
                        cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-04", "effectiveOn", "before the order"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-04 AUD-03 Cilegon: the issuer revokes the order by a new act; its assignments end")
    void revoke() {
        ActingOfficial issuer = new ActingOfficial(cilegon.unitHead, Official.APPRAISER, "issuer of " + number);
        AssignmentOrderRevokedEvent revoked = new AssignmentOrderRevokedEvent(ORDER, number, cilegon.id, TODAY,
                TODAY.plusDays(7), List.of(ASSIGNMENT), "Batal", issuer,
                world.basis(cilegon, "ASG-05", "ASG-02", "ASG-04", "AUD-03"));
        fixture.given(issued())
                .when(new RevokeAssignmentOrderCommand(ORDER, TODAY.plusDays(7), "Batal", cilegon.as(cilegon.unitHead)))
                .expectEvents(revoked, new AssignmentEndedEvent(ASSIGNMENT, cilegon.id, cilegon.staff, ORDER, number,
                        AssignmentForm.INDIVIDUAL, null, TODAY.plusDays(7), "ORDER_REVOKED", "Batal", null, null,
                        issuer, revoked.decision()));
    }

    @Test
    @DisplayName("ASG-04 a revoked order is not amended")
    void revokedIsNotAmended() {
        fixture.given(issued(), revoked())
                .when(new AmendAssignmentOrderCommand(ORDER, null, null, null, LocalDate.of(2026, 7, 31),
                        "Diperpanjang", cilegon.as(cilegon.unitHead)))
                .expectException(problem(ProblemKind.CONFLICT, "was revoked"))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ reports (RPT-01)

    @Test
    @DisplayName("RPT-01 Cilegon: only the assigned employee reports on the assignment")
    void onlyTheAssignedEmployeeReports() {
        fixture.given(issued())
                .when(new SubmitAssignmentReportCommand(ORDER, ASSIGNMENT, "rep-1", "Selesai", List.of(), null, null,
                        cilegon.as(cilegon.colleague)))
                .expectException(problem(ProblemKind.FORBIDDEN, "RPT-01", "only the assigned employee"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("RPT-01 Cilegon: a report does not account for work before the assignment began")
    void reportNotBeforeTheAssignment() {
        fixture.given(issued())
                .when(new SubmitAssignmentReportCommand(ORDER, ASSIGNMENT, "rep-1", "Selesai", List.of(),
                        terms().validFrom().minusDays(1), null, cilegon.as(cilegon.staff)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "RPT-01", "periodFrom", "before the assignment"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("RPT-01 an assignment that ended takes no more reports")
    void noReportAfterTheEnd() {
        fixture.given(issued(), revoked(), new AssignmentEndedEvent(ASSIGNMENT, cilegon.id, cilegon.staff, ORDER,
                        number, AssignmentForm.INDIVIDUAL, null, TODAY, "ORDER_REVOKED", "Batal", null, null,
                        appraiser, revoked().decision()))
                .when(new SubmitAssignmentReportCommand(ORDER, ASSIGNMENT, "rep-1", "Selesai", List.of(), null, null,
                        cilegon.as(cilegon.staff)))
                .expectException(problem(ProblemKind.CONFLICT, "no longer in force"))
                .expectNoEvents();
    }
}
