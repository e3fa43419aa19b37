package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.UnitWorkPlanRequirement;

import java.util.List;
import java.util.Optional;

/**
 * ASG-14: where the profile requires it (SRG23 Pasal 8(1)), an assignment cites an item in force of the owning unit's
 * annual work plan for the year it starts. A plan set late applies (it is recorded as late when set).
 */
final class PlanItems {

    private PlanItems() {
    }

    /**
     * Refuses terms that cite no item, or one not in force, where {@code requirement} makes assignments rest on the
     * plan; {@code plans} gives the items of a plan.
     *
     * @return true when the rule applied (the decision names ASG-14)
     */
    static boolean check(Decision<UnitWorkPlanRequirement> requirement, String owningUnitId, AssignmentTerms terms,
                         WorkPlans plans) {
        UnitWorkPlanRequirement plan = requirement.outcome();
        if (plan == null || !plan.required() || !plan.assignmentsReferToPlanItem()) {
            return false;
        }
        int year = terms.validFrom().getYear();
        if (terms.planItemId() == null) {
            throw requirement.refusal("planItemId", "ASG-14: under " + requirement.basis().profileId()
                    + " an assignment cites an item of the unit's annual work plan for " + year);
        }
        String planId = UnitWorkPlanCommands.planId(owningUnitId, year);
        Optional<List<String>> items = plans.itemIds(planId);
        if (items.isEmpty()) {
            throw requirement.refusal("planItemId", "ASG-14: unit " + owningUnitId + " has no annual work plan for "
                    + year + "; its head sets one (a late plan applies, recorded as late)");
        }
        if (!items.get().contains(terms.planItemId())) {
            throw requirement.refusal("planItemId", "ASG-14: item " + terms.planItemId() + " is not in force in plan "
                    + planId + " (items: " + items.get() + ")");
        }
        return true;
    }
}
