package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeePredikatFinalisedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeeRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EvaluationOpenedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FollowUpRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FunctionalCreditConvertedEvent;
import id.sistemkerja.performance.api.EvaluationCommands.ReceiptSource;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionDecidedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationGivenEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationsRequestedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionFiledEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ResultReceiptRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.OrganisationRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.UnitPredikatFinalisedEvent;
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
 * The evaluation (penilaian kinerja) of a unit's employees for one period of a year (PERF-06, PERF-07): the
 * organisation rating, each employee's ratings and predikat, the unit's finalisation against the distribution limits,
 * objections (PERF-09) and follow-up (PERF-10). {@link EvaluationCommandHandler} decides who acts and reads the rule
 * set; the evaluation guards its own life cycle: nothing is rated after finalisation, one objection per employee,
 * follow-up only on a final predikat.
 */
@Aggregate
public class Evaluation {

    /** One employee's result in this evaluation. */
    record Result(String nip, ExpectationRating workResult, ExpectationRating behaviour, Predikat predikat,
                  String appraiserNip, LocalDate finalisedOn, String objectionId, String objectionAddressedTo,
                  boolean objectionDecided) {

        boolean finalised() {
            return finalisedOn != null;
        }

        boolean objectionPending() {
            return objectionId != null && !objectionDecided;
        }
    }

    /** The superior's request for explanations on an objection and who answered (PP 30/2019 Pasal 59(3)). */
    record Explanations(LocalDate requestedOn, LocalDate answerBy, Set<String> answeredBy) {

        boolean answered(String nip) {
            return answeredBy.contains(nip);
        }
    }

    @AggregateIdentifier
    private String evaluationId;
    private String agencyId;
    private String unitId;
    private int year;
    private String period;
    private OrganisationRating organisationRating;
    private LocalDate finalisedOn;
    private final Map<String, Result> results = new LinkedHashMap<>();
    private final Set<String> recordIds = new HashSet<>();
    private final Set<String> converted = new HashSet<>();
    /** Recorded receipts of each employee's result, by who recorded them (PERF-09). */
    private final Map<String, Map<ReceiptSource, LocalDate>> receipts = new LinkedHashMap<>();
    private final Map<String, Explanations> explanations = new LinkedHashMap<>();

    protected Evaluation() {
    }

    Evaluation(EvaluationOpenedEvent event) {
        apply(event);
    }

    void rateOrganisation(OrganisationRatedEvent event) {
        requireOpen();
        apply(event);
    }

    void rate(EmployeeRatedEvent event) {
        requireOpen();
        apply(event);
    }

    void finalise(UnitPredikatFinalisedEvent event, List<EmployeePredikatFinalisedEvent> employees) {
        requireOpen();
        apply(event);
        employees.forEach(e -> apply(e));
    }

    void fileObjection(ObjectionFiledEvent event) {
        Result result = finalResult(event.nip());
        if (result.objectionId() != null) {
            // PERF-09: one objection, decided by the superior, after which the result is final
            throw PerfRule.PERF_09.refusal("nip", "an objection (keberatan) of " + event.nip() + " on " + period + " "
                    + year + " is filed already (" + result.objectionId() + ")");
        }
        apply(event);
    }

    void recordReceipt(ResultReceiptRecordedEvent event) {
        Result result = finalResult(event.nip());
        LocalDate earlier = receipts.getOrDefault(event.nip(), Map.of()).get(event.source());
        if (earlier != null) {
            throw ProblemException.conflict("The receipt of " + event.nip() + "'s result (" + event.source()
                    + ") is recorded already: " + earlier);
        }
        if (event.receivedOn().isBefore(result.finalisedOn())) {
            // PERF-09: a result is received once it is final for the unit, not before
            throw PerfRule.PERF_09.refusal("receivedOn", "the result of " + event.nip() + " was finalised on "
                    + result.finalisedOn() + "; it cannot have been received on " + event.receivedOn());
        }
        apply(event);
    }

    void requestExplanations(ObjectionExplanationsRequestedEvent event) {
        Result result = finalResult(event.nip());
        requireOpenObjection(result, event.objectionId());
        if (explanations.containsKey(event.nip())) {
            throw ProblemException.conflict("Explanations on objection " + event.objectionId() + " were asked for "
                    + "already, on " + explanations.get(event.nip()).requestedOn());
        }
        apply(event);
    }

    void giveExplanation(ObjectionExplanationGivenEvent event) {
        Result result = finalResult(event.nip());
        requireOpenObjection(result, event.objectionId());
        Explanations asked = explanations.get(event.nip());
        if (asked == null) {
            throw PerfRule.PERF_09.refusal("objectionId", "the superior has not asked for explanations on objection "
                    + event.objectionId() + " yet (PP 30/2019 Pasal 59(3))");
        }
        if (asked.answered(event.giverNip())) {
            throw ProblemException.conflict(event.giverNip() + " gave an explanation on objection "
                    + event.objectionId() + " already");
        }
        apply(event);
    }

    private static void requireOpenObjection(Result result, String objectionId) {
        if (result.objectionId() == null || !result.objectionId().equals(objectionId)) {
            throw ProblemException.notFound("Objection", objectionId);
        }
        if (result.objectionDecided()) {
            throw ProblemException.conflict("Objection " + objectionId + " is decided already; the result is final "
                    + "(PERF-09)");
        }
    }

    void decideObjection(ObjectionDecidedEvent event, EmployeePredikatFinalisedEvent finalised) {
        Result result = finalResult(event.nip());
        if (result.objectionId() == null || !result.objectionId().equals(event.objectionId())) {
            throw ProblemException.notFound("Objection", event.objectionId());
        }
        if (result.objectionDecided()) {
            throw ProblemException.conflict("Objection " + event.objectionId() + " is decided already; the result is "
                    + "final (PERF-09)");
        }
        apply(event);
        if (finalised != null) {
            apply(finalised);
        }
    }

    void recordFollowUp(FollowUpRecordedEvent event) {
        if (recordIds.contains(event.followUpId())) {
            throw ProblemException.conflict("Follow-up " + event.followUpId() + " is recorded already");
        }
        apply(event);
    }

    void convertCredit(FunctionalCreditConvertedEvent event) {
        if (converted.contains(event.nip())) {
            throw ProblemException.conflict("The annual predikat " + year + " of " + event.nip()
                    + " is converted to functional credit already");
        }
        apply(event);
    }

    private void requireOpen() {
        if (finalisedOn != null) {
            throw ProblemException.conflict("The predikat of unit " + unitId + " for " + period + " " + year
                    + " were finalised on " + finalisedOn + "; a result changes only on an objection (PERF-09)");
        }
    }

    /** The employee's finalised result; 422 when the unit's predikat are not finalised yet. */
    Result finalResult(String nip) {
        Result result = results.get(nip);
        if (result == null) {
            throw PerfRule.PERF_06.refusal("nip", "employee " + nip + " is not rated in the evaluation of unit "
                    + unitId + " for " + period + " " + year);
        }
        if (!result.finalised()) {
            throw PerfRule.PERF_06.refusal("nip", "the predikat of unit " + unitId + " for " + period + " " + year
                    + " are not finalised yet");
        }
        return result;
    }

    // ---- facts for decisions ----

    String agencyId() {
        return agencyId;
    }

    String unitId() {
        return unitId;
    }

    int year() {
        return year;
    }

    String period() {
        return period;
    }

    Optional<OrganisationRating> organisationRating() {
        return Optional.ofNullable(organisationRating);
    }

    Optional<Result> result(String nip) {
        return Optional.ofNullable(results.get(nip));
    }

    Map<String, Result> results() {
        return results;
    }

    /** The earliest recorded receipt of the employee's result (PERF-09), if any. */
    Optional<LocalDate> receivedOn(String nip) {
        return receipts.getOrDefault(nip, Map.of()).values().stream().min(LocalDate::compareTo);
    }

    /** The superior's request for explanations on the employee's objection, if made. */
    Optional<Explanations> explanations(String nip) {
        return Optional.ofNullable(explanations.get(nip));
    }

    // ---- state ----

    @EventSourcingHandler
    void on(EvaluationOpenedEvent event) {
        this.evaluationId = event.evaluationId();
        this.agencyId = event.agencyId();
        this.unitId = event.unitId();
        this.year = event.year();
        this.period = event.period();
    }

    @EventSourcingHandler
    void on(OrganisationRatedEvent event) {
        this.organisationRating = event.rating();
    }

    @EventSourcingHandler
    void on(EmployeeRatedEvent event) {
        results.put(event.nip(), new Result(event.nip(), event.workResultRating(), event.behaviourRating(),
                event.predikat(), event.appraiserNip(), null, null, null, false));
    }

    @EventSourcingHandler
    void on(UnitPredikatFinalisedEvent event) {
        this.finalisedOn = event.finalisedOn();
    }

    @EventSourcingHandler
    void on(EmployeePredikatFinalisedEvent event) {
        Result r = results.get(event.nip());
        LocalDate received = r.finalisedOn() == null ? event.finalisedOn() : r.finalisedOn();
        results.put(event.nip(), new Result(r.nip(), event.workResultRating(), event.behaviourRating(),
                event.predikat(), r.appraiserNip(), received, r.objectionId(), r.objectionAddressedTo(),
                r.objectionDecided()));
    }

    @EventSourcingHandler
    void on(ObjectionFiledEvent event) {
        Result r = results.get(event.nip());
        results.put(event.nip(), new Result(r.nip(), r.workResult(), r.behaviour(), r.predikat(), r.appraiserNip(),
                r.finalisedOn(), event.objectionId(), event.addressedToNip(), false));
    }

    @EventSourcingHandler
    void on(ResultReceiptRecordedEvent event) {
        receipts.computeIfAbsent(event.nip(), n -> new java.util.EnumMap<>(ReceiptSource.class))
                .put(event.source(), event.receivedOn());
    }

    @EventSourcingHandler
    void on(ObjectionExplanationsRequestedEvent event) {
        explanations.put(event.nip(), new Explanations(event.requestedOn(), event.answerBy(), new HashSet<>()));
    }

    @EventSourcingHandler
    void on(ObjectionExplanationGivenEvent event) {
        explanations.get(event.nip()).answeredBy().add(event.giverNip());
    }

    @EventSourcingHandler
    void on(ObjectionDecidedEvent event) {
        Result r = results.get(event.nip());
        results.put(event.nip(), new Result(r.nip(), event.workResultRating(), event.behaviourRating(),
                event.predikat(), r.appraiserNip(), r.finalisedOn(), r.objectionId(), r.objectionAddressedTo(), true));
    }

    @EventSourcingHandler
    void on(FollowUpRecordedEvent event) {
        recordIds.add(event.followUpId());
    }

    @EventSourcingHandler
    void on(FunctionalCreditConvertedEvent event) {
        converted.add(event.nip());
    }
}
