package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on the structure: departments (perangkat daerah), units (unit organisasi) and their job maps. */
public final class StructureCommands {

    private StructureCommands() {
    }

    /** Establishes a department (the root unit of its tree) in the actor's agency. */
    public record EstablishDepartmentCommand(@TargetAggregateIdentifier String departmentId, String agencyId,
                                             UnitKind kind, String name, Actor actor) {
    }

    /** Establishes a unit under {@code parentUnitId} (a department or another unit). */
    public record EstablishOrgUnitCommand(@TargetAggregateIdentifier String unitId, String parentUnitId,
                                          UnitKind kind, String name, Actor actor) {
    }

    /** Adds a position to the unit's job map (peta jabatan). */
    public record EstablishPositionCommand(@TargetAggregateIdentifier String unitId, String positionId,
                                           PositionKind kind, String title, FunctionalLevel functionalLevel,
                                           Integer jobClass, Integer capacity, boolean unitHead, Actor actor) {
    }
}
