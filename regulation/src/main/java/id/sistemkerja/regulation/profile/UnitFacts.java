package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.util.Set;

/**
 * What a profile needs to know about an organisation unit and its department for placement (ORG-07, ORG-08, ORG-11)
 * and coordinator (TEAM-06) questions.
 *
 * @param headKind            position kind of the unit head (Pimpinan Unit Organisasi)
 * @param structuralKinds     structural position kinds filled in the unit (e.g. ADMINISTRATOR, PENGAWAS)
 * @param hasJobMap           the unit's job map (peta jabatan) has been set by the PPK
 * @param departmentKind      kind of the department (perangkat daerah), e.g. {@code INSPEKTORAT}, {@code DINAS}
 * @param departmentAffairs   government affairs (urusan pemerintahan) the department carries out, upper snake case,
 *                            e.g. {@code PENANAMAN_MODAL}
 * @param departmentHasUptd   the department has a Unit Pelaksana Teknis Daerah
 * @param headIsAppraiser     the unit head is also the appraiser (Pejabat Penilai Kinerja) of the person concerned
 *                            (TEAM-06, Bandung: the one-level structure); null when not known or not asked
 */
public record UnitFacts(PositionKind headKind,
                        Set<PositionKind> structuralKinds,
                        boolean hasJobMap,
                        String departmentKind,
                        Set<String> departmentAffairs,
                        boolean departmentHasUptd,
                        Boolean headIsAppraiser) {

    public UnitFacts {
        structuralKinds = structuralKinds == null ? Set.of() : Set.copyOf(structuralKinds);
        departmentAffairs = departmentAffairs == null ? Set.of() : Set.copyOf(departmentAffairs);
    }

    public UnitFacts(PositionKind headKind, Set<PositionKind> structuralKinds, boolean hasJobMap, String departmentKind,
                     Set<String> departmentAffairs, boolean departmentHasUptd) {
        this(headKind, structuralKinds, hasJobMap, departmentKind, departmentAffairs, departmentHasUptd, null);
    }

    /** A unit with a job map whose head is of {@code headKind} and whose structural posts are {@code structuralKinds}. */
    public static UnitFacts of(PositionKind headKind, Set<PositionKind> structuralKinds) {
        return new UnitFacts(headKind, structuralKinds, true, null, Set.of(), false);
    }

    public UnitFacts withJobMap(boolean hasJobMap) {
        return new UnitFacts(headKind, structuralKinds, hasJobMap, departmentKind, departmentAffairs, departmentHasUptd,
                headIsAppraiser);
    }

    public UnitFacts inDepartment(String departmentKind, Set<String> departmentAffairs, boolean departmentHasUptd) {
        return new UnitFacts(headKind, structuralKinds, hasJobMap, departmentKind, departmentAffairs, departmentHasUptd,
                headIsAppraiser);
    }

    /** A copy saying whether the unit head is also the appraiser of the person concerned (TEAM-06). */
    public UnitFacts withHeadIsAppraiser(Boolean headIsAppraiser) {
        return new UnitFacts(headKind, structuralKinds, hasJobMap, departmentKind, departmentAffairs, departmentHasUptd,
                headIsAppraiser);
    }
}
