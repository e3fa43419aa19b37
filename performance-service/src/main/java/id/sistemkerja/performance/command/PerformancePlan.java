package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.PlanEvents.EvidenceRecordedEvent;
import id.sistemkerja.performance.api.PlanEvents.ExpectationSetEvent;
import id.sistemkerja.performance.api.PlanEvents.FeedbackGivenEvent;
import id.sistemkerja.performance.api.PlanEvents.IndividualIndicatorsValidatedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSetEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSignedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleEndedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleRecordedEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employee's performance plan (Sasaran Kinerja Pegawai, SKP) for a year and what documents it over the year
 * (PERF-02, PERF-04, PERF-08): targets drafted, signed by the employee, then set by the appraiser; the employee's roles
 * in other units' results; expectations, evidence and feedback, recorded at any time. Who may do what is decided by
 * {@link PlanCommandHandler} on the org facts; the plan guards its own life cycle here.
 */
@Aggregate
public class PerformancePlan {

    enum Status { OPEN, DRAFTED, SIGNED, SET }

    /** A role in the results of a unit where the employee works (PERF-08), in force {@code from}..{@code until}. */
    record WorkRole(String roleId, String unitId, String leadNip, String assignerNip, LocalDate from,
                    LocalDate until) {

        boolean inForceOn(LocalDate date) {
            return !date.isBefore(from) && (until == null || !date.isAfter(until));
        }

        boolean overlapsYear(int year) {
            return from.getYear() <= year && (until == null || until.getYear() >= year);
        }
    }

    @AggregateIdentifier
    private String planId;
    private String nip;
    private String agencyId;
    private int year;
    private String unitId;
    private Status status;
    private List<Target> targets = List.of();
    private final Map<String, WorkRole> roles = new LinkedHashMap<>();
    private final Set<String> recordIds = new HashSet<>();
    private final List<String> appraisalInputs = new java.util.ArrayList<>();
    /** Ids of the leader's specific behaviour expectations (on a BerAKHLAK value, PERF-06b). */
    private final List<String> behaviourExpectations = new java.util.ArrayList<>();
    /** The indicators (IKI) of the current targets are validated (ORG-11); a redraft needs a new validation. */
    private boolean indicatorsValidated;

    protected PerformancePlan() {
    }

    PerformancePlan(PerformancePlanOpenedEvent event) {
        apply(event);
    }

    void draft(PerformancePlanDraftedEvent event) {
        if (status == Status.SIGNED || status == Status.SET) {
            throw ProblemException.conflict("The SKP " + planId + " is " + status.name().toLowerCase()
                    + " already; its targets no longer change");
        }
        apply(event);
    }

    void sign(PerformancePlanSignedEvent event) {
        if (status != Status.DRAFTED) {
            throw status == Status.OPEN ? PerfRule.PERF_08.refusal("planId", "the SKP " + planId + " has no "
                    + "targets to sign yet") : ProblemException.conflict("The SKP " + planId + " is "
                    + status.name().toLowerCase() + " already");
        }
        apply(event);
    }

    void set(PerformancePlanSetEvent event) {
        if (status == Status.SET) {
            throw ProblemException.conflict("The SKP " + planId + " is set already");
        }
        if (status != Status.SIGNED) {
            // PERF-08: signed by the employee, then set by the appraiser
            throw PerfRule.PERF_08.refusal("planId", "the employee signs the SKP " + planId
                    + " before the appraiser sets it");
        }
        apply(event);
    }

    void validateIndicators(IndividualIndicatorsValidatedEvent event) {
        if (status == Status.OPEN) {
            throw PerfRule.PERF_08.refusal("planId", "the SKP " + planId + " has no targets whose indicators (IKI) "
                    + "could be validated yet");
        }
        if (indicatorsValidated) {
            throw ProblemException.conflict("The indicators (IKI) of the SKP " + planId + " as drafted are validated "
                    + "already");
        }
        apply(event);
    }

    void recordRole(WorkRoleRecordedEvent event) {
        if (roles.containsKey(event.roleId())) {
            throw ProblemException.conflict("Work role " + event.roleId() + " is recorded already on " + planId);
        }
        apply(event);
    }

    void endRole(WorkRoleEndedEvent event) {
        WorkRole role = role(event.roleId());
        if (role.until() != null && !event.until().isBefore(role.until())) {
            throw ProblemException.conflict("Work role " + event.roleId() + " ends on " + role.until() + " already");
        }
        if (event.until().isBefore(role.from())) {
            throw ProblemException.invalid("until", "the role started on " + role.from() + "; it cannot end before");
        }
        apply(event);
    }

    void setExpectation(ExpectationSetEvent event) {
        once(event.expectationId());
        if (event.targetNumber() != null) {
            requireTarget(event.targetNumber(), "targetNumber");
        }
        apply(event);
    }

    void recordEvidence(EvidenceRecordedEvent event) {
        once(event.evidenceId());
        requireTarget(event.targetNumber(), "targetNumber");
        apply(event);
    }

    void giveFeedback(FeedbackGivenEvent event) {
        once(event.feedbackId());
        if (event.targetNumber() != null) {
            requireTarget(event.targetNumber(), "targetNumber");
        }
        apply(event);
    }

    private void once(String recordId) {
        if (recordIds.contains(recordId)) {
            throw ProblemException.conflict("Record " + recordId + " exists already on " + planId);
        }
    }

    private void requireTarget(int number, String field) {
        if (target(number).isEmpty()) {
            throw ProblemException.invalid(field, "the SKP " + planId + " has no target " + number
                    + (targets.isEmpty() ? " (no targets drafted yet)" : " (targets 1.." + targets.size() + ")"));
        }
    }

    // ---- facts for decisions ----

    String nip() {
        return nip;
    }

    String planIdOrNull() {
        return planId;
    }

    String agencyId() {
        return agencyId;
    }

    int year() {
        return year;
    }

    String unitId() {
        return unitId;
    }

    Status status() {
        return status;
    }

    List<Target> targets() {
        return targets;
    }

    Optional<Target> target(int number) {
        return targets.stream().filter(t -> t.number() == number).findFirst();
    }

    /** Ids of the leader's specific behaviour expectations (ekspektasi khusus pimpinan, PERF-06b) on the plan. */
    List<String> behaviourExpectations() {
        return List.copyOf(behaviourExpectations);
    }

    /** Ids of the appraisal inputs (the lead's reports, PERF-05) recorded on the plan. */
    List<String> appraisalInputs() {
        return List.copyOf(appraisalInputs);
    }

    WorkRole role(String roleId) {
        WorkRole role = roles.get(roleId);
        if (role == null) {
            throw ProblemException.notFound("Work role", roleId);
        }
        return role;
    }

    /** Roles in force on {@code date}. */
    List<WorkRole> rolesOn(LocalDate date) {
        return roles.values().stream().filter(r -> r.inForceOn(date)).toList();
    }

    /** Roles in force at some time of the plan's year. */
    List<WorkRole> rolesOfYear() {
        return roles.values().stream().filter(r -> r.overlapsYear(year)).toList();
    }

    // ---- state ----

    @EventSourcingHandler
    void on(PerformancePlanOpenedEvent event) {
        this.planId = event.planId();
        this.nip = event.nip();
        this.agencyId = event.agencyId();
        this.year = event.year();
        this.unitId = event.unitId();
        this.status = Status.OPEN;
    }

    @EventSourcingHandler
    void on(PerformancePlanDraftedEvent event) {
        this.targets = List.copyOf(event.targets());
        this.unitId = event.unitId();
        this.status = Status.DRAFTED;
        this.indicatorsValidated = false;
    }

    @EventSourcingHandler
    void on(IndividualIndicatorsValidatedEvent event) {
        this.indicatorsValidated = true;
    }

    @EventSourcingHandler
    void on(PerformancePlanSignedEvent event) {
        this.status = Status.SIGNED;
    }

    @EventSourcingHandler
    void on(PerformancePlanSetEvent event) {
        this.status = Status.SET;
    }

    @EventSourcingHandler
    void on(WorkRoleRecordedEvent event) {
        roles.put(event.roleId(), new WorkRole(event.roleId(), event.unitId(), event.leadNip(), event.assignerNip(),
                event.from(), event.until()));
    }

    @EventSourcingHandler
    void on(WorkRoleEndedEvent event) {
        WorkRole role = roles.get(event.roleId());
        roles.put(event.roleId(), new WorkRole(role.roleId(), role.unitId(), role.leadNip(), role.assignerNip(),
                role.from(), event.until()));
    }

    @EventSourcingHandler
    void on(ExpectationSetEvent event) {
        recordIds.add(event.expectationId());
        if (event.coreValue() != null) {
            behaviourExpectations.add(event.expectationId());
        }
    }

    @EventSourcingHandler
    void on(EvidenceRecordedEvent event) {
        recordIds.add(event.evidenceId());
    }

    @EventSourcingHandler
    void on(FeedbackGivenEvent event) {
        recordIds.add(event.feedbackId());
        if (event.kind() == id.sistemkerja.performance.api.FeedbackKind.APPRAISAL_INPUT) {
            appraisalInputs.add(event.feedbackId());
        }
    }
}
