package id.sistemkerja.org.web;

import id.sistemkerja.org.api.AgencyCommands.RegisterAgencyCommand;
import id.sistemkerja.org.query.OrgChart;
import id.sistemkerja.org.query.OrgChartQuery;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.AgencyFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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

@RestController
@RequestMapping("/api/v1/agencies")
@Tag(name = "Agencies (Instansi Pemerintah)")
public class AgencyController {

    private final CommandDispatcher commands;
    private final OrgDirectory directory;
    private final OrgChartQuery orgCharts;
    private final Clock clock;

    public AgencyController(CommandDispatcher commands, OrgDirectory directory, OrgChartQuery orgCharts, Clock clock) {
        this.commands = commands;
        this.directory = directory;
        this.orgCharts = orgCharts;
        this.clock = clock;
    }

    @Schema(description = "Registration of an agency (instansi pemerintah)")
    public record RegisterAgencyRequest(
            @Schema(description = "Stable agency id, lower-case slug", example = "kota-bandung")
            @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9-]{1,62}") String agencyId,
            @Schema(description = "Official name (nama instansi)", example = "Pemerintah Kota Bandung") @NotBlank String name,
            @Schema(example = "Pemkot Bandung") String shortName) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an agency (instansi pemerintah)",
            description = "By the agency's administrator (role AGENCY_ADMIN of that agency).")
    public Mono<AgencyFacts> register(@Valid @RequestBody RegisterAgencyRequest request, CallContext context) {
        return commands.send(new RegisterAgencyCommand(request.agencyId(), request.name(), request.shortName(),
                        context.actor()), context)
                .thenReturn(new AgencyFacts(request.agencyId(), request.name().trim(), request.shortName()));
    }

    @GetMapping("/{agencyId}")
    @Operation(summary = "An agency (instansi pemerintah)")
    public Mono<AgencyFacts> get(@PathVariable String agencyId, CallContext context) {
        Access.requireAgency(context.actor(), agencyId);
        return Blocking.mono(() -> directory.agency(agencyId).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Agency", agencyId)));
    }

    @GetMapping("/{agencyId}/org-chart")
    @Operation(summary = "The agency's organisation chart (bagan organisasi) on a date",
            description = "Departments (perangkat daerah) with their units (unit organisasi) nested; for each: the "
                    + "head (Pimpinan Unit Organisasi) and its holder, the job map (peta jabatan) with capacity "
                    + "(kebutuhan) and filled positions, and the number of employees placed (kedudukan) on the date.")
    public Mono<OrgChart> orgChart(@PathVariable String agencyId,
                                   @Parameter(description = "Date of the chart (default: today, Asia/Jakarta)")
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate asOf, CallContext context) {
        Access.requireAgency(context.actor(), agencyId);
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return Blocking.mono(() -> orgCharts.chart(agencyId, date));
    }
}
