package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.AmendUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.SetUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** ASG-14: the unit head sets the unit's annual plan by the profile's deadline; changes are recorded amendments. */
@Component
public class UnitWorkPlanCommandHandler {

    private final Repository<UnitWorkPlan> plans;
    private final Officials officials;
    private final AgencyProfiles profiles;
    private final Clock clock;
    private final EventStore events;

    public UnitWorkPlanCommandHandler(Repository<UnitWorkPlan> unitWorkPlanRepository, Officials officials,
                                      AgencyProfiles profiles, Clock clock, EventStore events) {
        this.events = events;
        this.plans = unitWorkPlanRepository;
        this.officials = officials;
        this.profiles = profiles;
        this.clock = clock;
    }

    @CommandHandler
    public String handle(SetUnitWorkPlanCommand command) throws Exception {
        List<PlanItem> items = validItems(command.items(), "items");
        if (items.isEmpty()) {
            throw ProblemException.invalid("items", "a work plan lists at least one activity");
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation unit = officials.locationOfUnit(command.unitId());
        Access.requireAgency(command.actor(), unit.agencyId());
        Decision<UnitWorkPlanRequirement> decision = profiles.inForce(unit.agencyId(), today).unitWorkPlan();
        UnitWorkPlanRequirement requirement = decision.outcome();
        String article = decision.citations().get(0).text();
        Official setBy = requirement.setBy() == null ? Official.UNIT_HEAD : requirement.setBy();
        ActingOfficial acting = officials.authorize(command.actor(), List.of(setBy), OfficialCase.forUnit(unit, today),
                "ASG-14", article, "set the annual work plan of " + unit.unitId());
        LocalDate deadline = requirement.deadlineFor(command.year());
        // ASG-14: the deadline (SRG23 Pasal 7(1)) is the unit head's obligation, not a reason to block the unit's work
        // for a year: a plan set after it (a missed deadline, a unit created mid-year, 2023 before the Perwal took
        // effect) is recorded as late, visibly, and applies
        boolean late = deadline != null && today.isAfter(deadline);
        String planId = command.planId();
        if (Aggregates.exists(events, planId)) {
            throw ProblemException.conflict("Work plan " + planId + " is already set; change it by an amendment");
        }
        plans.newInstance(() -> new UnitWorkPlan(new UnitWorkPlanSetEvent(planId, unit.agencyId(), unit,
                command.year(), items, today, deadline, acting, decision.basis(), late)));
        return planId;
    }

    @CommandHandler
    public int handle(AmendUnitWorkPlanCommand command) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AssignmentRule.AUD_03.refusal("reason", "a plan amendment states its reason");
        }
        UnitWorkPlan plan = Aggregates.load(plans, command.planId(), "Work plan");
        LocalDate today = LocalDate.now(clock);
        UnitLocation unit = officials.locationOfUnit(plan.unitId());
        Decision<UnitWorkPlanRequirement> decision = profiles.inForce(unit.agencyId(), today).unitWorkPlan();
        Official setBy = decision.outcome().setBy() == null ? Official.UNIT_HEAD : decision.outcome().setBy();
        ActingOfficial acting = officials.authorize(command.actor(), List.of(setBy), OfficialCase.forUnit(unit, today),
                "ASG-14", decision.citations().get(0).text(), "amend the annual work plan of " + unit.unitId());
        List<PlanItem> added = validItems(command.addItems(), "addItems");
        Set<String> removed = new HashSet<>(command.removeItemIds() == null ? List.of() : command.removeItemIds());
        Map<String, PlanItem> items = new LinkedHashMap<>();
        plan.items().forEach(i -> items.put(i.itemId(), i));
        for (String id : removed) {
            if (items.remove(id) == null) {
                throw ProblemException.invalid("removeItemIds", "item " + id + " is not in the plan");
            }
        }
        for (PlanItem item : added) {
            if (items.putIfAbsent(item.itemId(), item) != null) {
                throw ProblemException.invalid("addItems", "item " + item.itemId() + " is already in the plan");
            }
        }
        int no = plan.amendments() + 1;
        plan.amend(new UnitWorkPlanAmendedEvent(command.planId(), plan.agencyId(), plan.unitId(), plan.year(), no,
                added, List.copyOf(removed), List.copyOf(items.values()), command.reason().trim(), today, acting,
                Bases.with(decision.basis(), "AUD-03")));
        return no;
    }

    private static List<PlanItem> validItems(List<PlanItem> items, String field) {
        List<PlanItem> valid = new ArrayList<>();
        for (PlanItem item : items == null ? List.<PlanItem>of() : items) {
            if (item == null || item.itemId() == null || item.itemId().isBlank() || item.activity() == null
                    || item.activity().isBlank()) {
                throw ProblemException.invalid(field, "each plan item has an itemId and an activity");
            }
            valid.add(item);
        }
        return valid;
    }
}
