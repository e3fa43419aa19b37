package id.sistemkerja.performance.command;

import java.util.List;
import java.util.Optional;

/**
 * performance-service's copy of the units' annual work plans (ASG-14), kept from assignment-service's
 * {@code assignment.UnitWorkPlanSet} / {@code UnitWorkPlanAmended} events. A plan not in it is not known yet: a
 * decision that needs it waits (409 fact-not-yet-known).
 */
public interface UnitWorkPlans {

    /** The plan {@code <unitId>@<year>} with the items in force after its latest amendment. */
    Optional<UnitWorkPlan> plan(String planId);

    /**
     * One unit's plan for a year as known here.
     *
     * @param itemIds     the items in force
     * @param amendmentNo the latest amendment applied (0: as set)
     */
    record UnitWorkPlan(String planId, String unitId, int year, List<String> itemIds, int amendmentNo) {

        public UnitWorkPlan {
            itemIds = List.copyOf(itemIds);
        }
    }

    /** Plan ids are readable, as assignment-service writes them: {@code <unitId>@<year>}. */
    static String planId(String unitId, int year) {
        return unitId + "@" + year;
    }
}
