package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.api.EvaluationCommands.ConvertFunctionalCreditCommand;
import id.sistemkerja.performance.api.EvaluationCommands.DecideObjectionCommand;
import id.sistemkerja.performance.api.EvaluationCommands.FileObjectionCommand;
import id.sistemkerja.performance.api.EvaluationCommands.FinaliseUnitPredikatCommand;
import id.sistemkerja.performance.api.EvaluationCommands.GiveObjectionExplanationCommand;
import id.sistemkerja.performance.api.EvaluationCommands.ReceiptSource;
import id.sistemkerja.performance.api.EvaluationCommands.RecordResultReceiptCommand;
import id.sistemkerja.performance.api.EvaluationCommands.RequestObjectionExplanationsCommand;
import id.sistemkerja.performance.api.EvaluationCommands.ObjectionDecision;
import id.sistemkerja.performance.api.EvaluationCommands.RateEmployeeCommand;
import id.sistemkerja.performance.api.EvaluationCommands.RecordFollowUpCommand;
import id.sistemkerja.performance.api.EvaluationCommands.SetOrganisationRatingCommand;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeePredikatFinalisedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeeRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EvaluationOpenedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FollowUpRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FunctionalCreditConvertedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionDecidedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationGivenEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationsRequestedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionFiledEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ResultReceiptRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.OrganisationRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.UnitPredikatFinalisedEvent;
import id.sistemkerja.performance.api.CoreValue;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.command.Evaluation.Result;
import id.sistemkerja.performance.command.OrgLevels.Appraiser;
import id.sistemkerja.performance.command.rules.DistributionCheck;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.performance.command.rules.PeriodCalendar;
import id.sistemkerja.performance.command.rules.PeriodCalendar.Period;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Decisions of the evaluation (PERF-06, PERF-07, PERF-09, PERF-10): who rates (the appraiser, incl. a delegate), who
 * sets the organisation rating (the official one level up), who finalises (the unit head or a head above), the
 * distribution limits of the rule set in force, the objection window and who decides an objection (the appraiser's
 * superior), and follow-up on a final predikat. An employee is evaluated in the unit they belong to on the period's
 * last day (or today, while the period runs).
 */
@Component
public class EvaluationCommandHandler {

    private final Repository<Evaluation> evaluations;
    private final Repository<PerformancePlan> plans;
    private final DecisionContext context;

    public EvaluationCommandHandler(Repository<Evaluation> evaluationRepository,
                                    Repository<PerformancePlan> performancePlanRepository, DecisionContext context) {
        this.evaluations = evaluationRepository;
        this.plans = performancePlanRepository;
        this.context = context;
    }

    @CommandHandler
    public String handle(SetOrganisationRatingCommand command) {
        UnitFacts unit = context.levels().unit(command.unitId());
        Access.requireAgency(command.actor(), unit.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        if (command.rating() == null) {
            throw PerfRule.PERF_06.invalid("rating", "rating is one of " + List.of(OrganisationRating.values()));
        }
        LocalDate today = context.today();
        // PERF-06c: the organisation rating is set by the official one level up
        Optional<String> above = Optional.ofNullable(unit.parentUnitId());
        if (above.isPresent()) {
            Optional<String> head = headAbove(unit, today);
            if (head.isEmpty() || !head.get().equals(command.actor().subject())) {
                throw PerfRule.PERF_06.forbidden("The organisation rating (predikat kinerja organisasi) of unit "
                        + unit.unitId() + " is set by the official one level up; you are "
                        + command.actor().subject() + ".", head.orElse("the head of " + above.get() + " (vacant)"));
            }
        } else if (!command.actor().hasRole(Roles.REGIONAL_SECRETARY)) {
            throw PerfRule.PERF_06.forbidden("The organisation rating of department " + unit.unitId()
                    + " is set above it, for the regional head, by the Sekretaris Daerah.", Roles.REGIONAL_SECRETARY);
        }
        Aggregate<Evaluation> evaluation = open(unit, period);
        RuleBasis basis = context.basis(unit.agencyId(), rules, PerfRule.PERF_06, PerfRule.PERF_07);
        evaluation.execute(e -> e.rateOrganisation(new OrganisationRatedEvent(evaluationId(unit, period),
                unit.agencyId(), unit.unitId(), period.year(), period.code(), command.rating(),
                command.actor().subject(), today, basis)));
        return evaluationId(unit, period);
    }

    @CommandHandler
    public String handle(RateEmployeeCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        // a missing appraiser is a fact the org replica does not hold (yet): retryable, never a refusal
        Appraiser appraiser = context.levels().appraiserOf(command.nip(), today).orElseThrow(() ->
                ProblemException.notYetKnown("Appraiser (Pejabat Penilai Kinerja) of employee", command.nip()
                        + " on " + today));
        if (!appraiser.nip().equals(command.actor().subject())) {
            // PERF-06: only the appraiser (or the delegate, ORG-05) rates
            throw PerfRule.PERF_06.forbidden("Employee " + command.nip() + " is rated by the appraiser (Pejabat "
                    + "Penilai Kinerja); you are " + command.actor().subject() + ".", appraiser.nip() + " ("
                    + appraiser.basis() + ")");
        }
        requireRatings(command.workResultRating(), command.behaviourRating());
        requireAllCoreValues(command.behaviourAspects());
        UnitFacts unit = unitOf(command.nip(), period, today);
        Aggregate<Evaluation> evaluation = open(unit, period);
        Optional<OrganisationRating> organisation = Aggregates.root(evaluation).organisationRating();
        if (organisation.isPresent() && context.levels().headOf(unit.unitId(), today)
                .filter(command.nip()::equals).isPresent()) {
            // PERF-06a: the unit's achievement is the work-result rating of its head
            ExpectationRating expected = rules.unitHeadWorkResult().get(organisation.get());
            if (expected != command.workResultRating()) {
                throw PerfRule.PERF_06.refusal("workResultRating", command.nip() + " heads unit " + unit.unitId()
                        + ", rated " + organisation.get() + ": the unit's achievement is the head's work-result "
                        + "rating, " + expected + " (rule set " + rules.ref() + ")");
            }
        }
        Predikat predikat = PredikatMatrix.predikat(command.workResultRating(), command.behaviourRating());
        Optional<PerformancePlan> skp = Aggregates.find(plans, PerformanceIds.planId(command.nip(), period.year()))
                .map(Aggregates::root);
        List<String> inputs = skp.map(PerformancePlan::appraisalInputs).orElse(List.of());
        // PERF-06b: the leader's specific behaviour expectations are before the appraiser and recorded with the rating
        List<String> behaviourExpectations = skp.map(PerformancePlan::behaviourExpectations).orElse(List.of());
        RuleBasis basis = inputs.isEmpty()
                ? context.basis(unit.agencyId(), rules, PerfRule.PERF_06, PerfRule.PERF_07)
                : context.basis(unit.agencyId(), rules, PerfRule.PERF_06, PerfRule.PERF_07, PerfRule.PERF_05);
        evaluation.execute(e -> e.rate(new EmployeeRatedEvent(evaluationId(unit, period), unit.agencyId(),
                unit.unitId(), period.year(), period.code(), command.nip(), command.workResultRating(),
                command.behaviourRating(), command.behaviourAspects() == null ? Map.of() : command.behaviourAspects(),
                predikat, appraiser.nip(), appraiser.basis(), command.note(), inputs, today, basis,
                behaviourExpectations)));
        return evaluationId(unit, period);
    }

    @CommandHandler
    public String handle(FinaliseUnitPredikatCommand command) {
        UnitFacts unit = context.levels().unit(command.unitId());
        Access.requireAgency(command.actor(), unit.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        List<String> heads = headsFrom(unit, today);
        if (!heads.contains(command.actor().subject())) {
            throw PerfRule.PERF_06.forbidden("The predikat of unit " + unit.unitId() + " are finalised by its head or "
                    + "a head above it; you are " + command.actor().subject() + ".", String.join(", ", heads));
        }
        String id = evaluationId(unit, period);
        Aggregate<Evaluation> aggregate = Aggregates.load(evaluations, id, "Evaluation");
        Evaluation evaluation = Aggregates.root(aggregate);
        OrganisationRating organisation = evaluation.organisationRating().orElseThrow(() -> PerfRule.PERF_06.refusal(
                "organisationRating", "unit " + unit.unitId() + " has no organisation rating for " + period.code()
                        + " " + period.year() + "; the official one level up sets it before the distribution of "
                        + "its employees' predikat can be checked"));
        if (evaluation.results().isEmpty()) {
            throw PerfRule.PERF_06.refusal("unitId", "nobody is rated in unit " + unit.unitId() + " for "
                    + period.code() + " " + period.year());
        }
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        evaluation.results().values().forEach(r -> counts.merge(r.predikat(), 1, Integer::sum));
        PerfRuleSet.Distribution distribution = rules.distribution();
        List<String> violations = DistributionCheck.violations(organisation, counts, distribution);
        if (!violations.isEmpty() && distribution.onViolation() == PerfRuleSet.OnViolation.BLOCK) {
            // PERF-06c: the organisation rating bounds the distribution; the rule set says a violation blocks
            List<Violation> problems = violations.stream().map(v -> PerfRule.PERF_06.violation("distribution",
                    v + " (organisation rating " + organisation + ", " + distribution.citation() + ")")).toList();
            throw ProblemException.rules("PERF-06: the predikat of unit " + unit.unitId() + " exceed the limits of "
                    + "organisation rating " + organisation + ": " + String.join("; ", violations)
                    + " (rule set " + rules.ref() + ")", problems);
        }
        RuleBasis basis = context.basis(unit.agencyId(), rules, PerfRule.PERF_06, PerfRule.PERF_07);
        List<EmployeePredikatFinalisedEvent> employees = new ArrayList<>();
        for (Result r : evaluation.results().values()) {
            employees.add(new EmployeePredikatFinalisedEvent(id, unit.agencyId(), unit.unitId(), period.year(),
                    period.code(), r.nip(), r.predikat(), r.workResult(), r.behaviour(), "UNIT_FINALISATION", today,
                    basis));
        }
        aggregate.execute(e -> e.finalise(new UnitPredikatFinalisedEvent(id, unit.agencyId(), unit.unitId(),
                period.year(), period.code(), organisation, evaluation.results().size(), counts, violations,
                distribution.onViolation().name(), distribution.rounding().name(), command.actor().subject(), today,
                basis), employees));
        return id;
    }

    @CommandHandler
    public String handle(FileObjectionCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        if (!command.actor().subject().equals(command.nip())) {
            // PERF-09: the employee objects to their own result
            throw PerfRule.PERF_09.forbidden("Only the employee objects (keberatan) to their own result; you are "
                    + command.actor().subject() + ".", command.nip());
        }
        if (command.reasons() == null || command.reasons().stream().allMatch(r -> r == null || r.isBlank())) {
            throw PerfRule.PERF_09.invalid("reasons", "an objection states its reasons (alasan keberatan)");
        }
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = evaluation.finalResult(command.nip());
        // PERF-09: within 14 days of receiving the result (PP 30/2019 Pasal 59): the earliest recorded receipt; an
        // objection filed before any receipt is recorded is itself proof of receipt today (rule set v2)
        LocalDate received = rules.objection().fromReceipt()
                ? evaluation.receivedOn(command.nip()).orElse(today) : result.finalisedOn();
        LocalDate deadline = received.plusDays(rules.objection().days());
        if (today.isAfter(deadline)) {
            throw PerfRule.PERF_09.refusal("nip", "the result was received on " + received
                    + "; an objection is filed within " + rules.objection().days() + " days, by " + deadline
                    + ", not on " + today + " (" + rules.objection().citation() + ")");
        }
        String superior = superiorOf(result.appraiserNip(), today);
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_09);
        aggregate.execute(e -> e.fileObjection(new ObjectionFiledEvent(PerformanceIds.evaluationId(
                evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(), evaluation.unitId(),
                period.year(), period.code(), command.nip(), command.objectionId(),
                command.reasons().stream().filter(r -> r != null && !r.isBlank()).map(String::trim).toList(), today,
                received, deadline, result.appraiserNip(), superior, basis)));
        return command.objectionId();
    }

    @CommandHandler
    public void handle(RecordResultReceiptCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = evaluation.finalResult(command.nip());
        String caller = command.actor().subject();
        ReceiptSource source = command.source();
        LocalDate receivedOn;
        if (source == ReceiptSource.ACKNOWLEDGED_BY_EMPLOYEE) {
            if (!caller.equals(command.nip())) {
                // PERF-09: only the employee acknowledges their own receipt
                throw PerfRule.PERF_09.forbidden("Only the employee acknowledges receiving their result; you are "
                        + caller + ".", command.nip());
            }
            receivedOn = command.receivedOn() == null ? today : command.receivedOn();
        } else if (source == ReceiptSource.DELIVERY_RECORDED_BY_APPRAISER) {
            Optional<Appraiser> current = context.levels().appraiserOf(command.nip(), today);
            if (!caller.equals(result.appraiserNip()) && current.map(a -> !a.nip().equals(caller)).orElse(true)) {
                // PERF-09: the appraiser who delivers the result records when it was delivered
                throw PerfRule.PERF_09.forbidden("The delivery of " + command.nip() + "'s result is recorded by the "
                        + "appraiser (Pejabat Penilai Kinerja); you are " + caller + ".", result.appraiserNip());
            }
            if (command.receivedOn() == null) {
                throw PerfRule.PERF_09.invalid("deliveredOn", "the day the result was delivered to the employee is "
                        + "required");
            }
            receivedOn = command.receivedOn();
        } else {
            throw ProblemException.invalid("source", "source is ACKNOWLEDGED_BY_EMPLOYEE or "
                    + "DELIVERY_RECORDED_BY_APPRAISER");
        }
        if (receivedOn.isAfter(today)) {
            throw PerfRule.PERF_09.invalid(source == ReceiptSource.ACKNOWLEDGED_BY_EMPLOYEE ? "receivedOn"
                    : "deliveredOn", "a receipt is recorded once it happened, not for " + receivedOn + " (today is "
                    + today + ")");
        }
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_09);
        aggregate.execute(e -> e.recordReceipt(new ResultReceiptRecordedEvent(PerformanceIds.evaluationId(
                evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(), evaluation.unitId(),
                period.year(), period.code(), command.nip(), source, receivedOn, caller, today, basis)));
    }

    @CommandHandler
    public void handle(RequestObjectionExplanationsCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = evaluation.finalResult(command.nip());
        if (result.objectionId() == null || !result.objectionId().equals(command.objectionId())) {
            throw ProblemException.notFound("Objection", command.objectionId());
        }
        if (!command.actor().subject().equals(result.objectionAddressedTo())) {
            // PERF-09: the superior who decides asks for the explanations (PP 30/2019 Pasal 59(3))
            throw PerfRule.PERF_09.forbidden("Explanations on the objection are asked for by the appraiser's "
                    + "superior; you are " + command.actor().subject() + ".", result.objectionAddressedTo());
        }
        int days = rules.objection().explanationsRequired() ? rules.objection().explanationDays()
                : rules.objection().days();
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_09);
        aggregate.execute(e -> e.requestExplanations(new ObjectionExplanationsRequestedEvent(
                PerformanceIds.evaluationId(evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(),
                evaluation.unitId(), period.year(), period.code(), command.nip(), command.objectionId(),
                List.of(result.appraiserNip(), command.nip()), today, today.plusDays(days),
                command.actor().subject(), basis)));
    }

    @CommandHandler
    public void handle(GiveObjectionExplanationCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = evaluation.finalResult(command.nip());
        String caller = command.actor().subject();
        String role = caller.equals(command.nip()) ? "EMPLOYEE" : caller.equals(result.appraiserNip()) ? "APPRAISER"
                : null;
        if (role == null) {
            // PERF-09: the superior asks the appraiser and the employee (PP 30/2019 Pasal 59(3))
            throw PerfRule.PERF_09.forbidden("Explanations on the objection are given by the appraiser and the "
                    + "employee; you are " + caller + ".", result.appraiserNip() + ", " + command.nip());
        }
        if (command.text() == null || command.text().isBlank()) {
            throw PerfRule.PERF_09.invalid("text", "the explanation (penjelasan) is required");
        }
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_09);
        aggregate.execute(e -> e.giveExplanation(new ObjectionExplanationGivenEvent(PerformanceIds.evaluationId(
                evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(), evaluation.unitId(),
                period.year(), period.code(), command.nip(), command.objectionId(), caller, role,
                command.text().trim(), today, basis)));
    }

    @CommandHandler
    public void handle(DecideObjectionCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgency(command.actor(), employee.agencyId());
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = evaluation.finalResult(command.nip());
        if (result.objectionId() == null) {
            throw ProblemException.notFound("Objection", command.objectionId());
        }
        if (!command.actor().subject().equals(result.objectionAddressedTo())) {
            // PERF-09: the appraiser's superior decides
            throw PerfRule.PERF_09.forbidden("The objection is decided by the appraiser's superior (atasan pejabat "
                    + "penilai kinerja); you are " + command.actor().subject() + ".", result.objectionAddressedTo());
        }
        if (command.decision() == null) {
            throw PerfRule.PERF_09.invalid("decision", "decision is UPHOLD or CHANGE");
        }
        if (command.reason() == null || command.reason().isBlank()) {
            throw PerfRule.PERF_09.invalid("reason", "the decision on an objection states its reason");
        }
        if (rules.objection().explanationsRequired()) {
            requireExplanations(evaluation, result, command.nip(), today, rules);
        }
        ExpectationRating work = result.workResult();
        ExpectationRating behaviour = result.behaviour();
        if (command.decision() == ObjectionDecision.CHANGE) {
            requireRatings(command.workResultRating(), command.behaviourRating());
            work = command.workResultRating();
            behaviour = command.behaviourRating();
        }
        Predikat predikat = PredikatMatrix.predikat(work, behaviour);
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_09, PerfRule.PERF_06);
        String id = PerformanceIds.evaluationId(evaluation.unitId(), period.year(), period.code());
        ObjectionDecidedEvent decided = new ObjectionDecidedEvent(id, evaluation.agencyId(), evaluation.unitId(),
                period.year(), period.code(), command.nip(), command.objectionId(), command.decision(),
                result.predikat(), work, behaviour, predikat, command.reason().trim(), command.actor().subject(),
                today, basis);
        // the superior's decision is final; a changed result is finalised again (and flows to org-service)
        EmployeePredikatFinalisedEvent finalised = command.decision() == ObjectionDecision.CHANGE
                ? new EmployeePredikatFinalisedEvent(id, evaluation.agencyId(), evaluation.unitId(), period.year(),
                period.code(), command.nip(), predikat, work, behaviour, "OBJECTION_DECISION", today, basis)
                : null;
        aggregate.execute(e -> e.decideObjection(decided, finalised));
    }

    @CommandHandler
    public String handle(RecordFollowUpCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgencyRole(command.actor(), employee.agencyId(), Roles.STAFFING_AUTHORITY, Roles.AGENCY_ADMIN);
        if (command.kind() == null || command.description() == null || command.description().isBlank()) {
            throw PerfRule.PERF_10.invalid(command.kind() == null ? "kind" : "description",
                    "a follow-up names its kind (REWARD or SANCTION) and describes it");
        }
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), command.period(), rules);
        LocalDate today = context.today();
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = requireFinal(evaluation, command.nip(), today, rules);
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_10);
        aggregate.execute(e -> e.recordFollowUp(new FollowUpRecordedEvent(PerformanceIds.evaluationId(
                evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(), evaluation.unitId(),
                period.year(), period.code(), command.nip(), command.followUpId(), command.kind(),
                command.description().trim(), command.legalBasis(), result.predikat(), command.actor().subject(),
                today, basis)));
        return command.followUpId();
    }

    @CommandHandler
    public double handle(ConvertFunctionalCreditCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        Access.requireAgencyRole(command.actor(), employee.agencyId(), Roles.STAFFING_AUTHORITY, Roles.AGENCY_ADMIN);
        PerfRuleSet rules = context.rules();
        Period period = PeriodCalendar.period(command.year(), PeriodCalendar.ANNUAL, rules);
        LocalDate today = context.today();
        FunctionalLevel level = employee.functionalLevel().orElseThrow(() -> PerfRule.PERF_10.refusal("nip",
                "employee " + command.nip() + " holds no Jabatan Fungsional; only a functional official's annual "
                        + "predikat converts to functional credit (angka kredit)"));
        Aggregate<Evaluation> aggregate = evaluationOf(command.nip(), period, today);
        Evaluation evaluation = Aggregates.root(aggregate);
        Result result = requireFinal(evaluation, command.nip(), today, rules);
        int percentage = rules.functionalCredit().percentages().get(result.predikat());
        double coefficient = rules.functionalCredit().annualCoefficients().get(level);
        // PERF-10: credit = the level's annual coefficient x the predikat's percentage (rule set data)
        double credit = Math.round(coefficient * percentage) / 100.0;
        RuleBasis basis = context.basis(evaluation.agencyId(), rules, PerfRule.PERF_10);
        aggregate.execute(e -> e.convertCredit(new FunctionalCreditConvertedEvent(PerformanceIds.evaluationId(
                evaluation.unitId(), period.year(), period.code()), evaluation.agencyId(), evaluation.unitId(),
                period.year(), command.nip(), result.predikat(), level, coefficient, percentage, credit,
                command.actor().subject(), today, basis)));
        return credit;
    }

    // ---------------------------------------------------------------- helpers

    private static void requireRatings(ExpectationRating workResult, ExpectationRating behaviour) {
        if (workResult == null || behaviour == null) {
            throw PerfRule.PERF_06.invalid(workResult == null ? "workResultRating" : "behaviourRating",
                    "work results (hasil kerja) and behaviour (perilaku kerja) are each rated "
                            + List.of(ExpectationRating.values()));
        }
    }

    /**
     * PERF-06b: behaviour (perilaku kerja) is rated on the seven BerAKHLAK core values; where the appraiser rates the
     * values, all seven are rated (none left out), besides the overall behaviour rating the matrix uses.
     */
    private static void requireAllCoreValues(Map<CoreValue, ExpectationRating> aspects) {
        if (aspects == null || aspects.isEmpty()) {
            return;
        }
        List<CoreValue> missing = java.util.Arrays.stream(CoreValue.values())
                .filter(v -> aspects.get(v) == null).toList();
        if (!missing.isEmpty()) {
            throw PerfRule.PERF_06.invalid("behaviourAspects", "behaviour is rated on the seven BerAKHLAK core values "
                    + "together; not rated: " + missing);
        }
    }

    /** PERF-10: follow-up acts on a final predikat: objection decided, or the objection window passed without one. */
    private static Result requireFinal(Evaluation evaluation, String nip, LocalDate today, PerfRuleSet rules) {
        Result result = evaluation.finalResult(nip);
        if (result.objectionPending()) {
            throw PerfRule.PERF_10.refusal("nip", "an objection (" + result.objectionId() + ") of " + nip
                    + " awaits the superior's decision; the predikat is not final yet");
        }
        Optional<LocalDate> received = rules.objection().fromReceipt() ? evaluation.receivedOn(nip)
                : Optional.of(result.finalisedOn());
        if (result.objectionId() == null && received.isEmpty()) {
            throw PerfRule.PERF_10.refusal("nip", "the receipt of " + nip + "'s result is not recorded: the objection "
                    + "window (" + rules.objection().days() + " days from receipt, " + rules.objection().citation()
                    + ") has not started, so the predikat is not final yet");
        }
        LocalDate windowEnd = received.orElse(result.finalisedOn()).plusDays(rules.objection().days());
        if (result.objectionId() == null && !today.isAfter(windowEnd)) {
            throw PerfRule.PERF_10.refusal("nip", "the predikat of " + nip + " becomes final after the objection "
                    + "window closes on " + windowEnd + " (PERF-09)");
        }
        return result;
    }

    /**
     * PERF-09: before deciding, the superior asked the appraiser and the employee for explanations (PP 30/2019 Pasal
     * 59(3)), and each answered or let the rule set's days pass.
     */
    private static void requireExplanations(Evaluation evaluation, Result result, String nip, LocalDate today,
                                            PerfRuleSet rules) {
        String article = rules.objection().explanationCitation();
        Evaluation.Explanations asked = evaluation.explanations(nip).orElseThrow(() -> ProblemException.rule(
                PerfRule.PERF_09.id(), article, "objectionId", "PERF-09: before deciding, the superior asks the "
                        + "appraiser and the employee for explanations (" + article + "); none were asked for on "
                        + "objection " + result.objectionId()));
        List<String> waiting = new ArrayList<>();
        for (String party : List.of(result.appraiserNip(), nip)) {
            if (!asked.answered(party) && !today.isAfter(asked.answerBy())) {
                waiting.add(party);
            }
        }
        if (!waiting.isEmpty()) {
            throw ProblemException.rule(PerfRule.PERF_09.id(), article, "objectionId", "PERF-09: the explanation of "
                    + String.join(" and ", waiting) + " was asked for on " + asked.requestedOn() + " and is awaited "
                    + "until " + asked.answerBy() + " (" + article + "; " + rules.objection().explanationDays()
                    + " days, " + rules.ref() + ")");
        }
    }

    private String evaluationId(UnitFacts unit, Period period) {
        return PerformanceIds.evaluationId(unit.unitId(), period.year(), period.code());
    }

    /** The evaluation of the unit and period, opened by this act if it is the first. */
    private Aggregate<Evaluation> open(UnitFacts unit, Period period) {
        String id = evaluationId(unit, period);
        return Aggregates.find(evaluations, id).orElseGet(() -> Aggregates.create(evaluations, () -> new Evaluation(
                new EvaluationOpenedEvent(id, unit.agencyId(), unit.unitId(), period.year(), period.code(),
                        period.start(), period.end()))));
    }

    /** The unit an employee is evaluated in: their unit on the period's last day, or today while it runs. */
    private UnitFacts unitOf(String nip, Period period, LocalDate today) {
        LocalDate on = today.isBefore(period.end()) ? today : period.end();
        // the unit comes from the org replica: a missing placement or position is not known yet, never a refusal
        String unitId = context.levels().unitOf(nip, on).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (placement or position) of employee", nip + " on " + on));
        return context.levels().unit(unitId);
    }

    private Aggregate<Evaluation> evaluationOf(String nip, Period period, LocalDate today) {
        UnitFacts unit = unitOf(nip, period, today);
        return Aggregates.load(evaluations, evaluationId(unit, period), "Evaluation");
    }

    /** PERF-09: the appraiser's superior is the appraiser's own appraiser. */
    private String superiorOf(String appraiserNip, LocalDate today) {
        return context.levels().appraiserOf(appraiserNip, today).map(Appraiser::nip).orElseThrow(() ->
                ProblemException.notYetKnown("Superior of appraiser (to whom the objection goes)", appraiserNip
                        + " on " + today));
    }

    /** Heads of the unit and of every unit above it on {@code date}, nearest first. */
    private List<String> headsFrom(UnitFacts unit, LocalDate date) {
        List<String> heads = new ArrayList<>();
        context.levels().headOf(unit.unitId(), date).ifPresent(heads::add);
        List<String> ancestors = new ArrayList<>(unit.ancestorUnitIds());
        java.util.Collections.reverse(ancestors);
        for (String a : ancestors) {
            context.levels().headOf(a, date).filter(h -> !heads.contains(h)).ifPresent(heads::add);
        }
        return heads;
    }

    /** The nearest head above the unit (the official one level up). */
    private Optional<String> headAbove(UnitFacts unit, LocalDate date) {
        List<String> ancestors = new ArrayList<>(unit.ancestorUnitIds());
        java.util.Collections.reverse(ancestors);
        for (String a : ancestors) {
            Optional<String> head = context.levels().headOf(a, date);
            if (head.isPresent()) {
                return head;
            }
        }
        return Optional.empty();
    }
}
