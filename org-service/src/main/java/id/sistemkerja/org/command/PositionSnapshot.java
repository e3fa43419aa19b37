package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

/** A position of a unit's job map, as placement and appointment decisions see it. */
public record PositionSnapshot(String positionId, String unitId, String departmentId, PositionKind kind, String title,
                               FunctionalLevel functionalLevel, Integer jobClass, int capacity, boolean unitHead) {
}
