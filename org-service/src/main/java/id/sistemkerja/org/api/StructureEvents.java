package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of the structure (one stream per department or unit; positions live in their unit's stream). */
public final class StructureEvents {

    private StructureEvents() {
    }

    @Revision("1")
    public record DepartmentEstablishedEvent(String departmentId, String agencyId, UnitKind kind, String name) {
    }

    @Revision("1")
    public record OrgUnitEstablishedEvent(String unitId, String agencyId, String departmentId,
                                          UnitKind departmentKind, String parentUnitId,
                                          List<String> ancestorUnitIds, UnitKind kind, String name) {
    }

    @Revision("1")
    public record PositionEstablishedEvent(String positionId, String unitId, String agencyId, String departmentId,
                                           PositionKind kind, String title, FunctionalLevel functionalLevel,
                                           Integer jobClass, int capacity, boolean unitHead) {
    }

    /** A single-holder position (structural, or a unit head) was filled; private to org-service. */
    @Revision("1")
    public record PositionFilledEvent(String unitId, String positionId, String nip, LocalDate from) {
    }

    /** A single-holder position was vacated from {@code effectiveOn}; private to org-service. */
    @Revision("1")
    public record PositionVacatedEvent(String unitId, String positionId, String nip, LocalDate effectiveOn) {
    }
}
