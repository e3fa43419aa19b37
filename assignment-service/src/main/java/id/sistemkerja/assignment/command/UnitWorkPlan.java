package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;


/** A unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi, ASG-14); id {@code <unit>@<year>}. */
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

    UnitWorkPlan(UnitWorkPlanSetEvent set) {
        Aggregates.apply(this, set);
    }

    void amend(UnitWorkPlanAmendedEvent amended) {
        Aggregates.apply(this, amended);
    }

    boolean hasItem(String itemId) {
        return items.containsKey(itemId);
    }

    List<String> itemIds() {
        return List.copyOf(items.keySet());
    }

    List<PlanItem> items() {
        return List.copyOf(items.values());
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

    int amendments() {
        return amendments;
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
