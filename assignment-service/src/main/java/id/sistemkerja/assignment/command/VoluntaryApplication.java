package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.ApproveVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.RejectVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.SubmitVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationRejectedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationSubmittedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationTargetApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationState;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Grounds;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.VoluntaryCrossUnitFlow;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_10;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_11;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.axonframework.modelling.command.AggregateLifecycle.createNew;

/**
 * A voluntary application (pengajuan sukarela), the process of its approvals: within the unit to the unit head
 * (ASG-10, also recorded on the employee's behalf for an oral wish), across units to the target first, then the
 * employee's own side (ASG-11), only where the profile lets it go (ASG-12). Its last approval drafts the order in the
 * same transaction ({@link AssignmentOrder}).
 */
@Aggregate
public class VoluntaryApplication {

    @AggregateIdentifier
    private String applicationId;
    private String agencyId;
    private String nip;
    private UnitLocation home;
    private UnitLocation target;
    private AssignmentScope scope;
    private AssignmentTerms terms;
    private VoluntaryApplicationState state;
    private ActingOfficial targetApprovedBy;
    /** The day of the application's latest recorded act: the next step is not dated before it. */
    private LocalDate lastActOn;

    protected VoluntaryApplication() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(SubmitVoluntaryApplicationCommand command, Officials officials, AgencyProfiles profiles,
                         Clock clock) {
        LocalDate today = LocalDate.now(clock);
        Actor actor = command.actor();
        // refusals cite the article of the employee's own regulation where it has one (12.12)
        RegulationProfile cited = CitedProfiles.ofEmployee(officials.directory(), profiles,
                command.onBehalf() ? command.nip() : actor.subject(), today);
        AssignmentTermsRules.requireApplicationContents(command.terms(), cited);
        if (applicationId != null) {
            return applicationId; // the same application again (Idempotency-Key)
        }
        String nip = command.onBehalf() ? command.nip() : actor.subject();
        if (nip == null || nip.isBlank()) {
            throw ProblemException.invalid("nip", "nip of the employee is required when recording on their behalf");
        }
        if (!command.onBehalf() && command.nip() != null && !command.nip().isBlank() && !command.nip().equals(nip)) {
            throw ProblemException.forbidden("An employee applies for themselves; an official records an oral wish "
                    + "with onBehalf=true (ASG-10)", "the employee " + command.nip());
        }
        UnitLocation home = officials.locationOf(nip, today);
        Access.requireAgency(actor, home.agencyId());
        UnitLocation target = command.targetUnitId() == null || command.targetUnitId().isBlank() ? home
                : officials.locationOfUnit(command.targetUnitId());
        RegulationProfile profile = profiles.inForce(home.agencyId(), today);
        // ASG-12: where a voluntary application may go, by the profile
        Decision<AssignmentScope> where = profile.voluntaryApplicationTarget(home, target);
        AssignmentScope scope = where.orElseThrow("targetUnitId");
        TeamOnlyParticipation.check(officials.positionKind(nip, today), AssignmentForm.INDIVIDUAL, "nip", profile);
        OfficialCase party = OfficialCase.of(nip, home, target, today);
        ActingOfficial submittedBy;
        Recipient addressedTo;
        List<Recipient> copies = List.of();
        VoluntaryApplicationState state;
        DecisionBasis basis;
        if (scope == AssignmentScope.WITHIN_UNIT) {
            // ASG-10: the wish goes to the unit head; an oral wish is recorded on the employee's behalf
            submittedBy = command.onBehalf()
                    ? officials.authorize(actor, List.of(Official.UNIT_HEAD, Official.APPRAISER), party,
                    ASG_10.grounds(profile), "record an oral wish on behalf of " + nip)
                    : ActingOfficial.employee(nip);
            addressedTo = officials.resolveKnown(Official.UNIT_HEAD, party);
            state = VoluntaryApplicationState.PENDING_UNIT_HEAD;
            basis = where.basis().with(ASG_10);
        } else {
            if (command.onBehalf()) {
                throw ASG_11.refusal(profile, "onBehalf", "across units the employee writes the application "
                        + "(permohonan tertulis) themselves");
            }
            Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
            submittedBy = ActingOfficial.employee(nip);
            addressedTo = officials.resolveKnown(flow.outcome().applicationTo(), party);
            copies = officials.resolveAllKnown(flow.outcome().copyTo(), party);
            state = VoluntaryApplicationState.PENDING_TARGET;
            basis = where.basis().and(flow.basis());
        }
        apply(new VoluntaryApplicationSubmittedEvent(command.applicationId(), home.agencyId(), nip, home, target,
                scope, command.terms(), command.onBehalf(), submittedBy, state, addressedTo, copies, today, basis));
        return command.applicationId();
    }

    /** Approves the step pending with the caller; returns the state now pending or the id of the order drafted. */
    @CommandHandler
    public String handle(ApproveVoluntaryApplicationCommand command, Officials officials, AgencyProfiles profiles,
                         Clock clock) throws Exception {
        requirePending();
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(agencyId, today);
        OfficialCase party = OfficialCase.of(nip, home, target, today);
        TimeOrder.requireInTimeOrder(today, lastActOn, "the application's last act, on", flowGrounds(profile));
        switch (state) {
            case PENDING_UNIT_HEAD -> {
                // ASG-10/11: every voluntary application needs the approval of the unit head and/or appraiser
                ActingOfficial acting = officials.authorize(command.actor(), List.of(Official.UNIT_HEAD,
                        Official.APPRAISER), party, ASG_10.grounds(profile), "approve this application");
                return approveFinally(command.note(), acting, acting, profile.basis(ASG_10), today);
            }
            case PENDING_TARGET -> {
                Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
                ActingOfficial acting = officials.authorize(command.actor(), List.of(flow.outcome().applicationTo()),
                        party, flow.grounds(), "approve this application for the target unit");
                Recipient next = officials.resolveKnown(flow.outcome().homeApprovalBy().get(0), party);
                apply(new VoluntaryApplicationTargetApprovedEvent(applicationId, agencyId, command.note(), acting,
                        next, today, flow.basis()));
                return VoluntaryApplicationState.PENDING_HOME_APPROVAL.name();
            }
            case PENDING_HOME_APPROVAL -> {
                Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
                ActingOfficial acting = officials.authorize(command.actor(), flow.outcome().homeApprovalBy(), party,
                        flow.grounds(), "approve this application for the employee's side");
                Official drafterOfficial = flow.outcome().orderDraftedBy();
                ActingOfficial drafter = flow.outcome().homeApprovalBy().contains(drafterOfficial)
                        && acting.capacity() == drafterOfficial ? acting
                        : Recipients.drafter(officials, drafterOfficial, party);
                return approveFinally(command.note(), acting, drafter, flow.basis(), today);
            }
            default -> throw ProblemException.conflict("Voluntary application is " + state);
        }
    }

    @CommandHandler
    public void handle(RejectVoluntaryApplicationCommand command, Officials officials, AgencyProfiles profiles,
                       Clock clock) {
        boolean within = scope == AssignmentScope.WITHIN_UNIT;
        LocalDate today = LocalDate.now(clock);
        if (command.reason() == null || command.reason().isBlank()) {
            throw (within ? ASG_10 : ASG_11).refusal(profiles.find(agencyId, today).orElse(null), "reason",
                    "a rejection of a voluntary application states its reason");
        }
        requirePending();
        RegulationProfile profile = profiles.inForce(agencyId, today);
        OfficialCase party = OfficialCase.of(nip, home, target, today);
        TimeOrder.requireInTimeOrder(today, lastActOn, "the application's last act, on", flowGrounds(profile));
        ActingOfficial acting;
        DecisionBasis basis;
        if (state == VoluntaryApplicationState.PENDING_UNIT_HEAD) {
            acting = officials.authorize(command.actor(), List.of(Official.UNIT_HEAD, Official.APPRAISER), party,
                    ASG_10.grounds(profile), "reject this application");
            basis = profile.basis(ASG_10);
        } else {
            Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
            List<Official> who = state == VoluntaryApplicationState.PENDING_TARGET
                    ? List.of(flow.outcome().applicationTo()) : flow.outcome().homeApprovalBy();
            acting = officials.authorize(command.actor(), who, party, flow.grounds(), "reject this application");
            basis = flow.basis();
        }
        apply(new VoluntaryApplicationRejectedEvent(applicationId, agencyId, nip, home, target, scope, state,
                command.reason().trim(), acting, today, basis));
    }

    /** The last approval: recorded, and the order drafted from it for the competent official to issue (ASG-04). */
    private String approveFinally(String note, ActingOfficial acting, ActingOfficial drafter, DecisionBasis basis,
                                  LocalDate today) throws Exception {
        String orderId = "ord-" + applicationId;
        apply(new VoluntaryApplicationApprovedEvent(applicationId, agencyId, nip, home, target, scope, terms, note,
                acting, targetApprovedBy, orderId, today, basis));
        AssignmentOrderDraftedEvent draft = new AssignmentOrderDraftedEvent(orderId, agencyId,
                new OrderOrigin(OrderOrigin.Kind.VOLUNTARY_APPLICATION, applicationId),
                AssignmentMode.PENGAJUAN_SUKARELA, scope, AssignmentForm.INDIVIDUAL, null, target, List.of(nip), terms,
                drafter, List.of(), today);
        createNew(AssignmentOrder.class, () -> new AssignmentOrder(draft));
        return orderId;
    }

    private void requirePending() {
        if (!state.isPending()) {
            throw ProblemException.conflict("Voluntary application " + applicationId + " is " + state
                    + "; nothing is pending");
        }
    }

    /** ASG-10 within the unit, otherwise the profile's ASG-11 flow: a step is not dated before the last act. */
    private Grounds flowGrounds(RegulationProfile profile) {
        return scope == AssignmentScope.WITHIN_UNIT ? ASG_10.grounds(profile)
                : profile.voluntaryCrossUnitFlow().grounds();
    }

    @EventSourcingHandler
    void on(VoluntaryApplicationSubmittedEvent e) {
        applicationId = e.applicationId();
        agencyId = e.agencyId();
        nip = e.nip();
        home = e.home();
        target = e.target();
        scope = e.scope();
        terms = e.terms();
        state = e.state();
        lastActOn = e.submittedOn();
    }

    @EventSourcingHandler
    void on(VoluntaryApplicationTargetApprovedEvent e) {
        state = VoluntaryApplicationState.PENDING_HOME_APPROVAL;
        targetApprovedBy = e.approvedBy();
        lastActOn = e.approvedOn();
    }

    @EventSourcingHandler
    void on(VoluntaryApplicationApprovedEvent e) {
        state = VoluntaryApplicationState.APPROVED;
    }

    @EventSourcingHandler
    void on(VoluntaryApplicationRejectedEvent e) {
        state = VoluntaryApplicationState.REJECTED;
    }
}
