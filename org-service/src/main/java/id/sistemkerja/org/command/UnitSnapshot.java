package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.UnitKind;

import java.util.List;

/**
 * A department or unit as placement decisions see it.
 *
 * @param ancestorUnitIds the line above, from the department down to the parent
 * @param hasJobMap       the unit's job map (peta jabatan) lists at least one JF or Pelaksana position
 * @param hasPengawas     the unit has a Pengawas position (ORG-08 asks)
 */
public record UnitSnapshot(String unitId, String agencyId, String departmentId, UnitKind departmentKind,
                           String parentUnitId, List<String> ancestorUnitIds, UnitKind kind, String headPositionId,
                           boolean hasJobMap, boolean hasPengawas) {

    /** The unit itself or one of the units above it. */
    public boolean isOrIsBelow(String otherUnitId) {
        return unitId.equals(otherUnitId) || ancestorUnitIds.contains(otherUnitId);
    }
}
