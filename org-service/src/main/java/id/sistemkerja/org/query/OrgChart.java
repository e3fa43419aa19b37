package id.sistemkerja.org.query;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import io.swagger.v3.oas.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

/** An agency's organisation chart (bagan organisasi) on a date, as nested JSON. */
@Schema(description = "Organisation chart of an agency (bagan organisasi instansi) on a date: departments (perangkat "
        + "daerah) with their units (unit organisasi) nested, each with its head (Pimpinan Unit Organisasi), job map "
        + "(peta jabatan) and the number of employees placed in it (kedudukan)")
public record OrgChart(String agencyId, String name, LocalDate asOf, int units, int positions, int employeesPlaced,
                       List<Node> departments) {

    @Schema(description = "A department (perangkat daerah) or unit (unit organisasi)")
    public record Node(String unitId, String name, UnitKind kind,
                       @Schema(description = "Head (Pimpinan Unit Organisasi); null until a head position exists")
                       Head head,
                       @Schema(description = "Employees placed in this unit on the date (kedudukan), sub-units not counted")
                       int membersPlaced,
                       @Schema(description = "Job map (peta jabatan) of this unit") List<JobMapEntry> jobMap,
                       @Schema(description = "Units directly below") List<Node> units) {
    }

    @Schema(description = "The head position of a unit and its holder on the date")
    public record Head(String positionId, String title, PositionKind kind, Holder holder) {
    }

    @Schema(description = "A position of the job map (peta jabatan): capacity is the kebutuhan, filled the bezetting "
            + "on the date; holders are listed for structural and head positions")
    public record JobMapEntry(String positionId, String title, PositionKind kind, FunctionalLevel functionalLevel,
                              Integer jobClass, int capacity, int filled, List<Holder> holders) {
    }

    @Schema(description = "An employee holding a position")
    public record Holder(String nip, String fullName) {
    }
}
