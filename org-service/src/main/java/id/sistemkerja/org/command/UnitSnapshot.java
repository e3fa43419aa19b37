package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;

import java.util.List;
import java.util.Set;

/**
 * A department or unit as placement decisions see it.
 *
 * @param ancestorUnitIds the line above, from the department down to the parent
 * @param hasJobMap       the unit's job map (peta jabatan) lists at least one JF or Pelaksana position
 * @param hasPengawas     the unit has a Pengawas position (ORG-08 asks)
 * @param headKind        position kind of the unit head's position; null while the unit has no head position
 * @param structuralKinds structural position kinds (JPT Pratama, Administrator, Pengawas) in the unit's job map
 */
public record UnitSnapshot(String unitId, String agencyId, String departmentId, UnitKind departmentKind,
                           String parentUnitId, List<String> ancestorUnitIds, UnitKind kind, String headPositionId,
                           boolean hasJobMap, boolean hasPengawas, PositionKind headKind,
                           Set<PositionKind> structuralKinds) {

    public UnitSnapshot {
        ancestorUnitIds = List.copyOf(ancestorUnitIds);
        structuralKinds = structuralKinds == null ? Set.of() : Set.copyOf(structuralKinds);
    }

    /** The unit itself or one of the units above it. */
    public boolean isOrIsBelow(String otherUnitId) {
        return unitId.equals(otherUnitId) || ancestorUnitIds.contains(otherUnitId);
    }
}
