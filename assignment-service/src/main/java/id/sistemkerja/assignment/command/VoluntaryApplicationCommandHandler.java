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
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.VoluntaryCrossUnitFlow;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Voluntary applications (pengajuan sukarela): within the unit to the unit head (ASG-10, also recorded on the
 * employee's behalf for an oral wish), across units to the target first, then the employee's own side (ASG-11), only
 * where the profile lets them go (ASG-12). The final approval drafts the order in the same transaction.
 */
@Component
public class VoluntaryApplicationCommandHandler {

    private final Repository<VoluntaryApplication> applications;
    private final Repository<AssignmentOrder> orders;
    private final Officials officials;
    private final AgencyProfiles profiles;
    private final Clock clock;
    private final EventStore events;

    public VoluntaryApplicationCommandHandler(Repository<VoluntaryApplication> voluntaryApplicationRepository,
                                              Repository<AssignmentOrder> assignmentOrderRepository,
                                              Officials officials, AgencyProfiles profiles, Clock clock, EventStore events) {
        this.events = events;
        this.applications = voluntaryApplicationRepository;
        this.orders = assignmentOrderRepository;
        this.officials = officials;
        this.profiles = profiles;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(SubmitVoluntaryApplicationCommand command) throws Exception {
        AssignmentTerms terms = command.terms();
        // refusals cite the article of the employee's own regulation where it has one (12.12)
        RegulationProfile cited = CitedProfiles.ofEmployee(officials.resolver().directory(), profiles,
                command.onBehalf() ? command.nip() : command.actor().subject(), LocalDate.now(clock));
        List<Violation> missing = new ArrayList<>();
        if (terms == null || terms.purpose() == null) {
            missing.add(AssignmentRule.ASG_01.violation(cited, "terms.purpose",
                    "the application names the work (purpose)"));
        }
        if (terms == null || terms.targets().isEmpty()) {
            missing.add(AssignmentRule.ASG_01.violation(cited, "terms.targets", "an assignment is for a specific "
                    + "performance target (kinerja tertentu)"));
        }
        missing.addAll(AssignmentOrderCommandHandler.periodAndKind(terms, cited));
        if (!missing.isEmpty()) {
            throw ProblemException.rules("The voluntary application is incomplete", missing);
        }
        if (Aggregates.exists(events, command.applicationId())) {
            return command.applicationId();
        }
        Actor actor = command.actor();
        LocalDate today = LocalDate.now(clock);
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
        AssignmentOrderCommandHandler.requireAsg13(officials.positionKind(nip, today), AssignmentForm.INDIVIDUAL, "nip",
                profile);
        OfficialCase party = OfficialCase.of(nip, home, target, today);
        ActingOfficial submittedBy;
        Recipient addressedTo;
        List<Recipient> copies = List.of();
        VoluntaryApplicationState state;
        DecisionBasis basis;
        if (scope == AssignmentScope.WITHIN_UNIT) {
            // ASG-10: the wish goes to the unit head; an oral wish is recorded on the employee's behalf
            submittedBy = command.onBehalf()
                    ? officials.authorize(actor, List.of(Official.UNIT_HEAD, Official.APPRAISER), party, "ASG-10",
                    AssignmentRule.ASG_10.article(profile), "record an oral wish on behalf of " + nip)
                    : ActingOfficial.employee(nip);
            addressedTo = officials.resolveKnown(Official.UNIT_HEAD, party);
            state = VoluntaryApplicationState.PENDING_UNIT_HEAD;
            basis = Bases.with(where.basis(), "ASG-10");
        } else {
            if (command.onBehalf()) {
                throw AssignmentRule.ASG_11.refusal(profile, "onBehalf", "across units the employee writes the "
                        + "application (permohonan tertulis) themselves");
            }
            Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
            submittedBy = ActingOfficial.employee(nip);
            addressedTo = officials.resolveKnown(flow.outcome().applicationTo(), party);
            copies = officials.resolveAllKnown(flow.outcome().copyTo(), party);
            state = VoluntaryApplicationState.PENDING_TARGET;
            basis = where.basis().and(flow.basis());
        }
        VoluntaryApplicationSubmittedEvent submitted = new VoluntaryApplicationSubmittedEvent(command.applicationId(),
                home.agencyId(), nip, home, target, scope, terms, command.onBehalf(), submittedBy, state, addressedTo,
                copies, today, basis);
        applications.newInstance(() -> new VoluntaryApplication(submitted));
        return command.applicationId();
    }

    @CommandHandler
    public String handle(ApproveVoluntaryApplicationCommand command) throws Exception {
        VoluntaryApplication application = Aggregates.load(applications, command.applicationId(),
                "Voluntary application");
        application.requirePending();
        LocalDate today = LocalDate.now(clock);
        RegulationProfile profile = profiles.inForce(application.agencyId(), today);
        OfficialCase party = OfficialCase.of(application.nip(), application.home(), application.target(), today);
        requireInTimeOrder(application, today, profile);
        switch (application.state()) {
            case PENDING_UNIT_HEAD -> {
                // ASG-10/11: every voluntary application needs the approval of the unit head and/or appraiser
                ActingOfficial acting = officials.authorize(command.actor(), List.of(Official.UNIT_HEAD,
                        Official.APPRAISER), party, "ASG-10", AssignmentRule.ASG_10.article(profile),
                        "approve this application");
                return approveFinally(application, command.note(), acting, acting, profile.basis("ASG-10"), today);
            }
            case PENDING_TARGET -> {
                Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
                ActingOfficial acting = officials.authorize(command.actor(), List.of(flow.outcome().applicationTo()),
                        party, "ASG-11", flow.citations().get(0).text(), "approve this application for the target unit");
                Recipient next = officials.resolveKnown(flow.outcome().homeApprovalBy().get(0), party);
                application.approveTarget(new VoluntaryApplicationTargetApprovedEvent(application.applicationId(),
                        application.agencyId(), command.note(), acting, next, today, flow.basis()));
                return VoluntaryApplicationState.PENDING_HOME_APPROVAL.name();
            }
            case PENDING_HOME_APPROVAL -> {
                Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
                ActingOfficial acting = officials.authorize(command.actor(), flow.outcome().homeApprovalBy(), party,
                        "ASG-11", flow.citations().get(0).text(), "approve this application for the employee's side");
                Official drafterOfficial = flow.outcome().orderDraftedBy();
                ActingOfficial drafter = flow.outcome().homeApprovalBy().contains(drafterOfficial)
                        && acting.capacity() == drafterOfficial ? acting : drafter(drafterOfficial, party);
                return approveFinally(application, command.note(), acting, drafter, flow.basis(), today);
            }
            default -> throw ProblemException.conflict("Voluntary application is " + application.state());
        }
    }

    @CommandHandler
    public void handle(RejectVoluntaryApplicationCommand command) {
        VoluntaryApplication application = Aggregates.load(applications, command.applicationId(),
                "Voluntary application");
        boolean within = application.scope() == AssignmentScope.WITHIN_UNIT;
        LocalDate today = LocalDate.now(clock);
        if (command.reason() == null || command.reason().isBlank()) {
            throw (within ? AssignmentRule.ASG_10 : AssignmentRule.ASG_11).refusal(profiles.find(
                    application.agencyId(), today).orElse(null), "reason",
                    "a rejection of a voluntary application states its reason");
        }
        application.requirePending();
        RegulationProfile profile = profiles.inForce(application.agencyId(), today);
        OfficialCase party = OfficialCase.of(application.nip(), application.home(), application.target(), today);
        requireInTimeOrder(application, today, profile);
        ActingOfficial acting;
        DecisionBasis basis;
        if (application.state() == VoluntaryApplicationState.PENDING_UNIT_HEAD) {
            acting = officials.authorize(command.actor(), List.of(Official.UNIT_HEAD, Official.APPRAISER), party,
                    "ASG-10", AssignmentRule.ASG_10.article(profile), "reject this application");
            basis = profile.basis("ASG-10");
        } else {
            Decision<VoluntaryCrossUnitFlow> flow = profile.voluntaryCrossUnitFlow();
            List<Official> who = application.state() == VoluntaryApplicationState.PENDING_TARGET
                    ? List.of(flow.outcome().applicationTo()) : flow.outcome().homeApprovalBy();
            acting = officials.authorize(command.actor(), who, party, "ASG-11", flow.citations().get(0).text(),
                    "reject this application");
            basis = flow.basis();
        }
        application.reject(new VoluntaryApplicationRejectedEvent(application.applicationId(), application.agencyId(),
                application.nip(), application.home(), application.target(), application.scope(),
                application.state(), command.reason().trim(), acting, today, basis));
    }

    private String approveFinally(VoluntaryApplication application, String note, ActingOfficial acting,
                                  ActingOfficial drafter, DecisionBasis basis, LocalDate today) throws Exception {
        String orderId = "ord-" + application.applicationId();
        application.approve(new VoluntaryApplicationApprovedEvent(application.applicationId(), application.agencyId(),
                application.nip(), application.home(), application.target(), application.scope(), application.terms(),
                note, acting, application.targetApprovedBy(), orderId, today, basis));
        orders.newInstance(() -> new AssignmentOrder(new AssignmentOrderDraftedEvent(orderId, application.agencyId(),
                new OrderOrigin(OrderOrigin.Kind.VOLUNTARY_APPLICATION, application.applicationId()),
                AssignmentMode.PENGAJUAN_SUKARELA, application.scope(), AssignmentForm.INDIVIDUAL, null,
                application.target(), List.of(application.nip()), application.terms(), drafter, List.of(), today)));
        return orderId;
    }

    private ActingOfficial drafter(Official official, OfficialCase party) {
        Recipient who = officials.resolveKnown(official, party);
        return new ActingOfficial(who.nips().isEmpty() ? null : who.nips().get(0), official, "named by the profile");
    }

    /** ASG-10/11: a step is not dated before the application's last act (the server's clocks may disagree). */
    private static void requireInTimeOrder(VoluntaryApplication application, LocalDate today,
                                           RegulationProfile profile) {
        boolean within = application.scope() == AssignmentScope.WITHIN_UNIT;
        AssignmentOrderCommandHandler.requireInTimeOrder(today, application.lastActOn(),
                "the application's last act, on", within ? "ASG-10" : "ASG-11", within
                        ? AssignmentRule.ASG_10.article(profile) : profile.voluntaryCrossUnitFlow().citations().get(0)
                        .text());
    }

}
