package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationRejectedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationSubmittedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationTargetApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationState;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;

/** A voluntary application (pengajuan sukarela, ASG-10/11/12), the process of its approvals. */
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
    private LocalDate lastActOn;

    protected VoluntaryApplication() {
    }

    VoluntaryApplication(VoluntaryApplicationSubmittedEvent submitted) {
        Aggregates.apply(this, submitted);
    }

    void approveTarget(VoluntaryApplicationTargetApprovedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void approve(VoluntaryApplicationApprovedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void reject(VoluntaryApplicationRejectedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void requirePending() {
        if (!state.isPending()) {
            throw ProblemException.conflict("Voluntary application " + applicationId + " is " + state
                    + "; nothing is pending");
        }
    }

    String applicationId() {
        return applicationId;
    }

    String agencyId() {
        return agencyId;
    }

    String nip() {
        return nip;
    }

    UnitLocation home() {
        return home;
    }

    UnitLocation target() {
        return target;
    }

    AssignmentScope scope() {
        return scope;
    }

    AssignmentTerms terms() {
        return terms;
    }

    VoluntaryApplicationState state() {
        return state;
    }

    /** The day of the application's latest recorded act: the next step is not dated before it. */
    LocalDate lastActOn() {
        return lastActOn;
    }

    ActingOfficial targetApprovedBy() {
        return targetApprovedBy;
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
