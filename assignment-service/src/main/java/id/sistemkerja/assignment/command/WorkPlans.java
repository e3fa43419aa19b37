package id.sistemkerja.assignment.command;

import java.util.List;
import java.util.Optional;

/** The units' annual work plans as orders cite them (ASG-14): the items in force of a plan, if it was set. */
public interface WorkPlans {

    /** Ids of the items in force of plan {@code planId}; empty when the unit has set no such plan. */
    Optional<List<String>> itemIds(String planId);
}
