package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit head set the unit's annual work plan for {@code year} (ASG-14; Serang: by 31 December of the year before).
 * Assignments — and, under serang-2023, SKP targets — refer to its items.
 *
 * @param deadline the last day the profile allowed for setting it; null where the profile sets none
 * @param late     optional (added December 2026): true when the plan was set after the deadline; it is recorded as
 *                 late and applies all the same (ASG-14); absent in events published before
 */
@IntegrationEvent(type = "assignment.UnitWorkPlanSet", version = 1)
public record UnitWorkPlanSet(String planId,
                              String agencyId,
                              String departmentId,
                              String unitId,
                              int year,
                              List<WorkPlanItem> items,
                              LocalDate setOn,
                              LocalDate deadline,
                              String setBy,
                              String profileId,
                              int profileVersion,
                              List<String> ruleIds,
                              Boolean late) {

    /** The event as published before {@code late} was added. */
    public UnitWorkPlanSet(String planId, String agencyId, String departmentId, String unitId, int year,
                           List<WorkPlanItem> items, LocalDate setOn, LocalDate deadline, String setBy,
                           String profileId, int profileVersion, List<String> ruleIds) {
        this(planId, agencyId, departmentId, unitId, year, items, setOn, deadline, setBy, profileId, profileVersion,
                ruleIds, null);
    }
}
