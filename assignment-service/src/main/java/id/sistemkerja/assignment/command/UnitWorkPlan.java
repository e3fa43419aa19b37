package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.AmendUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.SetUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.sistemkerja.assignment.command.AssignmentRule.AUD_03;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi, ASG-14); id {@code <unit>@<year>}. The
 * official the profile names (the unit head) sets it by the profile's deadline; a plan set later is recorded as late
 * and applies; changes are recorded amendments (AUD-03).
 */
@Aggregate
public class UnitWorkPlan {

    @AggregateIdentifier
    private String planId;
    private String agencyId;
    private String unitId;
    private int year;
    private int amendments;
    private final Map<String, PlanItem> items = new LinkedHashMap<>();

    protected UnitWorkPlan() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public String handle(SetUnitWorkPlanCommand command, Officials officials, AgencyProfiles profiles, Clock clock) {
        List<PlanItem> planned = validItems(command.items(), "items");
        if (planned.isEmpty()) {
            throw ProblemException.invalid("items", "a work plan lists at least one activity");
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation unit = officials.locationOfUnit(command.unitId());
        Access.requireAgency(command.actor(), unit.agencyId());
        Decision<UnitWorkPlanRequirement> decision = profiles.inForce(unit.agencyId(), today).unitWorkPlan();
        UnitWorkPlanRequirement requirement = decision.outcome();
        ActingOfficial acting = officials.authorize(command.actor(), List.of(setBy(requirement)),
                OfficialCase.forUnit(unit, today), decision.grounds(), "set the annual work plan of " + unit.unitId());
        LocalDate deadline = requirement.deadlineFor(command.year());
        // ASG-14: the deadline (SRG23 Pasal 7(1)) is the unit head's obligation, not a reason to block the unit's work
        // for a year: a plan set after it (a missed deadline, a unit created mid-year, 2023 before the Perwal took
        // effect) is recorded as late, visibly, and applies
        boolean late = deadline != null && today.isAfter(deadline);
        if (planId != null) {
            throw ProblemException.conflict("Work plan " + planId + " is already set; change it by an amendment");
        }
        apply(new UnitWorkPlanSetEvent(command.planId(), unit.agencyId(), unit, command.year(), planned, today,
                deadline, acting, decision.basis(), late));
        return command.planId();
    }

    /**
     * Amends the plan. The reason is required before the plan is even looked up (a reasonless amendment is refused
     * as such, 422, whether or not the plan exists), so the handler is reached for an unknown plan as well
     * ({@code CREATE_IF_MISSING}: nothing is stored when it refuses) and answers it with a 404.
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public int handle(AmendUnitWorkPlanCommand command, Officials officials, AgencyProfiles profiles, Clock clock) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw AUD_03.refusal("reason", "a plan amendment states its reason");
        }
        if (planId == null) {
            throw ProblemException.notFound("Work plan", command.planId());
        }
        LocalDate today = LocalDate.now(clock);
        UnitLocation unit = officials.locationOfUnit(unitId);
        Decision<UnitWorkPlanRequirement> decision = profiles.inForce(unit.agencyId(), today).unitWorkPlan();
        ActingOfficial acting = officials.authorize(command.actor(), List.of(setBy(decision.outcome())),
                OfficialCase.forUnit(unit, today), decision.grounds(), "amend the annual work plan of " + unitId);
        List<PlanItem> added = validItems(command.addItems(), "addItems");
        Set<String> removed = new HashSet<>(command.removeItemIds() == null ? List.of() : command.removeItemIds());
        Map<String, PlanItem> amended = new LinkedHashMap<>(items);
        for (String id : removed) {
            if (amended.remove(id) == null) {
                throw ProblemException.invalid("removeItemIds", "item " + id + " is not in the plan");
            }
        }
        for (PlanItem item : added) {
            if (amended.putIfAbsent(item.itemId(), item) != null) {
                throw ProblemException.invalid("addItems", "item " + item.itemId() + " is already in the plan");
            }
        }
        int no = amendments + 1;
        apply(new UnitWorkPlanAmendedEvent(planId, agencyId, unitId, year, no, added, List.copyOf(removed),
                List.copyOf(amended.values()), command.reason().trim(), today, acting,
                decision.basis().with(AUD_03)));
        return no;
    }

    /** Ids of the items in force (an order cites one of them, ASG-14). */
    List<String> itemIds() {
        return List.copyOf(items.keySet());
    }

    private static Official setBy(UnitWorkPlanRequirement requirement) {
        return requirement.setBy() == null ? Official.UNIT_HEAD : requirement.setBy();
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

    @EventSourcingHandler
    void on(UnitWorkPlanSetEvent e) {
        planId = e.planId();
        agencyId = e.agencyId();
        unitId = e.unit().unitId();
        year = e.year();
        e.items().forEach(i -> items.put(i.itemId(), i));
    }

    @EventSourcingHandler
    void on(UnitWorkPlanAmendedEvent e) {
        amendments = e.amendmentNo();
        items.clear();
        e.items().forEach(i -> items.put(i.itemId(), i));
    }
}
