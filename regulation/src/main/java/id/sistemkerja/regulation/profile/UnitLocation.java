package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.util.Objects;

/**
 * Where a unit sits: agency (instansi), department (perangkat daerah), unit. Two locations give the
 * {@link AssignmentScope} of an assignment or application between them (ASG-02).
 */
public record UnitLocation(String agencyId, String departmentId, String unitId) {

    public UnitLocation {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(departmentId, "departmentId");
        Objects.requireNonNull(unitId, "unitId");
    }

    /** Scope between the employee's unit (this) and the owning / target unit. */
    public AssignmentScope scopeTo(UnitLocation target) {
        if (!agencyId.equals(target.agencyId)) {
            return AssignmentScope.CROSS_AGENCY;
        }
        if (!departmentId.equals(target.departmentId)) {
            return AssignmentScope.CROSS_DEPARTMENT;
        }
        return unitId.equals(target.unitId) ? AssignmentScope.WITHIN_UNIT : AssignmentScope.CROSS_UNIT;
    }
}
