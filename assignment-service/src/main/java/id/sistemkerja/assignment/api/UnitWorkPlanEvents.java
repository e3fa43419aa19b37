package id.sistemkerja.assignment.api;

import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a unit's annual work plan (ASG-14). */
public final class UnitWorkPlanEvents {

    private UnitWorkPlanEvents() {
    }

    /**
     * @param deadline the last day the profile allowed; null where it sets none
     * @param late     set after the deadline (revision 2; false in revision 1, when a late plan was refused): the
     *                 deadline is the unit head's obligation, a late plan is recorded as such and applies (ASG-14)
     */
    @Revision("2")
    public record UnitWorkPlanSetEvent(String planId, String agencyId, UnitLocation unit, int year,
                                       List<PlanItem> items, LocalDate setOn, LocalDate deadline,
                                       ActingOfficial setBy, DecisionBasis decision, boolean late) {
    }

    /** @param items every item in force after the amendment */
    @Revision("1")
    public record UnitWorkPlanAmendedEvent(String planId, String agencyId, String unitId, int year, int amendmentNo,
                                           List<PlanItem> added, List<String> removedItemIds, List<PlanItem> items,
                                           String reason, LocalDate amendedOn, ActingOfficial amendedBy,
                                           DecisionBasis decision) {
    }
}
