package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.performance.api.FeedbackKind;
import id.sistemkerja.performance.api.FeedbackRole;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.PerformanceIds.TargetRef;
import id.sistemkerja.performance.api.PlanCommands.DraftPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.EndWorkRoleCommand;
import id.sistemkerja.performance.api.PlanCommands.GiveFeedbackCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordLeadInputCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordEvidenceCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordWorkRoleCommand;
import id.sistemkerja.performance.api.PlanCommands.SetExpectationCommand;
import id.sistemkerja.performance.api.PlanCommands.SetPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.SignPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.ValidateIndividualIndicatorsCommand;
import id.sistemkerja.performance.api.IndicatorValidatorRef;
import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.api.WorkPlanItemRef;
import id.sistemkerja.performance.api.PlanEvents.IndividualIndicatorsValidatedEvent;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.regulation.coordination.IndicatorValidator;
import id.sistemkerja.regulation.coordination.TechnicalCoordination;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;
import id.sistemkerja.regulation.profile.Verdict;
import id.sistemkerja.performance.api.PlanEvents.EvidenceRecordedEvent;
import id.sistemkerja.performance.api.PlanEvents.ExpectationSetEvent;
import id.sistemkerja.performance.api.PlanEvents.FeedbackGivenEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSetEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSignedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleEndedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleRecordedEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.performance.command.OrgLevels.Appraiser;
import id.sistemkerja.performance.command.PerformancePlan.WorkRole;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.performance.command.rules.PeriodCalendar;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decisions on an employee's SKP: who may draft, sign and set it (PERF-08), what its targets may support (the
 * superior's targets: the agreements and heads on the review chain of the employee's unit and of every unit where a
 * role is recorded, and the appraiser's plan), who records roles, expectations, evidence and feedback (PERF-02,
 * PERF-04, PERF-05). Any act opens the plan's record for the year.
 */
@Component
public class PlanCommandHandler {

    /** In which capacity the caller acts on the employee's plan. */
    record Capacity(FeedbackRole role, String workRoleId) {
    }

    private final Repository<PerformancePlan> plans;
    private final Repository<PerformanceAgreement> agreements;
    private final DecisionContext context;
    private final UnitWorkPlans workPlans;

    public PlanCommandHandler(Repository<PerformancePlan> performancePlanRepository,
                              Repository<PerformanceAgreement> performanceAgreementRepository,
                              DecisionContext context, UnitWorkPlans workPlans) {
        this.plans = performancePlanRepository;
        this.agreements = performanceAgreementRepository;
        this.context = context;
        this.workPlans = workPlans;
    }

    @CommandHandler
    public String handle(DraftPerformancePlanCommand command) {
        EmployeeFacts employee = employee(command.planId(), command.nip(), command.year(), command.actor());
        LocalDate today = context.today();
        OrgLevels levels = context.levels();
        Optional<Appraiser> appraiser = levels.appraiserOf(command.nip(), today);
        String caller = command.actor().subject();
        if (!caller.equals(command.nip()) && appraiser.map(a -> !a.nip().equals(caller)).orElse(true)) {
            throw PerfRule.PERF_08.forbidden("The SKP of " + command.nip() + " is drafted by the employee or the "
                    + "appraiser (Pejabat Penilai Kinerja).", command.nip() + appraiser.map(a -> " or " + a.nip())
                    .orElse(""));
        }
        // the unit is a fact of the org replica: a missing placement or position is not known yet, never a refusal
        String unitId = levels.unitOf(command.nip(), today).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (placement or position) of employee", command.nip() + " on " + today));
        PerfRuleSet rules = context.rules();
        RegulationProfile profile = context.profile(employee.agencyId());
        Aggregate<PerformancePlan> aggregate = open(employee, command.year(), today);
        PerformancePlan plan = Aggregates.root(aggregate);
        List<String> owners = superiorTargets(plan, command.targets(), unitId, appraiser, today);
        List<Target> targets = Targets.number(command.planId(), command.targets(), owners);
        WorkPlanLink link = workPlanItems(profile, plan, command.targets(), unitId);
        IndicatorValidatorRef validator = indicatorValidator(profile, employee, today, appraiser);
        RuleBasis basis = context.basis(employee.agencyId(), rules, PerfRule.PERF_08);
        RuleBasis recorded = link.items().isEmpty() ? basis : withRuleIds(basis, "ASG-14");
        aggregate.execute(p -> p.draft(new PerformancePlanDraftedEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), unitId, caller, appraiser.map(Appraiser::nip).orElse(null),
                targets, recorded, validator, link.items())));
        return command.planId();
    }

    @CommandHandler
    public void handle(ValidateIndividualIndicatorsCommand command) {
        EmployeeFacts employee = employee(command.planId(), command.nip(), command.year(), command.actor());
        LocalDate today = context.today();
        RegulationProfile profile = context.profile(employee.agencyId());
        Optional<Appraiser> appraiser = context.levels().appraiserOf(command.nip(), today);
        IndicatorValidatorRef validator = indicatorValidator(profile, employee, today, appraiser);
        if (validator.nip() == null) {
            // the official is a fact of the org replica: missing (or the position vacant there) is not known yet
            throw ProblemException.notYetKnown("Official who validates the indicators (IKI) of employee",
                    command.nip() + " on " + today + (validator.positionId() == null ? ""
                            : " (holder of " + validator.positionId() + ")"));
        }
        if (!validator.nip().equals(command.actor().subject())) {
            boolean coordination = "TECHNICAL_COORDINATION".equals(validator.basis());
            String article = coordination ? coordinationArticle(profile, employee)
                    : PerfRule.PERF_08.article();
            throw ProblemException.forbidden(coordination ? "ORG-11" : PerfRule.PERF_08.id(), article,
                    "The individual performance indicators (IKI) of " + command.nip() + " are validated by "
                            + (coordination ? "the official who coordinates the JF technically" : "the appraiser "
                            + "(Pejabat Penilai Kinerja), as the profile sets no technical coordination")
                            + "; you are " + command.actor().subject() + ". Who may: " + validator.nip() + " ("
                            + validator.positionId() + ").");
        }
        Aggregate<PerformancePlan> aggregate = Aggregates.load(plans, command.planId(), "Performance plan (SKP)");
        PerformancePlan plan = Aggregates.root(aggregate);
        PerfRuleSet rules = context.rules();
        RuleBasis basis = withRuleIds(context.basis(employee.agencyId(), rules, PerfRule.PERF_08), "ORG-11");
        aggregate.execute(p -> p.validateIndicators(new IndividualIndicatorsValidatedEvent(command.planId(),
                command.nip(), employee.agencyId(), command.year(), validator,
                plan.targets().stream().map(Target::targetRef).toList(), today, basis)));
    }

    @CommandHandler
    public void handle(SignPerformancePlanCommand command) {
        EmployeeFacts employee = employee(command.planId(), command.nip(), command.year(), command.actor());
        if (!command.actor().subject().equals(command.nip())) {
            // PERF-08: the employee signs their own plan
            throw PerfRule.PERF_08.forbidden("Only the employee signs their own SKP; you are "
                    + command.actor().subject() + ".", command.nip());
        }
        Aggregate<PerformancePlan> aggregate = Aggregates.load(plans, command.planId(), "Performance plan (SKP)");
        PerfRuleSet rules = context.rules();
        aggregate.execute(p -> p.sign(new PerformancePlanSignedEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), context.today(),
                context.basis(employee.agencyId(), rules, PerfRule.PERF_08))));
    }

    @CommandHandler
    public void handle(SetPerformancePlanCommand command) {
        EmployeeFacts employee = employee(command.planId(), command.nip(), command.year(), command.actor());
        LocalDate today = context.today();
        Appraiser appraiser = requireAppraiser(command.nip(), today);
        if (!appraiser.nip().equals(command.actor().subject())) {
            // PERF-08: the appraiser (incl. a delegate) sets the plan
            throw PerfRule.PERF_08.forbidden("The SKP of " + command.nip() + " is set by the appraiser (Pejabat "
                    + "Penilai Kinerja) on " + today + "; you are " + command.actor().subject() + ".",
                    appraiser.nip() + " (" + appraiser.basis() + ")");
        }
        Aggregate<PerformancePlan> aggregate = Aggregates.load(plans, command.planId(), "Performance plan (SKP)");
        PerformancePlan plan = Aggregates.root(aggregate);
        PerfRuleSet rules = context.rules();
        aggregate.execute(p -> p.set(new PerformancePlanSetEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), plan.unitId(), appraiser.nip(), appraiser.basis(), today,
                plan.targets(), context.basis(employee.agencyId(), rules, PerfRule.PERF_08))));
    }

    @CommandHandler
    public String handle(RecordWorkRoleCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        UnitFacts unit = context.levels().unit(command.unitId());
        requireAgencyOf(command.actor(), employee.agencyId(), unit.agencyId());
        LocalDate today = context.today();
        requireRoleAuthority(command.actor(), command.nip(), unit.unitId(), today);
        if (command.role() == null || command.role().isBlank()) {
            throw PerfRule.PERF_08.invalid("role", "the role (peran) in the unit's results is required");
        }
        if (command.from() == null || (command.until() != null && command.until().isBefore(command.from()))) {
            throw ProblemException.invalid("from", "from is required and not after until");
        }
        if (command.basisKind() == null) {
            throw ProblemException.invalid("basisKind", "basisKind (ASSIGNMENT_ORDER, WORK_TEAM, SPECIAL_ASSIGNMENT) "
                    + "is required");
        }
        PerfRuleSet rules = context.rules();
        Aggregate<PerformancePlan> aggregate = open(employee, command.year(), today);
        aggregate.execute(p -> p.recordRole(new WorkRoleRecordedEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.roleId(), unit.unitId(), command.role().trim(),
                command.leadNip(), command.assignerNip(), command.basisKind(), command.basisReference(),
                command.from(), command.until(), command.actor().subject(),
                context.basis(employee.agencyId(), rules, PerfRule.PERF_08))));
        return command.roleId();
    }

    @CommandHandler
    public void handle(EndWorkRoleCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        Aggregate<PerformancePlan> aggregate = Aggregates.load(plans, command.planId(), "Performance plan (SKP)");
        WorkRole role = Aggregates.root(aggregate).role(command.roleId());
        UnitFacts unit = context.levels().unit(role.unitId());
        requireAgencyOf(command.actor(), employee.agencyId(), unit.agencyId());
        requireRoleAuthority(command.actor(), command.nip(), unit.unitId(), context.today());
        if (command.until() == null) {
            throw ProblemException.invalid("until", "until (last day of the role) is required");
        }
        aggregate.execute(p -> p.endRole(new WorkRoleEndedEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.roleId(), command.until(),
                command.actor().subject())));
    }

    @CommandHandler
    public String handle(SetExpectationCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        LocalDate today = context.today();
        Aggregate<PerformancePlan> aggregate = open(employee, command.year(), today, command.actor());
        Capacity capacity = capacity(command.actor(), Aggregates.root(aggregate), today)
                .filter(c -> c.role() != FeedbackRole.TEAM_LEAD)
                .orElseThrow(() -> context.cited(PerfRule.PERF_04, employee.agencyId()).forbidden(
                        "Expectations (ekspektasi) for " + command.nip()
                        + " are set by the appraiser or the unit head (Level II / Level I); you are "
                        + command.actor().subject() + ".", whoMay(command.nip(), Aggregates.root(aggregate), today,
                        false)));
        if (command.text() == null || command.text().isBlank()) {
            throw ProblemException.invalid("text", "the expectation (ekspektasi) is required");
        }
        PerfRuleSet rules = context.rules();
        aggregate.execute(p -> p.setExpectation(new ExpectationSetEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.expectationId(), command.targetNumber(),
                command.coreValue(), command.text().trim(), command.actor().subject(), capacity.role(), today,
                command.coreValue() == null
                        ? context.basis(employee.agencyId(), rules, PerfRule.PERF_04)
                        : context.basis(employee.agencyId(), rules, PerfRule.PERF_04, PerfRule.PERF_06))));
        return command.expectationId();
    }

    @CommandHandler
    public String handle(RecordEvidenceCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        Access.requireAgency(command.actor(), employee.agencyId());
        if (!command.actor().subject().equals(command.nip())) {
            throw context.cited(PerfRule.PERF_04, employee.agencyId()).forbidden("Evidence (bukti dukung) is "
                    + "documented by the employee; you are "
                    + command.actor().subject() + ".", command.nip());
        }
        PerfRuleSet rules = context.rules();
        PeriodCalendar.period(command.year(), command.period(), rules);
        if (command.realisation() == null || command.realisation().isBlank()) {
            throw ProblemException.invalid("realisation", "the realisation (realisasi) is required");
        }
        List<String> links = command.links() == null ? List.of() : List.copyOf(command.links());
        Aggregate<PerformancePlan> aggregate = Aggregates.load(plans, command.planId(), "Performance plan (SKP)");
        aggregate.execute(p -> p.recordEvidence(new EvidenceRecordedEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.evidenceId(), command.targetNumber(), command.period(),
                command.realisation().trim(), links, context.today(),
                context.basis(employee.agencyId(), rules, PerfRule.PERF_04, PerfRule.PERF_07))));
        return command.evidenceId();
    }

    @CommandHandler
    public String handle(GiveFeedbackCommand command) {
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        LocalDate today = context.today();
        Aggregate<PerformancePlan> aggregate = open(employee, command.year(), today, command.actor());
        PerformancePlan plan = Aggregates.root(aggregate);
        Capacity capacity = capacity(command.actor(), plan, today).orElseThrow(() -> context.cited(PerfRule.PERF_05,
                employee.agencyId()).forbidden(
                "Feedback (umpan balik) on " + command.nip() + " is given by the appraiser, the unit head, a team "
                        + "lead or an official who gave a special assignment; you are " + command.actor().subject()
                        + ".", whoMay(command.nip(), plan, today, true)));
        if (command.text() == null || command.text().isBlank()) {
            throw ProblemException.invalid("text", "the feedback text is required");
        }
        PerfRuleSet rules = context.rules();
        if (command.period() != null) {
            PeriodCalendar.period(command.year(), command.period(), rules);
        }
        FeedbackKind kind = command.kind() == null ? FeedbackKind.FEEDBACK : command.kind();
        PerfRule applied = capacity.role() == FeedbackRole.TEAM_LEAD || capacity.role() == FeedbackRole.SPECIAL_ASSIGNMENT
                ? PerfRule.PERF_05 : PerfRule.PERF_02;
        aggregate.execute(p -> p.giveFeedback(new FeedbackGivenEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.feedbackId(), kind, command.actor().subject(),
                capacity.role(), capacity.workRoleId(), command.text().trim(), command.targetNumber(),
                command.period(), today, context.basis(employee.agencyId(), rules, applied, PerfRule.PERF_04))));
        return command.feedbackId();
    }

    @CommandHandler
    public String handle(RecordLeadInputCommand command) {
        // PERF-05: the lead's input reaches the SKP from team-service's recorded report, never from a caller
        if (!command.actor().isSystem()) {
            throw PerfRule.PERF_05.forbidden("A team lead's report arrives from team-service (POST "
                    + "/api/v1/teams/{id}/member-performance-reports); you are " + command.actor().subject() + ".",
                    "team-service (SYSTEM)");
        }
        EmployeeFacts employee = context.employee(command.nip());
        requirePlanId(command.planId(), command.nip(), command.year());
        if (command.text() == null || command.text().isBlank()) {
            throw ProblemException.invalid("text", "the lead's report is required");
        }
        LocalDate today = context.today();
        Aggregate<PerformancePlan> aggregate = open(employee, command.year(), today, command.actor());
        PerfRuleSet rules = context.rules();
        aggregate.execute(p -> p.giveFeedback(new FeedbackGivenEvent(command.planId(), command.nip(),
                employee.agencyId(), command.year(), command.feedbackId(), FeedbackKind.FEEDBACK, command.leadNip(),
                FeedbackRole.TEAM_LEAD, command.teamId(), command.text().trim(), null, null,
                command.reportedOn() != null ? command.reportedOn() : today,
                context.basis(employee.agencyId(), rules, PerfRule.PERF_05, PerfRule.PERF_04))));
        return command.feedbackId();
    }

    // ---------------------------------------------------------------- helpers

    /** The unit work plan items the drafted targets rest on (ASG-14), empty where the profile asks for none. */
    private record WorkPlanLink(List<WorkPlanItemRef> items) {
    }

    private static RuleBasis withRuleIds(RuleBasis basis, String... ruleIds) {
        List<String> ids = new ArrayList<>(basis.ruleIds());
        for (String id : ruleIds) {
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        return new RuleBasis(basis.profileId(), basis.profileVersion(), basis.ruleSetId(), basis.ruleSetVersion(),
                ids);
    }

    /**
     * ORG-11: who validates the SKP's indicators (IKI). Under a profile with technical coordination of JF by level
     * (Bekasi) and for a JF: the coordinating official from the org replica ({@link TechnicalCoordination}, the same
     * answer org-service gives); otherwise the appraiser.
     */
    private IndicatorValidatorRef indicatorValidator(RegulationProfile profile, EmployeeFacts employee,
                                                     LocalDate today, Optional<Appraiser> appraiser) {
        if (coordinated(profile, employee)) {
            IndicatorValidator v = TechnicalCoordination.validatorOf(context.levels().directory(), profile,
                    employee.nip(), today);
            if (v.basis() == IndicatorValidator.Basis.TECHNICAL_COORDINATION) {
                return new IndicatorValidatorRef(v.validatorNip(), v.positionId(), v.kind().name(),
                        v.basis().name(), v.nearestAbove());
            }
        }
        String positionId = appraiser.map(Appraiser::positionId).orElse(null);
        String kind = positionId == null ? null : context.levels().directory().position(positionId)
                .map(p -> p.kind().name()).orElse(null);
        return new IndicatorValidatorRef(appraiser.map(Appraiser::nip).orElse(null), positionId, kind, "APPRAISER",
                false);
    }

    private static boolean coordinated(RegulationProfile profile, EmployeeFacts employee) {
        return employee.positionKind().filter(k -> k == PositionKind.FUNGSIONAL).isPresent()
                && employee.functionalLevel().map(level -> profile.technicalCoordinator(level, null).verdict()
                != Verdict.NOT_APPLICABLE).orElse(false);
    }

    private static String coordinationArticle(RegulationProfile profile, EmployeeFacts employee) {
        return employee.functionalLevel().map(level -> profile.technicalCoordinator(level, null).citations()
                .stream().map(Citation::text).collect(java.util.stream.Collectors.joining("; ")))
                .orElse(profile.rule("ORG-11").map(r -> r.citation().text()).orElse("ORG-11"));
    }

    /**
     * ASG-14 (Serang, SRG23 Pasal 8(7)): every target rests on an item of the annual work plan in force of the
     * employee's unit (or, written {@code <unitId>@<year>#<itemId>}, of a unit on its review chain or of a recorded
     * role). A plan that has not reached this service yet is a retryable 409, never a refusal.
     */
    private WorkPlanLink workPlanItems(RegulationProfile profile, PerformancePlan plan, List<TargetDraft> drafts,
                                       String unitId) {
        Decision<UnitWorkPlanRequirement> link = profile.performancePlanWorkPlanLink();
        if (!link.isAllowed()) {
            return new WorkPlanLink(List.of());
        }
        String article = link.citations().get(0).text();
        Set<String> units = new LinkedHashSet<>(context.levels().reviewUnits(unitId));
        units.add(unitId);
        plan.rolesOfYear().forEach(r -> units.add(r.unitId()));
        List<Violation> problems = new ArrayList<>();
        List<WorkPlanItemRef> items = new ArrayList<>();
        List<TargetDraft> all = drafts == null ? List.of() : drafts;
        for (int i = 0; i < all.size(); i++) {
            String field = "targets[" + i + "].workPlanItem";
            String written = all.get(i) == null ? null : all.get(i).workPlanItem();
            if (written == null || written.isBlank()) {
                problems.add(Violation.ofRule("ASG-14", article, field, "under " + profile.id() + " every SKP target "
                        + "rests on an item of the unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit "
                        + "Organisasi) for " + plan.year() + ": name it as <itemId> or <unitId>@<year>#<itemId>"));
                continue;
            }
            String planId;
            String itemId;
            int hash = written.lastIndexOf('#');
            if (hash > 0) {
                planId = written.substring(0, hash).trim();
                itemId = written.substring(hash + 1).trim();
            } else {
                planId = UnitWorkPlans.planId(unitId, plan.year());
                itemId = written.trim();
            }
            String planUnit = planId.contains("@") ? planId.substring(0, planId.lastIndexOf('@')) : planId;
            if (!planId.endsWith("@" + plan.year()) || !units.contains(planUnit)) {
                problems.add(Violation.ofRule("ASG-14", article, field, "plan " + planId + " is not a plan for "
                        + plan.year() + " of the employee's unit " + unitId + ", a unit on its review chain or of a "
                        + "recorded role " + units));
                continue;
            }
            UnitWorkPlans.UnitWorkPlan unitPlan = workPlans.plan(planId).orElseThrow(() ->
                    ProblemException.notYetKnown("Unit work plan (Rencana Kerja Pelaksanaan Kegiatan Unit "
                            + "Organisasi)", planId));
            if (!unitPlan.itemIds().contains(itemId)) {
                problems.add(Violation.ofRule("ASG-14", article, field, "item " + itemId + " is not in force in plan "
                        + planId + " (items: " + unitPlan.itemIds() + ")"));
                continue;
            }
            items.add(new WorkPlanItemRef(i + 1, planId, itemId));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.rules("ASG-14: " + problems.get(0).message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems);
        }
        return new WorkPlanLink(List.copyOf(items));
    }

    private EmployeeFacts employee(String planId, String nip, int year, Actor actor) {
        EmployeeFacts employee = context.employee(nip);
        requirePlanId(planId, nip, year);
        Access.requireAgency(actor, employee.agencyId());
        return employee;
    }

    private static void requirePlanId(String planId, String nip, int year) {
        if (year < 2000 || year > 2100) {
            throw ProblemException.invalid("year", "year must be a calendar year, not " + year);
        }
        if (!PerformanceIds.planId(nip, year).equals(planId)) {
            throw ProblemException.invalid("planId", "the SKP of " + nip + " for " + year + " is "
                    + PerformanceIds.planId(nip, year));
        }
    }

    /** The plan's record for the year, opened by this act if it is the first. */
    private Aggregate<PerformancePlan> open(EmployeeFacts employee, int year, LocalDate today) {
        String planId = PerformanceIds.planId(employee.nip(), year);
        return Aggregates.find(plans, planId).orElseGet(() -> {
            String unitId = context.levels().unitOf(employee.nip(), today).orElse(null);
            return Aggregates.create(plans, () -> new PerformancePlan(new PerformancePlanOpenedEvent(planId,
                    employee.nip(), employee.agencyId(), year, unitId)));
        });
    }

    /** As {@link #open}, for acts of officials who may belong to another agency (a role across agencies). */
    private Aggregate<PerformancePlan> open(EmployeeFacts employee, int year, LocalDate today, Actor actor) {
        if (!employee.agencyId().equals(actor.agencyId()) && !actor.isSystem()) {
            // across agencies only as the lead or assigning official of a role recorded in the caller's agency
            Aggregate<PerformancePlan> existing = Aggregates.find(plans, PerformanceIds.planId(employee.nip(), year))
                    .orElseThrow(() -> forbiddenAgency(actor, employee));
            boolean roleHere = Aggregates.root(existing).rolesOn(today).stream().anyMatch(r -> context.levels()
                    .directory().unit(r.unitId()).map(u -> u.agencyId().equals(actor.agencyId())).orElse(false));
            if (!roleHere) {
                throw forbiddenAgency(actor, employee);
            }
            return existing;
        }
        return open(employee, year, today);
    }

    private static ProblemException forbiddenAgency(Actor actor, EmployeeFacts employee) {
        return ProblemException.forbidden("Employee " + employee.nip() + " belongs to agency " + employee.agencyId()
                + "; you act for agency " + actor.agencyId() + " and no role of theirs is recorded there.",
                "callers acting for agency " + employee.agencyId());
    }

    private void requireAgencyOf(Actor actor, String employeeAgency, String unitAgency) {
        if (!employeeAgency.equals(actor.agencyId()) && !unitAgency.equals(actor.agencyId())) {
            throw ProblemException.forbidden("The employee belongs to agency " + employeeAgency + " and the unit to "
                    + unitAgency + "; you act for agency " + actor.agencyId() + ".", "callers acting for either");
        }
    }

    /** PERF-08: a role is recorded by the employee's appraiser or a head on the review chain of the unit of the role. */
    private void requireRoleAuthority(Actor actor, String nip, String unitId, LocalDate today) {
        if (actor.isSystem()) {
            return; // assignment and team events (integration)
        }
        OrgLevels levels = context.levels();
        Optional<Appraiser> appraiser = levels.appraiserOf(nip, today);
        List<String> heads = levels.chainHeads(unitId, today);
        if (!heads.contains(actor.subject()) && appraiser.map(a -> !a.nip().equals(actor.subject())).orElse(true)) {
            throw PerfRule.PERF_08.forbidden("A role of " + nip + " in the results of unit " + unitId + " is recorded "
                    + "by the employee's appraiser or a head of that unit's review chain.",
                    String.join(", ", appraiser.map(a -> List.of(a.nip())).orElse(List.of())) + " " + heads);
        }
    }

    private Appraiser requireAppraiser(String nip, LocalDate date) {
        return context.levels().appraiserOf(nip, date).orElseThrow(() -> ProblemException.notYetKnown(
                "Appraiser (Pejabat Penilai Kinerja) of employee", nip + " on " + date));
    }

    /** The capacity in which {@code actor} acts on {@code plan} today, if any (PERF-02, PERF-05). */
    Optional<Capacity> capacity(Actor actor, PerformancePlan plan, LocalDate today) {
        OrgLevels levels = context.levels();
        String caller = actor.subject();
        if (levels.appraiserOf(plan.nip(), today).map(a -> a.nip().equals(caller)).orElse(false)) {
            return Optional.of(new Capacity(FeedbackRole.APPRAISER, null));
        }
        Optional<String> unit = levels.unitOf(plan.nip(), today);
        if (unit.isPresent() && levels.chainHeads(unit.get(), today).contains(caller)) {
            return Optional.of(new Capacity(FeedbackRole.UNIT_HEAD, null));
        }
        for (WorkRole role : plan.rolesOn(today)) {
            if (caller.equals(role.leadNip())) {
                return Optional.of(new Capacity(FeedbackRole.TEAM_LEAD, role.roleId()));
            }
            if (caller.equals(role.assignerNip()) || levels.chainHeads(role.unitId(), today).contains(caller)) {
                return Optional.of(new Capacity(FeedbackRole.SPECIAL_ASSIGNMENT, role.roleId()));
            }
        }
        return Optional.empty();
    }

    private String whoMay(String nip, PerformancePlan plan, LocalDate today, boolean leads) {
        OrgLevels levels = context.levels();
        Set<String> who = new LinkedHashSet<>();
        levels.appraiserOf(nip, today).ifPresent(a -> who.add(a.nip() + " (appraiser)"));
        levels.unitOf(nip, today).ifPresent(u -> levels.chainHeads(u, today).forEach(h -> who.add(h + " (unit head)")));
        for (WorkRole role : plan.rolesOn(today)) {
            if (leads && role.leadNip() != null) {
                who.add(role.leadNip() + " (team lead, role " + role.roleId() + ")");
            }
            if (role.assignerNip() != null) {
                who.add(role.assignerNip() + " (assigning official, role " + role.roleId() + ")");
            }
            levels.chainHeads(role.unitId(), today).forEach(h -> who.add(h + " (head of " + role.unitId() + ")"));
        }
        return who.isEmpty() ? "nobody is known on " + today : String.join(", ", who);
    }

    /**
     * PERF-08: every target names the superior target it supports: a target of the agreement of a unit on the review
     * chain of the employee's unit or of a unit where the employee has a role this year, or a target of the plan of
     * the appraiser, a head on those chains, or an official who assigned the role. Same year, never the own plan.
     */
    private List<String> superiorTargets(PerformancePlan plan, List<TargetDraft> drafts, String unitId,
                                         Optional<Appraiser> appraiser, LocalDate today) {
        OrgLevels levels = context.levels();
        Set<String> units = new LinkedHashSet<>(levels.reviewUnits(unitId));
        units.add(unitId);
        Set<String> officials = new LinkedHashSet<>(levels.chainHeads(unitId, today));
        appraiser.ifPresent(a -> officials.add(a.nip()));
        for (WorkRole role : plan.rolesOfYear()) {
            units.add(role.unitId());
            units.addAll(levels.reviewUnits(role.unitId()));
            officials.addAll(levels.chainHeads(role.unitId(), today));
            if (role.assignerNip() != null) {
                officials.add(role.assignerNip());
            }
        }
        List<String> owners = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        List<TargetDraft> all = drafts == null ? List.of() : drafts;
        for (int i = 0; i < all.size(); i++) {
            String field = "targets[" + i + "].supportsTargetRef";
            String ref = all.get(i) == null ? null : all.get(i).supportsTargetRef();
            Optional<TargetRef> parsed = PerformanceIds.parseTargetRef(ref == null ? null : ref.trim());
            if (parsed.isEmpty()) {
                problems.add(PerfRule.PERF_08.violation(field, "each target names the superior's target it supports "
                        + "(RHK atasan yang diintervensi) as pk:<unitId>:<year>#<n> or skp:<nip>:<year>#<n>"
                        + (ref == null ? "" : "; '" + ref + "' is neither")));
                owners.add(null);
                continue;
            }
            TargetRef target = parsed.get();
            owners.add(target.ownerId());
            if (PerformanceIds.yearOf(target.ownerId()) != plan.year()) {
                problems.add(PerfRule.PERF_08.violation(field, target + " belongs to another year than "
                        + plan.year()));
            } else if (target.ofAgreement()) {
                Optional<PerformanceAgreement> agreement = Aggregates.find(agreements, target.ownerId())
                        .map(Aggregates::root);
                if (agreement.isEmpty() || agreement.get().target(target.number()).isEmpty()) {
                    problems.add(PerfRule.PERF_08.violation(field, "target " + target + " does not exist"));
                } else if (!units.contains(agreement.get().unitId())) {
                    problems.add(PerfRule.PERF_08.violation(field, target + " is a target of unit "
                            + agreement.get().unitId() + ", which is neither on the review chain of the employee's "
                            + "unit " + unitId + " nor a unit where a role of the employee is recorded"));
                }
            } else {
                Optional<PerformancePlan> superior = target.ownerId().equals(plan.planIdOrNull()) ? Optional.empty()
                        : Aggregates.find(plans, target.ownerId()).map(Aggregates::root);
                if (target.ownerId().equals(plan.planIdOrNull())) {
                    problems.add(PerfRule.PERF_08.violation(field, "a target cannot support a target of the same "
                            + "SKP"));
                } else if (superior.isEmpty() || superior.get().target(target.number()).isEmpty()) {
                    problems.add(PerfRule.PERF_08.violation(field, "target " + target + " does not exist"));
                } else if (!officials.contains(superior.get().nip())) {
                    problems.add(PerfRule.PERF_08.violation(field, target + " is a target of " + superior.get().nip()
                            + ", who is not a superior of the employee (appraiser, unit head, or the official of a "
                            + "recorded role): " + officials));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw ProblemException.rules("PERF-08: " + problems.get(0).message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems);
        }
        return owners;
    }
}
