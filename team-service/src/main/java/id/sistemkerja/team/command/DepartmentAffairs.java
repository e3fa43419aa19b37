package id.sistemkerja.team.command;

import java.util.Set;

/**
 * The government affairs (urusan pemerintahan, e.g. {@code PENANAMAN_MODAL}) a department carries out, as recorded in
 * team-service (TEAM-06 asks for them; org-service does not carry them yet). Implemented by a read model.
 */
public interface DepartmentAffairs {

    /** The affairs recorded for the department; empty when none are recorded. */
    Set<String> of(String departmentId);
}
