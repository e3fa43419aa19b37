package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementAmendedEvent;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementSetEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's performance agreement (perjanjian kinerja) for a year (PERF-01): the unit's targets, each (below the top of
 * the review chain) naming the target of the level above that it supports. Set, and amended with a reason, by
 * {@link AgreementCommandHandler}, which checks who sets it and what the targets support.
 */
@Aggregate
public class PerformanceAgreement {

    @AggregateIdentifier
    private String agreementId;
    private String agencyId;
    private String unitId;
    private int year;
    private List<Target> targets = List.of();

    protected PerformanceAgreement() {
    }

    PerformanceAgreement(PerformanceAgreementSetEvent event) {
        apply(event);
    }

    void amend(PerformanceAgreementAmendedEvent event) {
        if (event.reason() == null || event.reason().isBlank()) {
            // AUD-03: a correction is a new record that says why
            throw ProblemException.invalid("reason", "the agreement of " + unitId + " for " + year + " is set "
                    + "already; amending it needs a reason");
        }
        apply(event);
    }

    String agencyId() {
        return agencyId;
    }

    String unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    Optional<Target> target(int number) {
        return targets.stream().filter(t -> t.number() == number).findFirst();
    }

    @EventSourcingHandler
    void on(PerformanceAgreementSetEvent event) {
        this.agreementId = event.agreementId();
        this.agencyId = event.agencyId();
        this.unitId = event.unitId();
        this.year = event.year();
        this.targets = List.copyOf(event.targets());
    }

    @EventSourcingHandler
    void on(PerformanceAgreementAmendedEvent event) {
        this.targets = List.copyOf(event.targets());
    }
}
