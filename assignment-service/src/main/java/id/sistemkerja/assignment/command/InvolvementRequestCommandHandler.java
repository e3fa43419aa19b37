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
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.CrossUnitAppointmentFlow;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The involvement request flows: across units and departments (ASG-08, with the profile's variant) and across agencies
 * through both agencies' Pejabat yang Berwenang (ASG-09). The request is the process manager of its flow: each step is
 * recorded on it, and its final approval drafts the order in the same transaction.
 */
@Component
public class InvolvementRequestCommandHandler {

    private final Repository<InvolvementRequest> requests;
    private final Repository<AssignmentOrder> orders;
    private final Officials officials;
    private final AgencyProfiles profiles;
    private final TeamDirectory teams;
    private final Clock clock;
    private final EventStore events;

    public InvolvementRequestCommandHandler(Repository<InvolvementRequest> involvementRequestRepository,
                                            Repository<AssignmentOrder> assignmentOrderRepository,
                                            Officials officials, AgencyProfiles profiles, TeamDirectory teams,
                                            Clock clock, EventStore events) {
        this.teams = teams;
        this.events = events;
        this.requests = involvementRequestRepository;
        this.orders = assignmentOrderRepository;
        this.officials = officials;
        this.profiles = profiles;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(SubmitInvolvementRequestCommand command) throws Exception {
        AssignmentTerms terms = command.terms();
        // refusals cite the article of the requesting agency's own regulation where it has one (12.12)
        RegulationProfile cited = CitedProfiles.ofUnit(officials.resolver().directory(), profiles,
                command.owningUnitId(), LocalDate.now(clock));
        // ASG-07: purpose, competencies, expected target and duration, or the request is refused at submission
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.purpose() == null) {
            missing.add(AssignmentRule.ASG_07.violation(cited, "terms.purpose",
                    "the request states its purpose (maksud dan tujuan)"));
        }
        if (terms == null || terms.competencies().isEmpty()) {
            missing.add(AssignmentRule.ASG_07.violation(cited, "terms.competencies", "the request states the "
                    + "competencies, expertise and/or skills needed (kompetensi, keahlian dan/atau keterampilan)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(AssignmentRule.ASG_07.violation(cited, "terms.targets", "the request states the expected "
                    + "performance target (ekspektasi/target kinerja)"));
        }
        if (terms == null || terms.validFrom() == null || terms.validUntil() == null
                || terms.validUntil().isBefore(terms.validFrom())) {
            missing.add(AssignmentRule.ASG_07.violation(cited, "terms.validFrom", "the request states the duration "
                    + "(durasi pelibatan): validFrom and validUntil, not before validFrom"));
        }
        if (!missing.isEmpty()) {
            throw ProblemException.rules("ASG-07: the involvement request (surat permohonan pelibatan) misses "
                    + missing.size() + " mandatory element(s)", missing);
        }
        AssignmentOrderCommandHandler.requireTeam(command.form(), command.teamId(), cited);
        if (Aggregates.exists(events, command.requestId())) {
            return command.requestId(); // the same request again (Idempotency-Key)
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation owning = officials.locationOfUnit(command.owningUnitId());
        Access.requireAgency(command.actor(), owning.agencyId());
        RegulationProfile profile = profiles.inForce(owning.agencyId(), today);
        boolean crossAgency = command.targetAgencyId() != null && !command.targetAgencyId().isBlank()
                && !command.targetAgencyId().equals(owning.agencyId());
        UnitLocation target = command.targetUnitId() == null || command.targetUnitId().isBlank() ? null
                : officials.locationOfUnit(command.targetUnitId());
        AssignmentScope scope;
        ActingOfficial requester;
        Recipient addressedTo;
        InvolvementRequestState state;
        DecisionBasis basis;
        String targetAgency = crossAgency ? command.targetAgencyId() : owning.agencyId();
        if (crossAgency) {
            if (target != null && !target.agencyId().equals(targetAgency)) {
                throw ProblemException.invalid("targetUnitId", "unit " + target.unitId() + " is not in agency " + targetAgency);
            }
            scope = AssignmentScope.CROSS_AGENCY;
            Decision<AssignmentScope> scopeDecision = profile.assignmentScope(scope);
            scopeDecision.orElseThrow("targetAgencyId");
            // ASG-09: the head of the owning unit sends the request to the own agency's PyB
            requester = officials.authorize(command.actor(), List.of(Official.OWNING_UNIT_HEAD),
                    OfficialCase.of(null, owning, owning, today), "ASG-09", AssignmentRule.ASG_09.article(profile),
                    "send a cross-agency involvement request for " + owning.unitId());
            addressedTo = Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, owning.agencyId());
            state = InvolvementRequestState.PENDING_OWN_AUTHORIZED_OFFICIAL;
            basis = Bases.with(scopeDecision.basis(), "ASG-07", "ASG-09");
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
                    OfficialCase.of(first, target, owning, today), "ASG-08", flowDecision.citations().get(0).text(),
                    "send an involvement request for " + owning.unitId());
            addressedTo = officials.resolveKnown(flow.requestTo(), OfficialCase.of(first, target, owning, today));
            state = InvolvementRequestState.PENDING_DECISION;
            basis = Bases.with(scopeDecision.basis().and(flowDecision.basis()), "ASG-07");
        }
        List<String> requested = command.requestedNips() == null ? List.of()
                : command.requestedNips().stream().distinct().toList();
        if (target != null && checkEmployees(requested, target, command.form(), "requestedNips", today, profile)) {
            basis = Bases.with(basis, "ASG-13");
        }
        // M4: a TEAM request is for a team the owning unit owns, in force, decreed for members of this scope
        AssignmentOrderCommandHandler.checkTeam(teams, command.form(), command.teamId(), owning, scope, today, profile);
        List<Recipient> copies = new ArrayList<>(AssignmentOrderCommandHandler.copies(command.copyToNips()));
        // ASG-08/09: the requester copies their own appraiser
        Recipient ownAppraiser = officials.resolve(Official.APPRAISER, OfficialCase.of(command.actor().subject(), owning,
                owning, today));
        if (!ownAppraiser.nips().isEmpty()) {
            copies.add(ownAppraiser);
        }
        InvolvementRequestSubmittedEvent submitted = new InvolvementRequestSubmittedEvent(command.requestId(),
                owning.agencyId(), targetAgency, scope, command.form(), command.teamId(), owning, target, requested,
                terms, requester, state, addressedTo, copies, today, basis);
        requests.newInstance(() -> new InvolvementRequest(submitted));
        return command.requestId();
    }

    /** The home unit head's recommendation (rekomendasi), carried by the approval (ASG-08, ASG-09 step 3). */
    @CommandHandler
    public void handle(RecommendInvolvementCommand command) {
        InvolvementRequest request = Aggregates.load(requests, command.requestId(), "Involvement request");
        request.requirePending();
        if (request.state() != InvolvementRequestState.PENDING_DECISION
                && request.state() != InvolvementRequestState.PENDING_AVAILABILITY) {
            throw ProblemException.conflict("Involvement request " + request.requestId() + " is "
                    + request.state() + "; a recommendation is given while the employees' side decides");
        }
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(request.agencyId(), today);
        boolean crossAgency = request.scope() == AssignmentScope.CROSS_AGENCY;
        Decision<CrossUnitAppointmentFlow> flow = profile.crossUnitAppointmentFlow();
        Official recommender = crossAgency || flow.outcome().recommendationBy() == null ? Official.UNIT_HEAD
                : flow.outcome().recommendationBy();
        String ruleId = crossAgency ? "ASG-09" : "ASG-08";
        String article = crossAgency ? AssignmentRule.ASG_09.article(profile) : flow.citations().get(0).text();
        AssignmentOrderCommandHandler.requireInTimeOrder(today, request.lastActOn(), "the request's last act, on",
                ruleId, article);
        ActingOfficial acting = officials.authorize(command.actor(), List.of(recommender),
                OfficialCase.of(null, request.targetUnit(), request.owningUnit(), today), ruleId, article,
                "recommend employees for this request");
        List<String> nips = command.recommendedNips() == null ? List.of() : command.recommendedNips();
        checkEmployees(nips, request.targetUnit(), request.form(), "recommendedNips", today, profile);
        request.recommend(new InvolvementRecommendedEvent(request.requestId(), request.agencyId(), nips,
                command.note(), acting, today, crossAgency ? profile.basis("ASG-09") : flow.basis()));
    }

    @CommandHandler
    public String handle(ApproveInvolvementRequestCommand command) throws Exception {
        InvolvementRequest request = Aggregates.load(requests, command.requestId(), "Involvement request");
        request.requirePending();
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(request.agencyId(), today);
        Actor actor = command.actor();
        boolean crossAgency = request.scope() == AssignmentScope.CROSS_AGENCY;
        AssignmentOrderCommandHandler.requireInTimeOrder(today, request.lastActOn(), "the request's last act, on",
                crossAgency ? "ASG-09" : "ASG-08", crossAgency ? AssignmentRule.ASG_09.article(profile)
                        : profile.crossUnitAppointmentFlow().citations().get(0).text());
        return switch (request.state()) {
            case PENDING_DECISION -> approveCrossUnit(request, command, profile, today);
            case PENDING_OWN_AUTHORIZED_OFFICIAL -> step(request, command, authorizedOfficial(actor,
                    request.agencyId(), "forward this request to agency " + request.targetAgencyId(), profile),
                    InvolvementRequestState.PENDING_TARGET_AUTHORIZED_OFFICIAL, request.targetUnit(), null, null,
                    Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, request.targetAgencyId()),
                    profile, today);
            case PENDING_TARGET_AUTHORIZED_OFFICIAL -> {
                ActingOfficial acting = authorizedOfficial(actor, request.targetAgencyId(),
                        "approve this request for agency " + request.targetAgencyId(), profile);
                String unitId = command.targetUnitId() != null && !command.targetUnitId().isBlank()
                        ? command.targetUnitId() : request.targetUnit() == null ? null : request.targetUnit().unitId();
                if (unitId == null) {
                    throw AssignmentRule.ASG_09.refusal(profile, "targetUnitId", "the target PyB's approval "
                            + "instructs the appraiser of a unit: name targetUnitId");
                }
                UnitLocation target = officials.locationOfUnit(unitId);
                if (!target.agencyId().equals(request.targetAgencyId())) {
                    throw ProblemException.invalid("targetUnitId", unitId + " is not in agency " + request.targetAgencyId());
                }
                yield step(request, command, acting, InvolvementRequestState.PENDING_AVAILABILITY, target, null, null,
                        officials.resolveKnown(Official.APPRAISER, OfficialCase.of(null, target, request.owningUnit(),
                                today)),
                        profile, today);
            }
            case PENDING_AVAILABILITY -> {
                List<String> nominated = nominated(request, command);
                if (nominated.isEmpty()) {
                    throw AssignmentRule.ASG_09.refusal(profile, "nominatedNips", "the appraiser's availability "
                            + "answer lists the employees (daftar pegawai)");
                }
                boolean asg13 = checkEmployees(nominated, request.targetUnit(), request.form(), "nominatedNips", today,
                        profile);
                OfficialCase party = OfficialCase.of(nominated.get(0), request.targetUnit(), request.owningUnit(), today);
                ActingOfficial acting = officials.authorize(actor, List.of(Official.APPRAISER), party, "ASG-09",
                        AssignmentRule.ASG_09.article(profile), "answer the availability of employees");
                ActingOfficial recommendedBy = recommendation(request, actor, Official.UNIT_HEAD, party, "ASG-09",
                        AssignmentRule.ASG_09.article(profile));
                DecisionBasis basis = asg13 ? profile.basis("ASG-09", "ASG-13") : profile.basis("ASG-09");
                request.approveStep(new InvolvementStepApprovedEvent(request.requestId(), request.agencyId(),
                        request.state(), InvolvementRequestState.PENDING_REPLY_ENDORSEMENT, request.targetUnit(),
                        nominated, command.note(), acting, recommendedBy, Recipient.role(Official.AUTHORIZED_OFFICIAL,
                        Roles.AUTHORIZED_OFFICIAL, request.targetAgencyId()), today, basis));
                yield InvolvementRequestState.PENDING_REPLY_ENDORSEMENT.name();
            }
            case PENDING_REPLY_ENDORSEMENT -> step(request, command, authorizedOfficial(actor,
                    request.targetAgencyId(), "endorse the availability reply", profile),
                    InvolvementRequestState.PENDING_REPLY_ACCEPTANCE, request.targetUnit(), request.nominatedNips(),
                    null, Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, request.agencyId()),
                    profile, today);
            case PENDING_REPLY_ACCEPTANCE -> {
                ActingOfficial acting = authorizedOfficial(actor, request.agencyId(), "accept the availability reply",
                        profile);
                UnitLocation target = request.targetUnit();
                List<String> nominated = request.nominatedNips();
                // ASG-09: the target unit head issues the assignment letter, copied to both PyBs and the appraiser
                Recipient unitHead = officials.resolveKnown(Official.UNIT_HEAD, OfficialCase.of(nominated.get(0), target,
                        request.owningUnit(), today));
                ActingOfficial drafter = new ActingOfficial(unitHead.nips().isEmpty() ? null : unitHead.nips().get(0),
                        Official.UNIT_HEAD, "head of " + target.unitId() + " (ASG-09)");
                List<Recipient> orderCopies = List.of(
                        Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, request.agencyId()),
                        Recipient.role(Official.AUTHORIZED_OFFICIAL, Roles.AUTHORIZED_OFFICIAL, request.targetAgencyId()),
                        officials.resolveKnown(Official.APPRAISER, OfficialCase.of(nominated.get(0), target,
                                request.owningUnit(), today)));
                yield approveFinally(request, nominated, command.note(), acting, request.recommendedBy(), drafter,
                        orderCopies, profile.basis("ASG-09"), today);
            }
            default -> throw ProblemException.conflict("Involvement request " + request.requestId() + " is "
                    + request.state());
        };
    }

    @CommandHandler
    public void handle(RejectInvolvementRequestCommand command) {
        InvolvementRequest request = Aggregates.load(requests, command.requestId(), "Involvement request");
        boolean crossAgency = request.scope() == AssignmentScope.CROSS_AGENCY;
        LocalDate today = LocalDate.now(clock);
        RegulationProfile cited = profiles.find(request.agencyId(), today).orElse(null);
        if (command.reason() == null || command.reason().isBlank()) {
            // ASG-08/09: a rejection always states its reason (surat jawaban penolakan)
            throw (crossAgency ? AssignmentRule.ASG_09 : AssignmentRule.ASG_08).refusal(cited, "reason",
                    "a rejection of an involvement request states its reason");
        }
        request.requirePending();
        RegulationProfile profile = profiles.inForce(request.agencyId(), today);
        Actor actor = command.actor();
        ActingOfficial acting;
        DecisionBasis basis;
        switch (request.state()) {
            case PENDING_DECISION -> {
                Decision<CrossUnitAppointmentFlow> flow = profile.crossUnitAppointmentFlow();
                // ASG-08: the appraiser where the employee sits, and where the profile says so (BDG23 Pasal 9(3)) the
                // head of the unit or perangkat daerah where the employee sits, answers
                acting = officials.authorize(actor, flow.outcome().answeredBy(), OfficialCase.of(firstNip(request),
                        request.targetUnit(), request.owningUnit(), today).employeeSide(), "ASG-08",
                        String.join("; ", flow.citations().stream().map(Citation::text).toList()),
                        "reject this involvement request");
                basis = flow.basis();
            }
            case PENDING_OWN_AUTHORIZED_OFFICIAL, PENDING_REPLY_ACCEPTANCE -> {
                acting = authorizedOfficial(actor, request.agencyId(), "reject this request", profile);
                basis = profile.basis("ASG-09");
            }
            case PENDING_TARGET_AUTHORIZED_OFFICIAL, PENDING_REPLY_ENDORSEMENT -> {
                acting = authorizedOfficial(actor, request.targetAgencyId(), "reject this request", profile);
                basis = profile.basis("ASG-09");
            }
            case PENDING_AVAILABILITY -> {
                acting = officials.authorize(actor, List.of(Official.APPRAISER, Official.UNIT_HEAD),
                        OfficialCase.of(firstNip(request), request.targetUnit(), request.owningUnit(), today), "ASG-09",
                        AssignmentRule.ASG_09.article(profile), "reject this request");
                basis = profile.basis("ASG-09");
            }
            default -> throw ProblemException.conflict("Involvement request " + request.requestId() + " is "
                    + request.state());
        }
        AssignmentOrderCommandHandler.requireInTimeOrder(today, request.lastActOn(), "the request's last act, on",
                crossAgency ? "ASG-09" : "ASG-08", crossAgency ? AssignmentRule.ASG_09.article(profile)
                        : profile.crossUnitAppointmentFlow().citations().get(0).text());
        request.reject(new InvolvementRequestRejectedEvent(request.requestId(), request.agencyId(),
                request.targetAgencyId(), request.scope(), request.owningUnit(), request.targetUnit(),
                request.state(), command.reason().trim(), acting, today, basis));
    }

    // ------------------------------------------------------------------ ASG-08

    private String approveCrossUnit(InvolvementRequest request, ApproveInvolvementRequestCommand command,
                                    RegulationProfile profile, LocalDate today) throws Exception {
        Decision<CrossUnitAppointmentFlow> flowDecision = profile.crossUnitAppointmentFlow();
        CrossUnitAppointmentFlow flow = flowDecision.outcome();
        String article = flowDecision.citations().get(0).text();
        List<String> nominated = nominated(request, command);
        if (nominated.isEmpty()) {
            throw ProblemException.rule("ASG-08", article, "nominatedNips", "ASG-08: the approval names the "
                    + "matching employee(s)");
        }
        boolean asg13 = checkEmployees(nominated, request.targetUnit(), request.form(), "nominatedNips", today,
                profile);
        OfficialCase party = OfficialCase.of(nominated.get(0), request.targetUnit(), request.owningUnit(), today);
        // ASG-08: the appraiser where the employee sits approves; where the profile says so (BDG23 Pasal 8(3), 9(3))
        // the head of the unit or perangkat daerah where the employee sits answers too
        ActingOfficial acting = officials.authorize(command.actor(), flow.answeredBy(), party.employeeSide(),
                "ASG-08", String.join("; ", flowDecision.citations().stream().map(Citation::text).toList()),
                "approve this involvement request");
        boolean lampiranRoute = acting.capacity() == flow.requestTo();
        // the appraiser approves on the unit head's recommendation; the officials the body names answer themselves
        ActingOfficial recommendedBy = flow.recommendationBy() == null || !lampiranRoute ? request.recommendedBy()
                : recommendation(request, command.actor(), flow.recommendationBy(), party, "ASG-08", article);
        ActingOfficial drafter = flow.orderDraftedBy() == flow.requestTo() || !lampiranRoute ? acting
                : drafter(flow.orderDraftedBy(), party);
        DecisionBasis basis = asg13 ? Bases.with(flowDecision.basis(), "ASG-13") : flowDecision.basis();
        return approveFinally(request, nominated, command.note(), acting, recommendedBy, drafter,
                request.copies(), basis, today);
    }

    private String approveFinally(InvolvementRequest request, List<String> nominated, String note,
                                  ActingOfficial acting, ActingOfficial recommendedBy, ActingOfficial drafter,
                                  List<Recipient> orderCopies, DecisionBasis basis, LocalDate today) throws Exception {
        String orderId = "ord-" + request.requestId();
        request.approve(new InvolvementRequestApprovedEvent(request.requestId(), request.agencyId(),
                request.targetAgencyId(), request.state(), request.scope(), request.form(), request.teamId(),
                request.owningUnit(), request.targetUnit(), nominated, request.terms(), note, acting, recommendedBy,
                drafter, orderCopies, orderId, today, basis));
        // the approval drafts the order; it takes effect only when the competent official issues it (ASG-04)
        orders.newInstance(() -> new AssignmentOrder(new AssignmentOrderDraftedEvent(orderId, request.agencyId(),
                new OrderOrigin(OrderOrigin.Kind.INVOLVEMENT_REQUEST, request.requestId()), AssignmentMode.PENUNJUKAN,
                request.scope(), request.form(), request.teamId(), request.owningUnit(), nominated, request.terms(),
                drafter, orderCopies, today)));
        return orderId;
    }

    private String step(InvolvementRequest request, ApproveInvolvementRequestCommand command, ActingOfficial acting,
                        InvolvementRequestState to, UnitLocation target, List<String> nominated,
                        ActingOfficial recommendedBy, Recipient next, RegulationProfile profile, LocalDate today) {
        request.approveStep(new InvolvementStepApprovedEvent(request.requestId(), request.agencyId(), request.state(),
                to, target, nominated, command.note(), acting, recommendedBy, next, today, profile.basis("ASG-09")));
        return to.name();
    }

    // ------------------------------------------------------------------ helpers

    /** The recorded recommendation, or the approver's own when they are the recommending official themselves. */
    private ActingOfficial recommendation(InvolvementRequest request, Actor actor, Official recommender, OfficialCase party,
                                          String ruleId, String article) {
        if (request.recommendedBy() != null) {
            return request.recommendedBy();
        }
        return officials.actingAs(actor, List.of(recommender), party).orElseThrow(() -> ProblemException.rule(ruleId,
                article, "recommendation", ruleId + ": the approval carries the recommendation (rekomendasi) of the "
                        + officials.describe(List.of(recommender), party, actor) + "; record it first"));
    }

    private ActingOfficial drafter(Official official, OfficialCase party) {
        Recipient who = officials.resolveKnown(official, party);
        return new ActingOfficial(who.nips().isEmpty() ? null : who.nips().get(0), official, "named by the profile");
    }

    private ActingOfficial authorizedOfficial(Actor actor, String agencyId, String act, RegulationProfile profile) {
        if (actor.hasRole(Roles.AUTHORIZED_OFFICIAL) && agencyId.equals(actor.agencyId())) {
            return new ActingOfficial(actor.subject(), Official.AUTHORIZED_OFFICIAL,
                    "role " + Roles.AUTHORIZED_OFFICIAL + " of " + agencyId);
        }
        throw AssignmentRule.ASG_09.forbidden(profile, "ASG-09: only the Pejabat yang Berwenang (role "
                + Roles.AUTHORIZED_OFFICIAL + ") of " + agencyId + " may " + act);
    }

    private static List<String> nominated(InvolvementRequest request, ApproveInvolvementRequestCommand command) {
        if (command.nominatedNips() != null && !command.nominatedNips().isEmpty()) {
            return command.nominatedNips().stream().distinct().toList();
        }
        if (!request.recommendedNips().isEmpty()) {
            return request.recommendedNips();
        }
        if (!request.nominatedNips().isEmpty()) {
            return request.nominatedNips();
        }
        return request.requestedNips();
    }

    private static String firstNip(InvolvementRequest request) {
        List<String> nips = !request.nominatedNips().isEmpty() ? request.nominatedNips() : request.requestedNips();
        return nips.isEmpty() ? null : nips.get(0);
    }

    /** Employees named sit in the target unit; ASG-13 for Administrators/Pengawas. True when ASG-13 applied. */
    private boolean checkEmployees(List<String> nips, UnitLocation target, AssignmentForm form, String field,
                                   LocalDate today, RegulationProfile profile) {
        boolean asg13 = false;
        Set<String> seen = new LinkedHashSet<>();
        for (String nip : nips) {
            if (!seen.add(nip)) {
                continue;
            }
            UnitLocation home = officials.locationOf(nip, today);
            if (target != null && !home.unitId().equals(target.unitId())) {
                throw AssignmentRule.ASG_08.refusal(profile, field, nip + " sits in " + home.unitId() + ", not in "
                        + "the requested unit " + target.unitId());
            }
            asg13 |= AssignmentOrderCommandHandler.requireAsg13(officials.positionKind(nip, today), form, field,
                    profile);
        }
        return asg13;
    }

}
