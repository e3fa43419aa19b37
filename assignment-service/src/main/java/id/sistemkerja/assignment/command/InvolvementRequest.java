package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRecommendedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestRejectedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestSubmittedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementStepApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestState;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;


/**
 * An involvement request (surat permohonan pelibatan, ASG-07/08/09): the process of one multi-step flow. Its state says
 * which step is pending with whom; every step is its own recorded act. {@link InvolvementRequestCommandHandler} decides
 * who may act on a step.
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
    private ActingOfficial requestedBy;
    private ActingOfficial recommendedBy;
    private List<String> recommendedNips = List.of();
    private InvolvementRequestState state;
    private List<Recipient> copies = List.of();
    private LocalDate lastActOn;

    protected InvolvementRequest() {
    }

    InvolvementRequest(InvolvementRequestSubmittedEvent submitted) {
        Aggregates.apply(this, submitted);
    }

    void recommend(InvolvementRecommendedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void approveStep(InvolvementStepApprovedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void approve(InvolvementRequestApprovedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void reject(InvolvementRequestRejectedEvent event) {
        requirePending();
        Aggregates.apply(this, event);
    }

    void requirePending() {
        if (!state.isPending()) {
            throw ProblemException.conflict("Involvement request " + requestId + " is " + state
                    + "; nothing is pending");
        }
    }

    String requestId() {
        return requestId;
    }

    String agencyId() {
        return agencyId;
    }

    String targetAgencyId() {
        return targetAgencyId;
    }

    AssignmentScope scope() {
        return scope;
    }

    AssignmentForm form() {
        return form;
    }

    String teamId() {
        return teamId;
    }

    UnitLocation owningUnit() {
        return owningUnit;
    }

    UnitLocation targetUnit() {
        return targetUnit;
    }

    List<String> requestedNips() {
        return requestedNips;
    }

    List<String> nominatedNips() {
        return nominatedNips;
    }

    AssignmentTerms terms() {
        return terms;
    }

    ActingOfficial requestedBy() {
        return requestedBy;
    }

    ActingOfficial recommendedBy() {
        return recommendedBy;
    }

    List<String> recommendedNips() {
        return recommendedNips;
    }

    InvolvementRequestState state() {
        return state;
    }

    List<Recipient> copies() {
        return copies;
    }

    /** The day of the request's latest recorded act: the next step is not dated before it. */
    LocalDate lastActOn() {
        return lastActOn;
    }

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
        requestedBy = e.requestedBy();
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
