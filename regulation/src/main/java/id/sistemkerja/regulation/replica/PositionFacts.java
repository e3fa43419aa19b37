package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import org.springframework.data.annotation.Id;

/** A position (jabatan) in a unit's job map (peta jabatan). */
public record PositionFacts(@Id String positionId, String agencyId, String unitId, String departmentId,
                            PositionKind kind, String title, FunctionalLevel functionalLevel, Integer jobClass,
                            int capacity, boolean unitHead) {
}
