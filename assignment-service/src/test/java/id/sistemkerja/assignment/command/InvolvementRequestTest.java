package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.ApproveInvolvementRequestCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.RecommendInvolvementCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.RejectInvolvementRequestCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.SubmitInvolvementRequestCommand;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRecommendedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestRejectedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestSubmittedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementStepApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestState;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
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

/**
 * The involvement request flows (ASG-07, ASG-08, ASG-09, ASG-13) as aggregate fixture tests: the past as events, one
 * act, the exact events or the refusal. Under Bandung (BDG23 lampiran B.2.a) unless named otherwise.
 */
class InvolvementRequestTest {

    private static final String REQUEST = "req-1";

    private final AssignmentWorld world = new AssignmentWorld();
    private final FixtureConfiguration<InvolvementRequest> fixture = world.fixture(InvolvementRequest.class);
    private final Agency bandung = world.agency("bandung-2023", 1);

    private SubmitInvolvementRequestCommand request(Agency a, AssignmentTerms terms, List<String> nips) {
        return new SubmitInvolvementRequestCommand(REQUEST, a.unit, null, a.sisterUnit, nips,
                AssignmentForm.INDIVIDUAL, null, terms, List.of(), a.as(a.unitHead));
    }

    /** The Bandung request of the owning unit head for {@code nips} of the sister unit, as recorded on {@code on}. */
    private InvolvementRequestSubmittedEvent submitted(List<String> nips, java.time.LocalDate on) {
        Agency a = bandung;
        return new InvolvementRequestSubmittedEvent(REQUEST, a.id, a.id, AssignmentScope.CROSS_UNIT,
                AssignmentForm.INDIVIDUAL, null, a.location(a.unit), a.location(a.sisterUnit), nips, terms(),
                new ActingOfficial(a.unitHead, Official.OWNING_UNIT_HEAD, "holder of " + a.unit + ":head"),
                InvolvementRequestState.PENDING_DECISION, Recipient.people(Official.APPRAISER, List.of(a.sisterHead)),
                List.of(Recipient.people(Official.APPRAISER, List.of(a.deptHead))), on,
                world.basis(a, "ASG-02", "ASG-08", "ASG-07"));
    }

    @Test
    @DisplayName("ASG-07 Bandung: a request missing its purpose, competencies, target and duration is refused naming each (BDG23 Pasal 8(3))")
    void elements() {
        fixture.givenNoPriorActivity()
                .when(request(bandung, null, List.of(bandung.sisterStaff)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-07", "terms.purpose", "terms.competencies",
                        "terms.targets", "terms.validFrom"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: the owning unit head sends a request across units to the appraiser where the employee sits, copying their own appraiser (BDG23 lampiran B.2.a angka 2))")
    void submit() {
        fixture.givenNoPriorActivity()
                .when(request(bandung, terms(), List.of(bandung.sisterStaff)))
                .expectEvents(submitted(List.of(bandung.sisterStaff), TODAY))
                .expectResultMessagePayload(REQUEST);
    }

    @Test
    @DisplayName("ASG-08 a request sent again (Idempotency-Key) finds the one recorded and records nothing")
    void sentAgain() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY))
                .when(request(bandung, terms(), List.of(bandung.sisterStaff)))
                .expectNoEvents()
                .expectResultMessagePayload(REQUEST);
    }

    @Test
    @DisplayName("ASG-01 employees of the owning unit are appointed directly, not requested")
    void notWithinTheUnit() {
        fixture.givenNoPriorActivity()
                .when(new SubmitInvolvementRequestCommand(REQUEST, bandung.unit, null, bandung.unit,
                        List.of(bandung.staff), AssignmentForm.INDIVIDUAL, null, terms(), List.of(),
                        bandung.as(bandung.unitHead)))
                .expectException(problem(ProblemKind.INVALID_INPUT, "appoint them directly"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-13 Bandung: an Administrator is involved only as a member of a work team, not individually")
    void administratorOnlyInATeam() {
        fixture.givenNoPriorActivity()
                .when(request(bandung, terms(), List.of(bandung.sisterHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-13", "only as a member of a work team"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: the employee's unit head recommends the employee (rekomendasi)")
    void recommend() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY))
                .when(new RecommendInvolvementCommand(REQUEST, List.of(bandung.sisterStaff), "Cocok",
                        bandung.as(bandung.sisterHead)))
                .expectEvents(new InvolvementRecommendedEvent(REQUEST, bandung.id, List.of(bandung.sisterStaff),
                        "Cocok", new ActingOfficial(bandung.sisterHead, Official.UNIT_HEAD, "holder of "
                        + bandung.sisterUnit + ":head"), TODAY, world.basis(bandung, "ASG-08")));
    }

    @Test
    @DisplayName("ASG-08 ASG-04 Bandung: the appraiser where the employee sits approves, naming the employee, on the unit head's recommendation (their own: the same official), and drafts the order in the same act")
    void approveDraftsTheOrder() {
        Agency a = bandung;
        ActingOfficial appraiser = new ActingOfficial(a.sisterHead, Official.APPRAISER, "holder of " + a.sisterUnit
                + ":head");
        List<Recipient> copies = List.of(Recipient.people(Official.APPRAISER, List.of(a.deptHead)));
        fixture.given(submitted(List.of(a.sisterStaff), TODAY))
                .when(new ApproveInvolvementRequestCommand(REQUEST, List.of(a.sisterStaff), null, "Setuju",
                        a.as(a.sisterHead)))
                .expectEvents(new InvolvementRequestApprovedEvent(REQUEST, a.id, a.id,
                                InvolvementRequestState.PENDING_DECISION, AssignmentScope.CROSS_UNIT,
                                AssignmentForm.INDIVIDUAL, null, a.location(a.unit), a.location(a.sisterUnit),
                                List.of(a.sisterStaff), terms(), "Setuju", appraiser, new ActingOfficial(a.sisterHead,
                                Official.UNIT_HEAD, "holder of " + a.sisterUnit + ":head"), appraiser, copies,
                                "ord-" + REQUEST, TODAY, world.basis(a, "ASG-08")),
                        new AssignmentOrderDraftedEvent("ord-" + REQUEST, a.id,
                                new OrderOrigin(OrderOrigin.Kind.INVOLVEMENT_REQUEST, REQUEST),
                                AssignmentMode.PENUNJUKAN, AssignmentScope.CROSS_UNIT, AssignmentForm.INDIVIDUAL, null,
                                a.location(a.unit), List.of(a.sisterStaff), terms(), appraiser, copies, TODAY))
                .expectResultMessagePayload("ord-" + REQUEST);
    }

    @Test
    @DisplayName("ASG-08 Bandung: the approval names the matching employee(s)")
    void approvalNamesTheEmployees() {
        fixture.given(submitted(List.of(), TODAY))
                .when(new ApproveInvolvementRequestCommand(REQUEST, List.of(), null, null, bandung.as(bandung.sisterHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-08", "nominatedNips",
                        "Perwal Bandung 6/2023 lampiran B.2.a"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: only the appraiser where the employee sits approves")
    void onlyTheAppraiserApproves() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY))
                .when(new ApproveInvolvementRequestCommand(REQUEST, List.of(bandung.sisterStaff), null, null,
                        bandung.as(bandung.otherDeptUnitHead)))
                .expectException(problem(ProblemKind.FORBIDDEN, "appraiser (Pejabat Penilai Kinerja)"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: a rejection states its reason (surat jawaban penolakan)")
    void rejectionStatesItsReason() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY))
                .when(new RejectInvolvementRequestCommand(REQUEST, " ", bandung.as(bandung.sisterHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-08", "reason"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: the appraiser where the employee sits rejects with the reason")
    void reject() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY))
                .when(new RejectInvolvementRequestCommand(REQUEST, " Beban kerja penuh ",
                        bandung.as(bandung.sisterHead)))
                .expectEvents(new InvolvementRequestRejectedEvent(REQUEST, bandung.id, bandung.id,
                        AssignmentScope.CROSS_UNIT, bandung.location(bandung.unit), bandung.location(bandung.sisterUnit),
                        InvolvementRequestState.PENDING_DECISION, "Beban kerja penuh",
                        new ActingOfficial(bandung.sisterHead, Official.APPRAISER, "holder of " + bandung.sisterUnit
                                + ":head"), TODAY, world.basis(bandung, "ASG-08")));
    }

    @Test
    @DisplayName("ASG-08 a request that was rejected is not decided again")
    void decidedOnce() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY), new InvolvementRequestRejectedEvent(REQUEST,
                        bandung.id, bandung.id, AssignmentScope.CROSS_UNIT, bandung.location(bandung.unit),
                        bandung.location(bandung.sisterUnit), InvolvementRequestState.PENDING_DECISION, "Penuh",
                        null, TODAY, world.basis(bandung, "ASG-08")))
                .when(new ApproveInvolvementRequestCommand(REQUEST, List.of(bandung.sisterStaff), null, null,
                        bandung.as(bandung.sisterHead)))
                .expectException(problem(ProblemKind.CONFLICT, "REJECTED", "nothing is pending"))
                .expectNoEvents();
    }

    @Test
    @DisplayName("ASG-08 Bandung: an approval is not dated before the request it answers (acts in time order)")
    void inTimeOrder() {
        fixture.given(submitted(List.of(bandung.sisterStaff), TODAY.plusDays(1)))
                .when(new ApproveInvolvementRequestCommand(REQUEST, List.of(bandung.sisterStaff), null, null,
                        bandung.as(bandung.sisterHead)))
                .expectException(problem(ProblemKind.RULE_VIOLATION, "ASG-08", "dated " + TODAY))
                .expectNoEvents();
    }

    // ------------------------------------------------------------------ ASG-09 across agencies

    private InvolvementRequestSubmittedEvent acrossAgencies(Agency from, Agency to) {
        return new InvolvementRequestSubmittedEvent(REQUEST, from.id, to.id, AssignmentScope.CROSS_AGENCY,
                AssignmentForm.INDIVIDUAL, null, from.location(from.unit), null, List.of(), terms(),
                new ActingOfficial(from.unitHead, Official.OWNING_UNIT_HEAD, "holder of " + from.unit + ":head"),
                InvolvementRequestState.PENDING_OWN_AUTHORIZED_OFFICIAL,
                Recipient.role(Official.AUTHORIZED_OFFICIAL, "AUTHORIZED_OFFICIAL", from.id), List.of(), TODAY,
                world.basis(from, "ASG-02", "ASG-07", "ASG-09"));
    }

    @Test
    @DisplayName("ASG-09 Bandung: the requesting agency's Pejabat yang Berwenang forwards a request to the other agency's (BDG23 lampiran B.2.a angka 3))")
    void forwardAcrossAgencies() {
        Agency bekasi = world.agency("bekasi-2023", 1);
        fixture.given(acrossAgencies(bandung, bekasi))
                .when(new ApproveInvolvementRequestCommand(REQUEST, null, null, "Diteruskan",
                        bandung.as("pyb", "AUTHORIZED_OFFICIAL")))
                .expectEvents(new InvolvementStepApprovedEvent(REQUEST, bandung.id,
                        InvolvementRequestState.PENDING_OWN_AUTHORIZED_OFFICIAL,
                        InvolvementRequestState.PENDING_TARGET_AUTHORIZED_OFFICIAL, null, null, "Diteruskan",
                        new ActingOfficial("pyb", Official.AUTHORIZED_OFFICIAL, "role AUTHORIZED_OFFICIAL of "
                                + bandung.id), null, Recipient.role(Official.AUTHORIZED_OFFICIAL,
                        "AUTHORIZED_OFFICIAL", bekasi.id), TODAY, world.basis(bandung, "ASG-09")))
                .expectResultMessagePayload("PENDING_TARGET_AUTHORIZED_OFFICIAL");
    }

    @Test
    @DisplayName("ASG-09 only the Pejabat yang Berwenang of the requesting agency forwards its request")
    void onlyThePybForwards() {
        Agency bekasi = world.agency("bekasi-2023", 1);
        fixture.given(acrossAgencies(bandung, bekasi))
                .when(new ApproveInvolvementRequestCommand(REQUEST, null, null, null,
                        bekasi.as("pyb", "AUTHORIZED_OFFICIAL")))
                .expectException(problem(ProblemKind.FORBIDDEN, "ASG-09", "Pejabat yang Berwenang"))
                .expectNoEvents();
    }
}
