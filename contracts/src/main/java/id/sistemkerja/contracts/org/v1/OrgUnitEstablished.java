package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.UnitKind;

import java.util.List;

/**
 * An organisation unit (unit organisasi) was established inside a department.
 *
 * @param parentUnitId    the unit (or department) directly above
 * @param ancestorUnitIds every unit above, from the department down to the parent
 * @param departmentKind  kind of the department the unit belongs to
 */
@IntegrationEvent(type = "org.OrgUnitEstablished", version = 1)
public record OrgUnitEstablished(String unitId,
                                 String agencyId,
                                 String departmentId,
                                 UnitKind departmentKind,
                                 String parentUnitId,
                                 List<String> ancestorUnitIds,
                                 UnitKind kind,
                                 String name) {
}
