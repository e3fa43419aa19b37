package id.sistemkerja.assignment.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands on a unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi, ASG-14). */
public final class UnitWorkPlanCommands {

    private UnitWorkPlanCommands() {
    }

    /** One activity of the plan. */
    public record PlanItem(String itemId, String activity, String output) {
    }

    /** The unit head sets the plan for {@code year} (Serang: by 31 December of the year before). */
    public record SetUnitWorkPlanCommand(@TargetAggregateIdentifier String planId, String unitId, int year,
                                         List<PlanItem> items, Actor actor) {
    }

    /** A change of activities: a recorded amendment adding and/or removing items, with the reason. */
    public record AmendUnitWorkPlanCommand(@TargetAggregateIdentifier String planId, List<PlanItem> addItems,
                                           List<String> removeItemIds, String reason, Actor actor) {
    }

    /** Plan ids are readable: {@code <unitId>@<year>}. */
    public static String planId(String unitId, int year) {
        return unitId + "@" + year;
    }
}
