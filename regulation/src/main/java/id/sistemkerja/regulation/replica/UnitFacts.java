package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.UnitKind;
import org.springframework.data.annotation.Id;

import java.util.List;

/**
 * A department (perangkat daerah: {@code unitId == departmentId}, no parent) or an organisation unit inside one.
 *
 * @param ancestorUnitIds every unit above, from the department down to the parent (empty for a department)
 * @param headPositionId  the position that leads the unit (Pimpinan Unit Organisasi), null until one is established
 */
public record UnitFacts(@Id String unitId, String agencyId, String departmentId, UnitKind departmentKind,
                        String parentUnitId, List<String> ancestorUnitIds, UnitKind kind, String name,
                        String headPositionId) {

    public UnitFacts {
        ancestorUnitIds = ancestorUnitIds == null ? List.of() : List.copyOf(ancestorUnitIds);
    }

    public boolean isDepartment() {
        return unitId.equals(departmentId);
    }
}
