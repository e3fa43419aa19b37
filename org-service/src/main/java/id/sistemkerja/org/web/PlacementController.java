package id.sistemkerja.org.web;

import id.sistemkerja.org.api.EmployeeCommands.EndPlacementCommand;
import id.sistemkerja.org.api.EmployeeCommands.PlaceEmployeeCommand;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;

@RestController
@RequestMapping("/api/v1/placements")
@Tag(name = "Placement (kedudukan)")
public class PlacementController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public PlacementController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "The PPK's placement decision (penetapan kedudukan) for a Pejabat Fungsional or Pelaksana")
    public record PlaceRequest(
            @Schema(description = "NIP of the employee", example = "199001202015031003") @NotBlank String nip,
            @Schema(description = "Unit (unit organisasi) or department the employee is placed in",
                    example = "kota-bandung.dinkes.yankes") @NotBlank String unitId,
            @Schema(description = "Appraiser position (jabatan Pejabat Penilai Kinerja): the direct superior",
                    example = "kota-bandung.dinkes.yankes:kabid") @NotBlank String appraiserPositionId,
            @Schema(description = "First day of the placement (TMT kedudukan)") @NotNull LocalDate effectiveFrom,
            @Schema(description = "Number of the PPK's decree", example = "800/Kep.45-BKPSDM/2024") String decreeNumber) {
    }

    @Schema(description = "A placement decision as recorded")
    public record Placed(String placementId, String nip, String unitId, String appraiserPositionId,
                         LocalDate effectiveFrom) {
    }

    @Schema(description = "End of a placement without a new one")
    public record EndPlacementRequest(@Schema(description = "First day no longer placed") @NotNull LocalDate effectiveOn,
                                      String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Place an employee (penetapan kedudukan) under a unit and an appraiser (Pejabat Penilai Kinerja)",
            description = "Decided by the Pejabat Pembina Kepegawaian (role STAFFING_AUTHORITY of the agency, ORG-07). "
                    + "Refused with 422 naming every broken rule: ORG-04 (only a Pejabat Fungsional or Pelaksana is "
                    + "placed), ORG-05 (the appraiser is the direct superior, at least a Pengawas), ORG-06 (a JF "
                    + "appraises only as head of an independent unit), ORG-07 (the employee's position is in the "
                    + "unit's job map), ORG-10 (history in order) and the agency's regulation-profile rules. "
                    + "Historised: the previous placement ends on effectiveFrom.")
    public Mono<Placed> place(@Valid @RequestBody PlaceRequest request, CallContext context) {
        String id = Ids.newId(context, "placement");
        return commands.send(new PlaceEmployeeCommand(request.nip(), id, request.unitId(),
                        request.appraiserPositionId(), request.effectiveFrom(), request.decreeNumber(),
                        context.actor()), context)
                .thenReturn(new Placed(id, request.nip(), request.unitId(), request.appraiserPositionId(),
                        request.effectiveFrom()));
    }

    @GetMapping("/{placementId}")
    @Operation(summary = "A placement (kedudukan) with its period")
    public Mono<PlacementRecord> get(@PathVariable String placementId, CallContext context) {
        return placement(placementId, context);
    }

    @PostMapping("/{placementId}/end")
    @Operation(summary = "End a placement (kedudukan) without a new one", description = "By STAFFING_AUTHORITY (PPK).")
    public Mono<EndPlacementRequest> end(@PathVariable String placementId,
                                         @Valid @RequestBody EndPlacementRequest request, CallContext context) {
        return placement(placementId, context).flatMap(p -> commands.send(new EndPlacementCommand(p.nip(), placementId,
                request.effectiveOn(), request.reason(), context.actor()), context)).thenReturn(request);
    }

    private Mono<PlacementRecord> placement(String placementId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(placementId, PlacementRecord.class, OrgReplica.PLACEMENTS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Placement", placementId)))
                .doOnNext(p -> Access.requireAgency(context.actor(), p.agencyId()));
    }
}
