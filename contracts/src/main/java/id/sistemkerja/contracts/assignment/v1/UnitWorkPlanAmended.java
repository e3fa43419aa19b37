package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The unit's annual work plan was amended by a recorded act (a change of activities, ASG-14).
 *
 * @param items          every item in force after the amendment
 * @param removedItemIds items no longer in the plan
 */
@IntegrationEvent(type = "assignment.UnitWorkPlanAmended", version = 1)
public record UnitWorkPlanAmended(String planId,
                                  String agencyId,
                                  String unitId,
                                  int year,
                                  int amendmentNo,
                                  List<WorkPlanItem> items,
                                  List<WorkPlanItem> added,
                                  List<String> removedItemIds,
                                  String reason,
                                  LocalDate amendedOn,
                                  String amendedBy,
                                  String profileId,
                                  int profileVersion,
                                  List<String> ruleIds) {
}
