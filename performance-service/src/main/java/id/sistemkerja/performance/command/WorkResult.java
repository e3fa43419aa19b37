package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.WorkResultEvents.ReviewLevel;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultAcceptedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultPassedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultResubmittedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultReturnedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultSubmittedEvent;
import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work result (hasil pelaksanaan kegiatan) on its review chain (PERF-03): submitted to Level II, passed level by
 * level (in the Sekretariat Daerah: Kepala Bagian, Asisten, Sekda), returned for rework with a reason (back to Level
 * II once reworked), done only when Level I accepts it.
 */
@Aggregate
public class WorkResult {

    enum Status { IN_REVIEW, RETURNED, ACCEPTED }

    @AggregateIdentifier
    private String workResultId;
    private String agencyId;
    private String nip;
    private String leadNip;
    private List<ReviewLevel> chain = List.of();
    private int step;
    private int round;
    private Status status;

    protected WorkResult() {
    }

    WorkResult(WorkResultSubmittedEvent event) {
        apply(event);
    }

    void pass(WorkResultPassedEvent event) {
        requireInReview();
        apply(event);
    }

    void accept(WorkResultAcceptedEvent event) {
        requireInReview();
        if (step != chain.size() - 1) {
            throw PerfRule.PERF_03.refusal("decision", "only Level I accepts a result");
        }
        apply(event);
    }

    void returnForRework(WorkResultReturnedEvent event) {
        requireInReview();
        if (event.reason() == null || event.reason().isBlank()) {
            // PERF-03: a result not meeting the target is returned with what to rework
            throw PerfRule.PERF_03.invalid("reason", "a returned result states the reason (what to rework)");
        }
        apply(event);
    }

    void resubmit(WorkResultResubmittedEvent event) {
        if (status != Status.RETURNED) {
            throw ProblemException.conflict("Work result " + workResultId + " is " + status.name().toLowerCase()
                    + "; only a returned result is resubmitted");
        }
        apply(event);
    }

    private void requireInReview() {
        if (status != Status.IN_REVIEW) {
            throw ProblemException.conflict("Work result " + workResultId + " is " + status.name().toLowerCase()
                    + (status == Status.ACCEPTED ? " (done)" : " (awaiting rework)"));
        }
    }

    String agencyId() {
        return agencyId;
    }

    String nip() {
        return nip;
    }

    String leadNip() {
        return leadNip;
    }

    int step() {
        return step;
    }

    int round() {
        return round;
    }

    List<ReviewLevel> chain() {
        return chain;
    }

    ReviewLevel currentLevel() {
        return chain.get(step);
    }

    boolean atLevelOne() {
        return step == chain.size() - 1;
    }

    @EventSourcingHandler
    void on(WorkResultSubmittedEvent event) {
        this.workResultId = event.workResultId();
        this.agencyId = event.agencyId();
        this.nip = event.nip();
        this.leadNip = "TEAM_LEAD".equals(event.submitterRole()) ? event.submittedBy() : null;
        this.chain = List.copyOf(event.reviewChain());
        this.step = 0;
        this.round = 1;
        this.status = Status.IN_REVIEW;
    }

    @EventSourcingHandler
    void on(WorkResultPassedEvent event) {
        this.step = event.toStep();
    }

    @EventSourcingHandler
    void on(WorkResultReturnedEvent event) {
        this.status = Status.RETURNED;
        this.step = 0;
    }

    @EventSourcingHandler
    void on(WorkResultResubmittedEvent event) {
        this.status = Status.IN_REVIEW;
        this.round = event.round();
        this.step = 0;
    }

    @EventSourcingHandler
    void on(WorkResultAcceptedEvent event) {
        this.status = Status.ACCEPTED;
    }
}
