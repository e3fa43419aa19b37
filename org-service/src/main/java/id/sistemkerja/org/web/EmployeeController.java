package id.sistemkerja.org.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.org.api.EmployeeCommands.AppointEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.ChangeEmployeeDetailsCommand;
import id.sistemkerja.org.api.EmployeeCommands.EndAppointmentCommand;
import id.sistemkerja.org.api.EmployeeCommands.RecordAnnualPredikatCommand;
import id.sistemkerja.org.api.EmployeeCommands.RegisterEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.VoidEmployeeRegistrationCommand;
import id.sistemkerja.org.query.EmployeeHistoryQuery;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import id.sistemkerja.org.command.BoundProfilePlacementRules;
import id.sistemkerja.regulation.coordination.IndicatorValidator;
import id.sistemkerja.regulation.coordination.TechnicalCoordination;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.RegulationProfile;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

@RestController
@RequestMapping("/api/v1/employees")
@Tag(name = "Employees (Pegawai ASN)")
public class EmployeeController {

    private final CommandDispatcher commands;
    private final OrgDirectory directory;
    private final EmployeeHistoryQuery histories;
    private final AgencyProfiles profiles;
    private final Clock clock;

    public EmployeeController(CommandDispatcher commands, OrgDirectory directory, EmployeeHistoryQuery histories,
                              AgencyProfiles profiles, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.histories = histories;
        this.profiles = profiles;
        this.clock = clock;
    }

    @Schema(description = "Registration of an employee (Pegawai ASN) in the caller's agency")
    public record RegisterEmployeeRequest(
            @Schema(description = "NIP of a PNS: 18 digits, birth date + appointment month + sex digit + sequence; "
                    + "NI PPPK of a PPPK: 18 digits beginning with the birth date, the rest as BKN issued it (ORG-03)",
                    example = "198503122010011002") @NotBlank String nip,
            @Schema(description = "Full name (nama lengkap)", example = "Budi Santoso") @NotBlank String fullName,
            @Schema(description = "PNS or PPPK") @NotNull EmploymentType employmentType,
            @Schema(description = "Golongan ruang; required for PNS", example = "III_B") Rank rank,
            @Schema(description = "Highest education (pendidikan terakhir)", example = "S1") @NotNull Education education,
            @Schema(description = "Competencies (kompetensi)") List<String> competencies,
            @Schema(description = "JF hasil penyetaraan (converted from an administrative post)")
            boolean convertedFromAdministrative) {
    }

    @Schema(description = "The changeable personal facts of an employee, complete (kenaikan pangkat, new education, "
            + "competencies, hasil penyetaraan)")
    public record ChangeEmployeeRequest(
            @Schema(description = "Full name (nama lengkap)") @NotBlank String fullName,
            @Schema(description = "Golongan ruang; required for PNS", example = "III_C") Rank rank,
            @Schema(description = "Highest education (pendidikan terakhir)") @NotNull Education education,
            @Schema(description = "Competencies (kompetensi)") List<String> competencies,
            @Schema(description = "JF hasil penyetaraan") boolean convertedFromAdministrative,
            @Schema(description = "Date the change takes effect (TMT); default today") LocalDate effectiveOn) {
    }

    @Schema(description = "Appointment to a position (pengangkatan dalam jabatan)")
    public record AppointRequest(
            @Schema(description = "Position of a job map: <unitId>:<code>", example = "kota-bandung.dinkes.yankes:kabid")
            @NotBlank String positionId,
            @Schema(description = "First day in the position (TMT jabatan)") @NotNull LocalDate effectiveFrom,
            @Schema(description = "Number of the appointment decree (SK)", example = "821.2/Kep.123-BKPSDM/2024")
            String decreeNumber) {
    }

    @Schema(description = "An appointment as recorded")
    public record Appointed(String appointmentId, String nip, String positionId, LocalDate effectiveFrom) {
    }

    @Schema(description = "End of the current appointment without a new one (pensiun, pemberhentian, mutasi keluar)")
    public record EndAppointmentRequest(
            @Schema(description = "First day without the position") @NotNull LocalDate effectiveOn,
            @Schema(description = "Reason") String reason) {
    }

    @Schema(description = "Annual performance predikat of a year")
    public record PredikatRequest(@Schema(example = "2024") int year,
                                  @Schema(description = "Predikat kinerja pegawai") @NotNull Predikat predikat) {
    }

    @Schema(description = "An employee with the position held, the placement (kedudukan) and the appraiser "
            + "(Pejabat Penilai Kinerja) on the date asked")
    public record EmployeeOnDate(EmployeeFacts employee, LocalDate asOf, AppointmentRecord position,
                                 PlacementRecord placement, AppraiserOnDate appraiser) {
    }

    @Schema(description = "The national registrar's voiding of a registration by an agency that does not employ the "
            + "person (M7)")
    public record VoidRegistrationRequest(
            @Schema(description = "The agency whose registration of the NIP is void", example = "kota-bekasi")
            @NotBlank String agencyId,
            @Schema(description = "The agency the national register (BKN SIASN) names for this NIP; the only one that "
                    + "may register it next", example = "kota-bandung") @NotBlank String rightfulAgencyId,
            @Schema(description = "Why the registration is void", example = "NIP terdaftar pada instansi lain")
            @NotBlank String reason,
            @Schema(description = "The national register's letter or record", example = "BKN 123/KR.08/2026")
            @NotBlank String reference) {
    }

    @Schema(description = "A voided registration as recorded")
    public record RegistrationVoided(String nip, String agencyId, String rightfulAgencyId, LocalDate voidedOn) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an employee (Pegawai ASN) in the caller's agency",
            description = "ORG-03: the number is validated part by part by the layout of the employment type "
                    + "(PNS: nip.birthDate, nip.appointmentMonth, nip.sexDigit, nip.sequence; PPPK: 18 digits and "
                    + "nip.birthDate only, see docs/operations.md). By AGENCY_ADMIN.")
    public Mono<EmployeeFacts> register(@Valid @RequestBody RegisterEmployeeRequest request, CallContext context) {
        String agencyId = context.actor().agencyId();
        RegisterEmployeeCommand command = new RegisterEmployeeCommand(request.nip(), agencyId, request.fullName(),
                request.employmentType(), request.rank(), request.education(), request.competencies(),
                request.convertedFromAdministrative(), context.actor());
        return commands.send(command, context)
                .thenReturn(new EmployeeFacts(request.nip(), agencyId, request.fullName().trim(),
                        request.employmentType(), request.rank(), request.education(), request.competencies(),
                        request.convertedFromAdministrative(), null, null, List.of()));
    }

    @PostMapping("/{nip}/registration-voiding")
    @Operation(summary = "Void a registration of the NIP by an agency that does not employ the person (M7)",
            description = "By NATIONAL_REGISTRAR (BKN, a token without agency) on the word of the national register: "
                    + "records reason and reference (an audited act, never a rewrite), after which the employee is no "
                    + "agency's and only rightfulAgencyId may register the NIP (POST /api/v1/employees). 409 while "
                    + "the void agency's placement or appointment of the person is in force (its PPK ends them "
                    + "first) or when agencyId does not hold the registration.")
    public Mono<RegistrationVoided> voidRegistration(@PathVariable String nip,
                                                     @Valid @RequestBody VoidRegistrationRequest request,
                                                     CallContext context) {
        LocalDate today = LocalDate.now(clock);
        return commands.send(new VoidEmployeeRegistrationCommand(nip, request.agencyId(), request.rightfulAgencyId(),
                        request.reason(), request.reference(), today, context.actor()), context)
                .thenReturn(new RegistrationVoided(nip, request.agencyId(), request.rightfulAgencyId(), today));
    }

    @GetMapping("/{nip}")
    @Operation(summary = "An employee (Pegawai ASN) with position, placement (kedudukan) and appraiser "
            + "(Pejabat Penilai Kinerja) on a date")
    public Mono<EmployeeOnDate> get(@PathVariable String nip,
                                    @Parameter(description = "Date (default: today)") @RequestParam(required = false)
                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                                    CallContext context) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return employee(nip, context).flatMap(employee -> Blocking.mono(() -> new EmployeeOnDate(employee, date,
                directory.appointmentOf(nip, date).orElse(null), directory.placementOf(nip, date).orElse(null),
                directory.appraiserOf(nip, date).orElse(null))));
    }

    @PutMapping("/{nip}")
    @Operation(summary = "Change an employee's personal record (data pegawai)",
            description = "Records the complete new values (kenaikan pangkat, education, competencies, hasil "
                    + "penyetaraan); nothing is recorded when nothing changed. By AGENCY_ADMIN.")
    public Mono<ChangeEmployeeRequest> change(@PathVariable String nip, @Valid @RequestBody ChangeEmployeeRequest request,
                                              CallContext context) {
        LocalDate effectiveOn = request.effectiveOn() == null ? LocalDate.now(clock) : request.effectiveOn();
        return commands.send(new ChangeEmployeeDetailsCommand(nip, request.fullName(), request.rank(),
                        request.education(), request.competencies(), request.convertedFromAdministrative(),
                        effectiveOn, context.actor()), context)
                .thenReturn(request);
    }

    @PostMapping("/{nip}/appointments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint the employee to a position (pengangkatan dalam jabatan)",
            description = "ORG-10: historised; the previous appointment ends on effectiveFrom, which must come after "
                    + "it. By AGENCY_ADMIN or STAFFING_AUTHORITY (recording the PPK's decree).")
    public Mono<Appointed> appoint(@PathVariable String nip, @Valid @RequestBody AppointRequest request,
                                   CallContext context) {
        String id = Ids.newId(context, "appointment");
        return commands.send(new AppointEmployeeCommand(nip, id, request.positionId(), request.effectiveFrom(),
                        request.decreeNumber(), context.actor()), context)
                .thenReturn(new Appointed(id, nip, request.positionId(), request.effectiveFrom()));
    }

    @PostMapping("/{nip}/appointments/end")
    @Operation(summary = "End the employee's appointment without a new one (pemberhentian dari jabatan)")
    public Mono<EndAppointmentRequest> endAppointment(@PathVariable String nip,
                                                      @Valid @RequestBody EndAppointmentRequest request,
                                                      CallContext context) {
        return commands.send(new EndAppointmentCommand(nip, request.effectiveOn(), request.reason(), context.actor()),
                context).thenReturn(request);
    }

    @PostMapping("/{nip}/predikat")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record the annual performance predikat (predikat kinerja pegawai) of a year",
            description = "A later record for the same year supersedes the earlier one. By AGENCY_ADMIN; later fed "
                    + "by performance-service.")
    public Mono<PredikatRequest> recordPredikat(@PathVariable String nip, @Valid @RequestBody PredikatRequest request,
                                                CallContext context) {
        return commands.send(new RecordAnnualPredikatCommand(nip, request.year(), request.predikat(), "RECORDED",
                context.actor()), context).thenReturn(request);
    }

    @GetMapping("/{nip}/appraiser")
    @Operation(summary = "Who was the employee's appraiser (Pejabat Penilai Kinerja) on a date",
            description = "ORG-10, ORG-05: the delegate of a delegation in force that day, otherwise the holder of the "
                    + "appraiser position of the placement in force; 404 when the employee was not placed that day.")
    public Mono<AppraiserOnDate> appraiser(@PathVariable String nip,
                                           @Parameter(description = "Date (default: today)")
                                           @RequestParam(required = false)
                                           @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                           CallContext context) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return employee(nip, context).flatMap(employee -> Blocking.mono(() -> directory.appraiserOf(nip, on)
                        .orElse(null)))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Placement on " + on + " of employee", nip)));
    }

    @GetMapping("/{nip}/indicator-validator")
    @Operation(summary = "Who coordinates the employee technically and validates their individual performance "
            + "indicators (validator IKI, Indikator Kinerja Individu) on a date",
            description = "ORG-11 under the profile the agency is bound to that day (the common core before its first "
                    + "binding). Bekasi (bekasi-2023 with Perwal Bekasi 31/2021): a JF ahli madya/utama is coordinated "
                    + "by the JPT, ahli muda by an Administrator, ahli pertama and keterampilan by a Pengawas, every JF "
                    + "of the Inspektorat by an Administrator (Pasal 6(6)-(9)); that official validates the IKI (Pasal "
                    + "11(2)-(3)): the official of that kind in the JF's line (appraiser, then unit heads upwards), or "
                    + "the nearest more senior one where the line has none (nearestAbove). delegableTo names the JPT's "
                    + "power to delegate (Pasal 5(5)). Elsewhere, and for employees who are no JF, the appraiser "
                    + "(basis APPRAISER). This is coordination, not placement: it never decides who appraises. 409 "
                    + "fact-not-yet-known while a fact has not reached the org directory (retry).")
    public Mono<IndicatorValidator> indicatorValidator(@PathVariable String nip,
                                                       @Parameter(description = "Date (default: today)")
                                                       @RequestParam(required = false)
                                                       @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                                                       CallContext context) {
        LocalDate on = date == null ? LocalDate.now(clock) : date;
        return employee(nip, context).flatMap(employee -> Blocking.mono(() -> {
            RegulationProfile profile = profiles.find(employee.agencyId(), on).orElseGet(() ->
                    profiles.profiles().latest(BoundProfilePlacementRules.COMMON_CORE).orElseThrow());
            return TechnicalCoordination.validatorOf(directory, profile, nip, on);
        }));
    }

    @GetMapping("/{nip}/history")
    @Operation(summary = "The employee's history (riwayat): every recorded act in order",
            description = "Registration, changes, appointments, placements and predikat, each with who recorded it "
                    + "and when (AUD-01). Personnel data (H5): for the employee and the agency's administrators, "
                    + "PPK, PyB and auditors.")
    public Mono<List<EmployeeHistoryQuery.Entry>> history(@PathVariable String nip, CallContext context) {
        return employee(nip, context).flatMap(employee -> {
            Actor actor = context.actor();
            if (!actor.subject().equals(nip) && !actor.hasAnyRole(Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY,
                    Roles.AUTHORIZED_OFFICIAL, Roles.AUDITOR)) {
                return Mono.error(ProblemException.forbidden("An employee's history is read by the employee and the "
                        + "agency's administrators, PPK, PyB and auditors.", "the employee, AGENCY_ADMIN, "
                        + "STAFFING_AUTHORITY, AUTHORIZED_OFFICIAL, AUDITOR"));
            }
            return Blocking.mono(() -> histories.history(nip));
        });
    }

    /**
     * The employee of the caller's agency as the org directory knows them. An employee of another agency is "not
     * found" for the caller, with no hint of which agency holds the NIP (M7, L3): NIPs are printed on every order and
     * decree, so a 403 naming the owner would map the national register across tenants. A registration recorded but
     * not yet in the directory is a retryable 409 fact-not-yet-known (12.11); a voided one (M7) is not found.
     */
    private Mono<EmployeeFacts> employee(String nip, CallContext context) {
        return Blocking.mono(() -> directory.employee(nip).orElseThrow(() ->
                        histories.registered(nip)
                                ? ProblemException.notYetKnown("Employee in the org directory", nip)
                                : ProblemException.notFound("Employee", nip)))
                .filter(employee -> Access.sameAgency(context.actor(), employee.agencyId()))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Employee", nip)));
    }
}
