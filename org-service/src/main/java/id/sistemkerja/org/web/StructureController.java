package id.sistemkerja.org.web;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.org.api.StructureCommands.EstablishDepartmentCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishOrgUnitCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishPositionCommand;
import id.sistemkerja.org.query.EmployeeNames;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Departments (perangkat daerah), units (unit organisasi) and their job maps (peta jabatan), ORG-01, ORG-02, ORG-09. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Structure (perangkat daerah, unit organisasi, peta jabatan)")
public class StructureController {

    private final CommandDispatcher commands;
    private final OrgDirectory directory;
    private final MongoTemplate mongo;
    private final EmployeeNames names;
    private final Clock clock;

    public StructureController(CommandDispatcher commands, OrgDirectory directory, MongoTemplate mongo,
                               EmployeeNames names, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.mongo = mongo;
        this.names = names;
        this.clock = clock;
    }

    @Schema(description = "A department (perangkat daerah) to establish in the caller's agency")
    public record EstablishDepartmentRequest(
            @Schema(description = "Short code, unique in the agency; the id becomes <agencyId>.<code>",
                    example = "dinkes") @NotBlank @Pattern(regexp = OrgIds.CODE_PATTERN) String code,
            @Schema(description = "Kind of perangkat daerah", example = "DINAS") @NotNull UnitKind kind,
            @Schema(description = "Official name", example = "Dinas Kesehatan") @NotBlank String name) {
    }

    @Schema(description = "A unit (unit organisasi) to establish below a department or another unit")
    public record EstablishUnitRequest(
            @Schema(description = "Department or unit directly above", example = "kota-bandung.dinkes")
            @NotBlank String parentUnitId,
            @Schema(description = "Short code, unique below the parent; the id becomes <parentUnitId>.<code>",
                    example = "pkm-garuda") @NotBlank @Pattern(regexp = OrgIds.CODE_PATTERN) String code,
            @Schema(description = "Kind of unit", example = "PUSKESMAS") @NotNull UnitKind kind,
            @Schema(description = "Official name", example = "UPTD Puskesmas Garuda") @NotBlank String name) {
    }

    @Schema(description = "A department or unit as established")
    public record Established(String unitId, String parentUnitId, UnitKind kind, String name) {
    }

    @Schema(description = "A position (jabatan) to add to the unit's job map (peta jabatan)")
    public record EstablishPositionRequest(
            @Schema(description = "Short code, unique in the unit; the id becomes <unitId>:<code>", example = "kapus")
            @NotBlank @Pattern(regexp = OrgIds.CODE_PATTERN) String code,
            @Schema(description = "JPT_PRATAMA, ADMINISTRATOR, PENGAWAS, PELAKSANA or FUNGSIONAL") @NotNull PositionKind kind,
            @Schema(description = "Name of the position (nama jabatan)", example = "Dokter Ahli Madya") @NotBlank String title,
            @Schema(description = "Jenjang; required for FUNGSIONAL only", example = "AHLI_MADYA") FunctionalLevel functionalLevel,
            @Schema(description = "Kelas jabatan (1-17); required for PELAKSANA", example = "7") @Min(1) @Max(17) Integer jobClass,
            @Schema(description = "Kebutuhan: how many holders the job map provides for (default 1; structural: 1)")
            @Min(1) Integer capacity,
            @Schema(description = "The position leads the unit (Pimpinan Unit Organisasi)") boolean unitHead) {
    }

    @Schema(description = "A position of the job map with its holders on the date")
    public record JobMapPosition(PositionFacts position, List<Holder> holders) {
    }

    @Schema(description = "An employee holding a position, from a date")
    public record Holder(String nip, String fullName, LocalDate from, LocalDate until) {
    }

    @Schema(description = "An employee placed in the unit (kedudukan) on the date")
    public record Member(String nip, String fullName, String positionTitle, PositionKind positionKind,
                         String appraiserPositionId, LocalDate placedFrom) {
    }

    @PostMapping("/departments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a department (perangkat daerah) in the caller's agency",
            description = "ORG-01. By the agency's administrator (AGENCY_ADMIN). The kind must be a department kind "
                    + "(SEKRETARIAT_DAERAH, SEKRETARIAT_DPRD, INSPEKTORAT, DINAS, BADAN, SATUAN_POLISI_PAMONG_PRAJA, "
                    + "KECAMATAN, RSUD).")
    public Mono<Established> establishDepartment(@Valid @RequestBody EstablishDepartmentRequest request,
                                                 CallContext context) {
        String agencyId = context.actor().agencyId();
        String id = OrgIds.department(agencyId, request.code());
        return commands.send(new EstablishDepartmentCommand(id, agencyId, request.kind(), request.name(),
                        context.actor()), context)
                .thenReturn(new Established(id, null, request.kind(), request.name().trim()));
    }

    @GetMapping("/departments/{departmentId}")
    @Operation(summary = "A department (perangkat daerah)")
    public Mono<UnitFacts> department(@PathVariable String departmentId, CallContext context) {
        return unitOf(departmentId, context).filter(UnitFacts::isDepartment)
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Department", departmentId)));
    }

    @PostMapping("/units")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Establish a unit (unit organisasi) below a department or unit",
            description = "ORG-01, ORG-09: any depth (e.g. Sekretariat Daerah > Asisten > Bagian; Kecamatan > "
                    + "Kelurahan; Dinas > Bidang > Seksi). By the agency's administrator (AGENCY_ADMIN).")
    public Mono<Established> establishUnit(@Valid @RequestBody EstablishUnitRequest request, CallContext context) {
        String id = OrgIds.unit(request.parentUnitId(), request.code());
        return commands.send(new EstablishOrgUnitCommand(id, request.parentUnitId(), request.kind(), request.name(),
                        context.actor()), context)
                .thenReturn(new Established(id, request.parentUnitId(), request.kind(), request.name().trim()));
    }

    @GetMapping("/units/{unitId}")
    @Operation(summary = "A unit (unit organisasi) or department: department, parent, kind, head position")
    public Mono<UnitFacts> unit(@PathVariable String unitId, CallContext context) {
        return unitOf(unitId, context).switchIfEmpty(Mono.error(() -> ProblemException.notFound("Unit", unitId)));
    }

    @PostMapping("/units/{unitId}/positions")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a position (jabatan) to the unit's job map (peta jabatan)",
            description = "ORG-02: FUNGSIONAL needs functionalLevel (jenjang), PELAKSANA a jobClass (kelas jabatan). "
                    + "ORG-01/ORG-06: a head (unitHead) is a JPT Pratama, Administrator or Pengawas, or a Pejabat "
                    + "Fungsional of an independent unit (Puskesmas, UPTD Satuan Pendidikan). By AGENCY_ADMIN.")
    public Mono<PositionFacts> establishPosition(@PathVariable String unitId,
                                                 @Valid @RequestBody EstablishPositionRequest request,
                                                 CallContext context) {
        String id = OrgIds.position(unitId, request.code());
        return commands.send(new EstablishPositionCommand(unitId, id, request.kind(), request.title(),
                        request.functionalLevel(), request.jobClass(), request.capacity(), request.unitHead(),
                        context.actor()), context)
                .thenReturn(new PositionFacts(id, context.actor().agencyId(), unitId, null, request.kind(),
                        request.title().trim(), request.functionalLevel(), request.jobClass(),
                        request.capacity() == null ? 1 : request.capacity(), request.unitHead()));
    }

    @GetMapping("/units/{unitId}/positions")
    @Operation(summary = "The unit's job map (peta jabatan) with the holders of each position on a date")
    public Mono<List<JobMapPosition>> jobMap(@PathVariable String unitId,
                                             @Parameter(description = "Date (default: today)")
                                             @RequestParam(required = false)
                                             @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                             CallContext context) {
        LocalDate date = dateOrToday(asOf);
        return unit(unitId, context).flatMap(unit -> Blocking.mono(() -> {
            List<PositionFacts> positions = mongo.find(Query.query(where("unitId").is(unitId))
                    .with(Sort.by("_id")), PositionFacts.class, OrgReplica.POSITIONS);
            List<AppointmentRecord> appointments = mongo.find(Query.query(OrgReplica.inForce(
                    where("unitId").is(unitId), date)), AppointmentRecord.class, OrgReplica.APPOINTMENTS);
            Map<String, String> holderNames = names.of(appointments.stream().map(AppointmentRecord::nip)
                    .toList());
            return positions.stream().map(p -> new JobMapPosition(p, appointments.stream()
                    .filter(a -> a.positionId().equals(p.positionId()))
                    .map(a -> new Holder(a.nip(), holderNames.get(a.nip()), a.from(), a.until())).toList())).toList();
        }));
    }

    @GetMapping("/units/{unitId}/members")
    @Operation(summary = "Employees placed in the unit (kedudukan) on a date",
            description = "ORG-10: answered for any past date. Sub-units are not included. Paged (M6): page from 0, "
                    + "size up to 500 (default 200), by NIP.")
    public Mono<List<Member>> members(@PathVariable String unitId,
                                      @Parameter(description = "Date (default: today)")
                                      @RequestParam(required = false)
                                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                      @RequestParam(required = false) Integer page,
                                      @RequestParam(required = false) Integer size,
                                      CallContext context) {
        LocalDate date = dateOrToday(asOf);
        Paging paging = Paging.of(page, size);
        return unit(unitId, context).flatMap(unit -> Blocking.mono(() -> {
            List<PlacementRecord> placements = mongo.find(paging.apply(Query.query(OrgReplica.inForce(
                    where("unitId").is(unitId), date)).with(Sort.by("nip"))), PlacementRecord.class,
                    OrgReplica.PLACEMENTS);
            return placements.stream().map(p -> {
                EmployeeFacts employee = directory.employee(p.nip()).orElse(null);
                AppointmentRecord held = directory.appointmentOf(p.nip(), date).orElse(null);
                PositionFacts position = held == null ? null : directory.position(held.positionId()).orElse(null);
                return new Member(p.nip(), employee == null ? null : employee.fullName(),
                        position == null ? null : position.title(), held == null ? null : held.positionKind(),
                        p.appraiserPositionId(), p.from());
            }).toList();
        }));
    }

    @GetMapping("/positions/{positionId}")
    @Operation(summary = "A position (jabatan) with every holder over time (ORG-10)")
    public Mono<JobMapPosition> position(@PathVariable String positionId, CallContext context) {
        return Blocking.mono(() -> directory.position(positionId).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Position", positionId)))
                .doOnNext(p -> Access.requireAgency(context.actor(), p.agencyId()))
                .flatMap(p -> Blocking.mono(() -> {
                    List<AppointmentRecord> appointments = mongo.find(Query.query(where("positionId").is(positionId))
                            .with(Sort.by("from")), AppointmentRecord.class, OrgReplica.APPOINTMENTS);
                    Map<String, String> holderNames = names.of(appointments.stream().map(AppointmentRecord::nip)
                            .toList());
                    return new JobMapPosition(p, appointments.stream()
                            .map(a -> new Holder(a.nip(), holderNames.get(a.nip()), a.from(), a.until())).toList());
                }));
    }

    private Mono<UnitFacts> unitOf(String unitId, CallContext context) {
        return Blocking.mono(() -> directory.unit(unitId).orElse(null))
                .doOnNext(unit -> Access.requireAgency(context.actor(), unit.agencyId()));
    }

    private LocalDate dateOrToday(LocalDate asOf) {
        return asOf == null ? LocalDate.now(clock) : asOf;
    }
}
