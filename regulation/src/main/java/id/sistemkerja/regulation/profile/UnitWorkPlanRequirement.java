package id.sistemkerja.regulation.profile;

import java.time.LocalDate;
import java.time.MonthDay;

/**
 * The annual unit work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi, ASG-14).
 *
 * @param required                        the profile requires one per unit and year
 * @param setBy                           who sets it
 * @param deadline                        day of the year before by which it must be set
 * @param assignmentsReferToPlanItem      every assignment refers to an item of the plan in force
 * @param performancePlansReferToPlanItem SKP targets refer to an item of the plan in force
 * @param changeRequiresAmendment         a change of activities needs a plan amendment
 */
public record UnitWorkPlanRequirement(boolean required,
                                      Official setBy,
                                      MonthDay deadline,
                                      boolean assignmentsReferToPlanItem,
                                      boolean performancePlansReferToPlanItem,
                                      boolean changeRequiresAmendment) {

    /** Last day to set the plan for {@code year} (e.g. 31 December of the year before); null when not required. */
    public LocalDate deadlineFor(int year) {
        return required && deadline != null ? deadline.atYear(year - 1) : null;
    }
}
