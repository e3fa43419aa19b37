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
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.CrossUnitAppointmentFlow;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Grounds;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_07;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_08;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_09;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_13;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * An involvement request (surat permohonan pelibatan, ASG-07/08/09): the process manager of one multi-step flow,
 * across units and departments (ASG-08, with the profile's variant) or across agencies through both agencies' Pejabat
 * yang Berwenang (ASG-09). It decides each step itself — who may act on it, on which facts — and records it as its own
 * event; its last approval drafts the assignment order in the same transaction ({@link AssignmentOrder}, created from
 * here as the decision to create it lies with the request).
 */
@Aggregate
public class InvolvementRequest {

    @AggregateIdentifier
    private String requestId;
    private String agencyId;
    private String targetAgencyId;
    private AssignmentScope scope;
    private AssignmentForm form;
    private String teamId;
    private UnitLocation owningUnit;
    private UnitLocation targetUnit;
    private List<String> requestedNips = List.of();
    private List<String> nominatedNips = List.of();
    private AssignmentTerms terms;
    private ActingOfficial recommendedBy;
    private List<String> recommendedNips = List.of();
    private InvolvementRequestState state;
    private List<Recipient> copies = List.of();
    /** The day of the request's latest recorded act: the next step is not dated before it. */
    private LocalDate lastActOn;

    protected InvolvementRequest() {
    }

    // ------------------------------------------------------------------ submission (ASG-07, ASG-08, ASG-09)

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(SubmitInvolvementRequestCommand command, Officials officials, AgencyProfiles profiles,
                         TeamDirectory teams, Clock clock) {
        LocalDate today = LocalDate.now(clock);
        // refusals cite the article of the requesting agency's own regulation where it has one (12.12)
        RegulationProfile cited = CitedProfiles.ofUnit(officials.directory(), profiles, command.owningUnitId(), today);
        RequestElements.requireComplete(command.terms(), cited);
        AssignmentTermsRules.requireForm(command.form(), command.teamId(), cited);
        if (requestId != null) {
            return requestId; // the same request again (Idempotency-Key)
        }
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        RegulationProfile profile = profiles.inForce(owning.agencyId(), today);
        boolean crossAgency = command.targetAgencyId() != null && !command.targetAgencyId().isBlank()
                && !command.targetAgencyId().equals(owning.agencyId());
        UnitLocation target = command.targetUnitId() == null || command.targetUnitId().isBlank() ? null
                : officials.locationOfUnit(command.targetUnitId());
        String targetAgency = crossAgency ? command.targetAgencyId() : owning.agencyId();
        AssignmentScope scope;
        ActingOfficial requester;
        Recipient addressedTo;
        InvolvementRequestState state;
        DecisionBasis basis;
        if (crossAgency) {
            if (target != null && !target.agencyId().equals(targetAgency)) {
                throw ProblemException.invalid("targetUnitId", "unit " + target.unitId() + " is not in agency "
                        + targetAgency);
            }
            scope = AssignmentScope.CROSS_AGENCY;
            Decision<AssignmentScope> scopeDecision = profile.assignmentScope(scope);
            scopeDecision.orElseThrow("targetAgencyId");
            // ASG-09: the head of the owning unit sends the request to the own agency's PyB
            requester = officials.authorize(command.actor(), List.of(Official.OWNING_UNIT_HEAD),
                    OfficialCase.of(null, owning, owning, today), ASG_09.grounds(profile),
                    "send a cross-agency involvement request for " + owning.unitId());
            addressedTo = Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, owning.agencyId());
            state = InvolvementRequestState.PENDING_OWN_AUTHORIZED_OFFICIAL;
            basis = scopeDecision.basis().with(ASG_07, ASG_09);
        } else {
            if (target == null) {
                throw ProblemException.invalid("targetUnitId", "targetUnitId (where the employees sit) is required");
            }
            scope = target.scopeTo(owning);
            if (scope == AssignmentScope.WITHIN_UNIT) {
                throw ProblemException.invalid("targetUnitId", "the employees sit in the owning unit: appoint them "
                        + "directly by an assignment order (POST /api/v1/assignment-orders, ASG-01)");
            }
            Decision<AssignmentScope> scopeDecision = profile.assignmentScope(scope);
            scopeDecision.orElseThrow("targetUnitId");
            Decision<CrossUnitAppointmentFlow> flowDecision = profile.crossUnitAppointmentFlow();
            CrossUnitAppointmentFlow flow = flowDecision.outcome();
            String first = command.requestedNips() == null || command.requestedNips().isEmpty() ? null
                    : command.requestedNips().get(0);
            // ASG-08: who sends the request (profile: head of the owning unit, or Level I to Level I)
            requester = officials.authorize(command.actor(), List.of(flow.requestFrom()),
                    OfficialCase.of(first, target, owning, today), flowDecision.grounds(),
                    "send an involvement request for " + owning.unitId());
            addressedTo = officials.resolveKnown(flow.requestTo(), OfficialCase.of(first, target, owning, today));
            state = InvolvementRequestState.PENDING_DECISION;
            basis = scopeDecision.basis().and(flowDecision.basis()).with(ASG_07);
        }
        List<String> requested = command.requestedNips() == null ? List.of()
                : command.requestedNips().stream().distinct().toList();
        if (target != null && checkEmployees(officials, requested, target, command.form(), "requestedNips", today,
                profile)) {
            basis = basis.with(ASG_13);
        }
        // M4: a TEAM request is for a team the owning unit owns, in force, decreed for members of this scope
        TeamOrders.check(teams, command.form(), command.teamId(), owning, scope, today, profile);
        List<Recipient> copies = new ArrayList<>(Recipients.copies(command.copyToNips()));
        // ASG-08/09: the requester copies their own appraiser
        Recipient ownAppraiser = officials.resolve(Official.APPRAISER, OfficialCase.of(command.actor().subject(),
                owning, owning, today));
        if (!ownAppraiser.nips().isEmpty()) {
            copies.add(ownAppraiser);
        }
        apply(new InvolvementRequestSubmittedEvent(command.requestId(), owning.agencyId(), targetAgency, scope,
                command.form(), command.teamId(), owning, target, requested, command.terms(), requester, state,
                addressedTo, copies, today, basis));
        return command.requestId();
    }

    // ------------------------------------------------------------------ the steps

    /** The home unit head's recommendation (rekomendasi), carried by the approval (ASG-08, ASG-09 step 3). */
    @CommandHandler
    public void handle(RecommendInvolvementCommand command, Officials officials, AgencyProfiles profiles,
                       Clock clock) {
        requirePending();
        if (state != InvolvementRequestState.PENDING_DECISION && state != InvolvementRequestState.PENDING_AVAILABILITY) {
            throw ProblemException.conflict("Involvement request " + requestId + " is " + state
                    + "; a recommendation is given while the employees' side decides");
        }
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(agencyId, today);
        boolean crossAgency = scope == AssignmentScope.CROSS_AGENCY;
        Decision<CrossUnitAppointmentFlow> flow = profile.crossUnitAppointmentFlow();
        Official recommender = crossAgency || flow.outcome().recommendationBy() == null ? Official.UNIT_HEAD
                : flow.outcome().recommendationBy();
        Grounds grounds = crossAgency ? ASG_09.grounds(profile) : flow.grounds();
        TimeOrder.requireInTimeOrder(today, lastActOn, "the request's last act, on", grounds);
        ActingOfficial acting = officials.authorize(command.actor(), List.of(recommender),
                OfficialCase.of(null, targetUnit, owningUnit, today), grounds, "recommend employees for this request");
        List<String> nips = command.recommendedNips() == null ? List.of() : command.recommendedNips();
        checkEmployees(officials, nips, targetUnit, form, "recommendedNips", today, profile);
        apply(new InvolvementRecommendedEvent(requestId, agencyId, nips, command.note(), acting, today,
                crossAgency ? profile.basis(ASG_09) : flow.basis()));
    }

    /**
     * Approves the step pending with the caller: the ASG-08 decision naming the employees, or one of the ASG-09
     * steps. Returns the state now pending, or — for the last approval — the id of the order it drafted.
     */
    @CommandHandler
    public String handle(ApproveInvolvementRequestCommand command, Officials officials, AgencyProfiles profiles,
                         Clock clock) throws Exception {
        requirePending();
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(agencyId, today);
        Actor actor = command.actor();
        TimeOrder.requireInTimeOrder(today, lastActOn, "the request's last act, on", flowGrounds(profile));
        return switch (state) {
            case PENDING_DECISION -> approveCrossUnit(command, officials, profile, today);
            case PENDING_OWN_AUTHORIZED_OFFICIAL -> step(command, authorizedOfficial(actor, agencyId,
                    "forward this request to agency " + targetAgencyId, profile),
                    InvolvementRequestState.PENDING_TARGET_AUTHORIZED_OFFICIAL, targetUnit, null, null,
                    Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, targetAgencyId), profile,
                    today);
            case PENDING_TARGET_AUTHORIZED_OFFICIAL -> {
                ActingOfficial acting = authorizedOfficial(actor, targetAgencyId,
                        "approve this request for agency " + targetAgencyId, profile);
                String unitId = command.targetUnitId() != null && !command.targetUnitId().isBlank()
                        ? command.targetUnitId() : targetUnit == null ? null : targetUnit.unitId();
                if (unitId == null) {
                    throw ASG_09.refusal(profile, "targetUnitId", "the target PyB's approval instructs the appraiser "
                            + "of a unit: name targetUnitId");
                }
                UnitLocation target = officials.locationOfUnit(unitId);
                if (!target.agencyId().equals(targetAgencyId)) {
                    throw ProblemException.invalid("targetUnitId", unitId + " is not in agency " + targetAgencyId);
                }
                yield step(command, acting, InvolvementRequestState.PENDING_AVAILABILITY, target, null, null,
                        officials.resolveKnown(Official.APPRAISER, OfficialCase.of(null, target, owningUnit, today)),
                        profile, today);
            }
            case PENDING_AVAILABILITY -> {
                List<String> nominated = nominated(command);
                if (nominated.isEmpty()) {
                    throw ASG_09.refusal(profile, "nominatedNips", "the appraiser's availability answer lists the "
                            + "employees (daftar pegawai)");
                }
                boolean asg13 = checkEmployees(officials, nominated, targetUnit, form, "nominatedNips", today,
                        profile);
                OfficialCase party = OfficialCase.of(nominated.get(0), targetUnit, owningUnit, today);
                ActingOfficial acting = officials.authorize(actor, List.of(Official.APPRAISER), party,
                        ASG_09.grounds(profile), "answer the availability of employees");
                ActingOfficial recommendation = recommendation(officials, actor, Official.UNIT_HEAD, party,
                        ASG_09.grounds(profile));
                DecisionBasis basis = asg13 ? profile.basis(ASG_09, ASG_13) : profile.basis(ASG_09);
                apply(new InvolvementStepApprovedEvent(requestId, agencyId, state,
                        InvolvementRequestState.PENDING_REPLY_ENDORSEMENT, targetUnit, nominated, command.note(),
                        acting, recommendation, Recipient.role(Official.AUTHORIZED_OFFICIAL,
                        Roles.AUTHORIZED_OFFICIAL, targetAgencyId), today, basis));
                yield InvolvementRequestState.PENDING_REPLY_ENDORSEMENT.name();
            }
            case PENDING_REPLY_ENDORSEMENT -> step(command, authorizedOfficial(actor, targetAgencyId,
                    "endorse the availability reply", profile), InvolvementRequestState.PENDING_REPLY_ACCEPTANCE,
                    targetUnit, nominatedNips, null,
                    Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, agencyId), profile, today);
            case PENDING_REPLY_ACCEPTANCE -> {
                ActingOfficial acting = authorizedOfficial(actor, agencyId, "accept the availability reply", profile);
                OfficialCase party = OfficialCase.of(nominatedNips.get(0), targetUnit, owningUnit, today);
                // ASG-09: the target unit head issues the assignment letter, copied to both PyBs and the appraiser
                Recipient unitHead = officials.resolveKnown(Official.UNIT_HEAD, party);
                ActingOfficial drafter = new ActingOfficial(unitHead.nips().isEmpty() ? null : unitHead.nips().get(0),
                        Official.UNIT_HEAD, "head of " + targetUnit.unitId() + " (ASG-09)");
                List<Recipient> orderCopies = List.of(
                        Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, agencyId),
                        Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, targetAgencyId),
                        officials.resolveKnown(Official.APPRAISER, party));
                yield approveFinally(nominatedNips, command.note(), acting, recommendedBy, drafter, orderCopies,
                        profile.basis(ASG_09), today);
            }
            default -> throw ProblemException.conflict("Involvement request " + requestId + " is " + state);
        };
    }

    @CommandHandler
    public void handle(RejectInvolvementRequestCommand command, Officials officials, AgencyProfiles profiles,
                       Clock clock) {
        boolean crossAgency = scope == AssignmentScope.CROSS_AGENCY;
        LocalDate today = LocalDate.now(clock);
        RegulationProfile cited = profiles.find(agencyId, today).orElse(null);
        if (command.reason() == null || command.reason().isBlank()) {
            // ASG-08/09: a rejection always states its reason (surat jawaban penolakan)
            throw (crossAgency ? ASG_09 : ASG_08).refusal(cited, "reason",
                    "a rejection of an involvement request states its reason");
        }
        requirePending();
        RegulationProfile profile = profiles.inForce(agencyId, today);
        Actor actor = command.actor();
        ActingOfficial acting;
        DecisionBasis basis;
        switch (state) {
            case PENDING_DECISION -> {
                Decision<CrossUnitAppointmentFlow> flow = profile.crossUnitAppointmentFlow();
                // ASG-08: the appraiser where the employee sits, and where the profile says so (BDG23 Pasal 9(3)) the
                // head of the unit or perangkat daerah where the employee sits, answers
                acting = officials.authorize(actor, flow.outcome().answeredBy(), OfficialCase.of(firstNip(),
                        targetUnit, owningUnit, today).employeeSide(), Grounds.citingAll(flow),
                        "reject this involvement request");
                basis = flow.basis();
            }
            case PENDING_OWN_AUTHORIZED_OFFICIAL, PENDING_REPLY_ACCEPTANCE -> {
                acting = authorizedOfficial(actor, agencyId, "reject this request", profile);
                basis = profile.basis(ASG_09);
            }
            case PENDING_TARGET_AUTHORIZED_OFFICIAL, PENDING_REPLY_ENDORSEMENT -> {
                acting = authorizedOfficial(actor, targetAgencyId, "reject this request", profile);
                basis = profile.basis(ASG_09);
            }
            case PENDING_AVAILABILITY -> {
                acting = officials.authorize(actor, List.of(Official.APPRAISER, Official.UNIT_HEAD),
                        OfficialCase.of(firstNip(), targetUnit, owningUnit, today), ASG_09.grounds(profile),
                        "reject this request");
                basis = profile.basis(ASG_09);
            }
            default -> throw ProblemException.conflict("Involvement request " + requestId + " is " + state);
        }
        TimeOrder.requireInTimeOrder(today, lastActOn, "the request's last act, on", flowGrounds(profile));
        apply(new InvolvementRequestRejectedEvent(requestId, agencyId, targetAgencyId, scope, owningUnit, targetUnit,
                state, command.reason().trim(), acting, today, basis));
    }

    // ------------------------------------------------------------------ ASG-08

    private String approveCrossUnit(ApproveInvolvementRequestCommand command, Officials officials,
                                    RegulationProfile profile, LocalDate today) throws Exception {
        Decision<CrossUnitAppointmentFlow> flowDecision = profile.crossUnitAppointmentFlow();
        CrossUnitAppointmentFlow flow = flowDecision.outcome();
        List<String> nominated = nominated(command);
        if (nominated.isEmpty()) {
            throw flowDecision.refusal("nominatedNips", "ASG-08: the approval names the matching employee(s)");
        }
        boolean asg13 = checkEmployees(officials, nominated, targetUnit, form, "nominatedNips", today, profile);
        OfficialCase party = OfficialCase.of(nominated.get(0), targetUnit, owningUnit, today);
        // ASG-08: the appraiser where the employee sits approves; where the profile says so (BDG23 Pasal 8(3), 9(3))
        // the head of the unit or perangkat daerah where the employee sits answers too
        ActingOfficial acting = officials.authorize(command.actor(), flow.answeredBy(), party.employeeSide(),
                Grounds.citingAll(flowDecision), "approve this involvement request");
        boolean lampiranRoute = acting.capacity() == flow.requestTo();
        // the appraiser approves on the unit head's recommendation; the officials the body names answer themselves
        ActingOfficial recommendation = flow.recommendationBy() == null || !lampiranRoute ? recommendedBy
                : recommendation(officials, command.actor(), flow.recommendationBy(), party, flowDecision.grounds());
        ActingOfficial drafter = flow.orderDraftedBy() == flow.requestTo() || !lampiranRoute ? acting
                : Recipients.drafter(officials, flow.orderDraftedBy(), party);
        DecisionBasis basis = asg13 ? flowDecision.basis().with(ASG_13) : flowDecision.basis();
        return approveFinally(nominated, command.note(), acting, recommendation, drafter, copies, basis, today);
    }

    /** The last approval: recorded, and the order drafted from it, to be issued by the competent official (ASG-04). */
    private String approveFinally(List<String> nominated, String note, ActingOfficial acting,
                                  ActingOfficial recommendation, ActingOfficial drafter, List<Recipient> orderCopies,
                                  DecisionBasis basis, LocalDate today) throws Exception {
        String orderId = "ord-" + requestId;
        apply(new InvolvementRequestApprovedEvent(requestId, agencyId, targetAgencyId, state, scope, form, teamId,
                owningUnit, targetUnit, nominated, terms, note, acting, recommendation, drafter, orderCopies, orderId,
                today, basis));
        AssignmentOrderDraftedEvent draft = new AssignmentOrderDraftedEvent(orderId, agencyId,
                new OrderOrigin(OrderOrigin.Kind.INVOLVEMENT_REQUEST, requestId), AssignmentMode.PENUNJUKAN, scope,
                form, teamId, owningUnit, nominated, terms, drafter, orderCopies, today);
        createNew(AssignmentOrder.class, () -> new AssignmentOrder(draft));
        return orderId;
    }

    private String step(ApproveInvolvementRequestCommand command, ActingOfficial acting, InvolvementRequestState to,
                        UnitLocation target, List<String> nominated, ActingOfficial recommendation, Recipient next,
                        RegulationProfile profile, LocalDate today) {
        apply(new InvolvementStepApprovedEvent(requestId, agencyId, state, to, target, nominated, command.note(),
                acting, recommendation, next, today, profile.basis(ASG_09)));
        return to.name();
    }

    // ------------------------------------------------------------------ helpers

    private void requirePending() {
        if (!state.isPending()) {
            throw ProblemException.conflict("Involvement request " + requestId + " is " + state
                    + "; nothing is pending");
        }
    }

    /** The rule the request's steps rest on: ASG-09 across agencies, otherwise the profile's ASG-08 flow. */
    private Grounds flowGrounds(RegulationProfile profile) {
        return scope == AssignmentScope.CROSS_AGENCY ? ASG_09.grounds(profile)
                : profile.crossUnitAppointmentFlow().grounds();
    }

    /** The recorded recommendation, or the approver's own when they are the recommending official themselves. */
    private ActingOfficial recommendation(Officials officials, Actor actor, Official recommender, OfficialCase party,
                                          Grounds grounds) {
        if (recommendedBy != null) {
            return recommendedBy;
        }
        return officials.actingAs(actor, List.of(recommender), party).orElseThrow(() -> grounds.refusal(
                "recommendation", grounds.ruleId() + ": the approval carries the recommendation (rekomendasi) of the "
                        + officials.describe(List.of(recommender), party, actor) + "; record it first"));
    }

    private static ActingOfficial authorizedOfficial(Actor actor, String agencyId, String act,
                                                     RegulationProfile profile) {
        if (actor.hasRole(Roles.AUTHORIZED_OFFICIAL) && agencyId.equals(actor.agencyId())) {
            return new ActingOfficial(actor.subject(), Official.AUTHORIZED_OFFICIAL,
                    "role " + Roles.AUTHORIZED_OFFICIAL + " of " + agencyId);
        }
        throw ASG_09.forbidden(profile, "ASG-09: only the Pejabat yang Berwenang (role " + Roles.AUTHORIZED_OFFICIAL
                + ") of " + agencyId + " may " + act);
    }

    private List<String> nominated(ApproveInvolvementRequestCommand command) {
        if (command.nominatedNips() != null && !command.nominatedNips().isEmpty()) {
            return command.nominatedNips().stream().distinct().toList();
        }
        if (!recommendedNips.isEmpty()) {
            return recommendedNips;
        }
        if (!nominatedNips.isEmpty()) {
            return nominatedNips;
        }
        return requestedNips;
    }

    private String firstNip() {
        List<String> nips = !nominatedNips.isEmpty() ? nominatedNips : requestedNips;
        return nips.isEmpty() ? null : nips.get(0);
    }

    /** Employees named sit in the target unit; ASG-13 for Administrators/Pengawas. True when ASG-13 applied. */
    private static boolean checkEmployees(Officials officials, List<String> nips, UnitLocation target,
                                          AssignmentForm form, String field, LocalDate today,
                                          RegulationProfile profile) {
        boolean asg13 = false;
        Set<String> seen = new LinkedHashSet<>();
        for (String nip : nips) {
            if (!seen.add(nip)) {
                continue;
            }
            UnitLocation home = officials.locationOf(nip, today);
            if (target != null && !home.unitId().equals(target.unitId())) {
                throw ASG_08.refusal(profile, field, nip + " sits in " + home.unitId() + ", not in the requested unit "
                        + target.unitId());
            }
            asg13 |= TeamOnlyParticipation.check(officials.positionKind(nip, today), form, field, profile);
        }
        return asg13;
    }

    // ------------------------------------------------------------------ state

    @EventSourcingHandler
    void on(InvolvementRequestSubmittedEvent e) {
        requestId = e.requestId();
        agencyId = e.agencyId();
        targetAgencyId = e.targetAgencyId();
        scope = e.scope();
        form = e.form();
        teamId = e.teamId();
        owningUnit = e.owningUnit();
        targetUnit = e.targetUnit();
        requestedNips = List.copyOf(e.requestedNips());
        terms = e.terms();
        state = e.state();
        copies = List.copyOf(e.copies());
        lastActOn = e.submittedOn();
    }

    @EventSourcingHandler
    void on(InvolvementRecommendedEvent e) {
        recommendedBy = e.recommendedBy();
        recommendedNips = List.copyOf(e.recommendedNips());
        lastActOn = e.recommendedOn();
    }

    @EventSourcingHandler
    void on(InvolvementStepApprovedEvent e) {
        state = e.to();
        targetUnit = e.targetUnit();
        nominatedNips = e.nominatedNips() == null ? nominatedNips : List.copyOf(e.nominatedNips());
        if (e.recommendedBy() != null) {
            recommendedBy = e.recommendedBy();
        }
        lastActOn = e.approvedOn();
    }

    @EventSourcingHandler
    void on(InvolvementRequestApprovedEvent e) {
        state = InvolvementRequestState.APPROVED;
        nominatedNips = List.copyOf(e.nominatedNips());
    }

    @EventSourcingHandler
    void on(InvolvementRequestRejectedEvent e) {
        state = InvolvementRequestState.REJECTED;
    }
}
