package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.WorkResultCommands.ResubmitWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewDecision;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.SubmitWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultEvents.ReviewLevel;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultAcceptedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultPassedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultResubmittedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultReturnedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultSubmittedEvent;
import id.sistemkerja.performance.command.PerformancePlan.WorkRole;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review chain of work results (PERF-02, PERF-03): the individual or their team lead submits to Level II of the
 * unit where the work is done; the head at each level of that unit's review chain ({@link OrgLevels#reviewUnits}),
 * resolved on the day of the review, passes it on or returns it for rework; Level I accepts it, and only then it is
 * done.
 */
@Component
public class WorkResultCommandHandler {

    private final Repository<WorkResult> results;
    private final Repository<PerformancePlan> plans;
    private final DecisionContext context;

    public WorkResultCommandHandler(Repository<WorkResult> workResultRepository,
                                    Repository<PerformancePlan> performancePlanRepository, DecisionContext context) {
        this.results = workResultRepository;
        this.plans = performancePlanRepository;
        this.context = context;
    }

    @CommandHandler
    public String handle(SubmitWorkResultCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        LocalDate today = context.today();
        PerformancePlan plan = Aggregates.find(plans, PerformanceIds.planId(command.nip(), command.year()))
                .map(Aggregates::root).orElseThrow(() -> context.cited(PerfRule.PERF_02, employee.agencyId())
                        .refusal("nip", "employee " + command.nip()
                        + " has no SKP for " + command.year() + "; a result realises a target of it"));
        Target target = plan.target(command.targetNumber()).orElseThrow(() -> ProblemException.invalid(
                "targetNumber", "the SKP of " + command.nip() + " has no target " + command.targetNumber()));
        String unitId = command.unitId() != null && !command.unitId().isBlank() ? command.unitId()
                : context.levels().unitOf(command.nip(), today).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (placement or position) of employee", command.nip() + " on " + today));
        UnitFacts unit = context.levels().unit(unitId);
        String caller = command.actor().subject();
        String submitterRole;
        if (caller.equals(command.nip())) {
            submitterRole = "EMPLOYEE";
            requireAgencyOf(command.actor(), employee.agencyId(), unit.agencyId());
        } else if (plan.rolesOn(today).stream().anyMatch(r -> caller.equals(r.leadNip())
                && r.unitId().equals(unit.unitId()))) {
            submitterRole = "TEAM_LEAD";
            Access.requireAgency(command.actor(), unit.agencyId());
        } else {
            // PERF-02: results are submitted by the individual or the lead
            throw context.cited(PerfRule.PERF_02, unit.agencyId()).forbidden("A result of " + command.nip()
                    + " is submitted by the employee or the team lead of a role in unit " + unit.unitId() + "; you are " + caller + ".",
                    command.nip() + leadsOf(plan, unit.unitId(), today));
        }
        if (command.title() == null || command.title().isBlank() || command.result() == null
                || command.result().isBlank()) {
            throw ProblemException.invalid(command.title() == null || command.title().isBlank() ? "title" : "result",
                    "a work result has a title and describes the result");
        }
        List<ReviewLevel> chain = chainOf(unit.unitId());
        PerfRuleSet rules = context.rules();
        RuleBasis basis = context.basis(unit.agencyId(), rules, PerfRule.PERF_02, PerfRule.PERF_03);
        Aggregates.create(results, () -> new WorkResult(new WorkResultSubmittedEvent(command.workResultId(),
                unit.agencyId(), command.nip(), command.year(), target.targetRef(), unit.unitId(), command.title().trim(),
                command.result().trim(), command.links() == null ? List.of() : List.copyOf(command.links()), caller,
                submitterRole, today, chain, basis)));
        return command.workResultId();
    }

    @CommandHandler
    public void handle(ReviewWorkResultCommand command) {
        Aggregate<WorkResult> aggregate = Aggregates.load(results, command.workResultId(), "Work result");
        WorkResult result = Aggregates.root(aggregate);
        Access.requireAgency(command.actor(), result.agencyId());
        LocalDate today = context.today();
        ReviewLevel level = result.currentLevel();
        Optional<String> head = context.levels().headOf(level.unitId(), today);
        if (head.isEmpty() || !head.get().equals(command.actor().subject())) {
            // PERF-03: the head of the current level reviews (Level II first, then Level I)
            throw context.cited(PerfRule.PERF_03, result.agencyId()).forbidden("Work result "
                    + command.workResultId() + " is under review at "
                    + level.level() + " (unit " + level.unitId() + "); you are " + command.actor().subject() + ".",
                    head.orElse("the head of " + level.unitId() + " (vacant)"));
        }
        if (command.decision() == null) {
            throw context.cited(PerfRule.PERF_03, result.agencyId()).invalid("decision",
                    "decision is PASS or RETURN");
        }
        PerfRuleSet rules = context.rules();
        RuleBasis basis = context.basis(result.agencyId(), rules, PerfRule.PERF_03);
        if (command.decision() == ReviewDecision.RETURN) {
            aggregate.execute(r -> r.returnForRework(new WorkResultReturnedEvent(command.workResultId(),
                    result.agencyId(), result.step(), head.get(), level.unitId(),
                    command.reason() == null ? null : command.reason().trim(), today, basis)));
        } else if (result.atLevelOne()) {
            aggregate.execute(r -> r.accept(new WorkResultAcceptedEvent(command.workResultId(), result.agencyId(),
                    head.get(), level.unitId(), today, command.reason(), basis)));
        } else {
            aggregate.execute(r -> r.pass(new WorkResultPassedEvent(command.workResultId(), result.agencyId(),
                    result.step(), result.step() + 1, head.get(), level.unitId(), today, command.reason(), basis)));
        }
    }

    @CommandHandler
    public void handle(ResubmitWorkResultCommand command) {
        Aggregate<WorkResult> aggregate = Aggregates.load(results, command.workResultId(), "Work result");
        WorkResult result = Aggregates.root(aggregate);
        Access.requireAgency(command.actor(), result.agencyId());
        String caller = command.actor().subject();
        if (!caller.equals(result.nip()) && !caller.equals(result.leadNip())) {
            throw context.cited(PerfRule.PERF_03, result.agencyId()).forbidden("A returned result is reworked and "
                    + "resubmitted by its submitter.",
                    result.nip() + (result.leadNip() == null ? "" : " or " + result.leadNip()));
        }
        if (command.result() == null || command.result().isBlank()) {
            throw ProblemException.invalid("result", "the reworked result is required");
        }
        aggregate.execute(r -> r.resubmit(new WorkResultResubmittedEvent(command.workResultId(), result.agencyId(),
                command.result().trim(), command.links() == null ? List.of() : List.copyOf(command.links()), caller,
                result.round() + 1, context.today())));
    }

    /** Levels of the unit's review chain: Level II first, Level I last, Asisten between in the Setda. */
    private List<ReviewLevel> chainOf(String unitId) {
        List<String> units = context.levels().reviewUnits(unitId);
        List<ReviewLevel> chain = new ArrayList<>();
        for (int i = 0; i < units.size(); i++) {
            String level = i == units.size() - 1 ? "LEVEL_I" : i == 0 ? "LEVEL_II" : "INTERMEDIATE";
            chain.add(new ReviewLevel(units.get(i), level));
        }
        return chain;
    }

    private static String leadsOf(PerformancePlan plan, String unitId, LocalDate today) {
        StringBuilder leads = new StringBuilder();
        for (WorkRole role : plan.rolesOn(today)) {
            if (role.leadNip() != null && role.unitId().equals(unitId)) {
                leads.append(" or ").append(role.leadNip()).append(" (team lead)");
            }
        }
        return leads.toString();
    }

    private static void requireAgencyOf(Actor actor, String employeeAgency, String unitAgency) {
        if (!employeeAgency.equals(actor.agencyId()) && !unitAgency.equals(actor.agencyId())) {
            throw ProblemException.forbidden("The employee belongs to agency " + employeeAgency + " and the unit to "
                    + unitAgency + "; you act for agency " + actor.agencyId() + ".", "callers acting for either");
        }
    }
}
