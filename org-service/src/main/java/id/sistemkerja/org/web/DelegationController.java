package id.sistemkerja.org.web;

import id.sistemkerja.org.api.DelegationCommands.DelegateAppraiserAuthorityCommand;
import id.sistemkerja.org.api.DelegationCommands.EndDelegationCommand;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.DelegationRecord;
import id.sistemkerja.regulation.replica.OrgReplica;
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
import java.util.List;

@RestController
@RequestMapping("/api/v1/delegations")
@Tag(name = "Delegation of appraiser authority (pendelegasian kewenangan Pejabat Penilai Kinerja)")
public class DelegationController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public DelegationController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "Delegation of the appraiser authority of a position to another official (ORG-05)")
    public record DelegateRequest(
            @Schema(description = "The appraiser position whose authority is delegated",
                    example = "kota-bandung.dinkes.yankes:kabid") @NotBlank String delegatorPositionId,
            @Schema(description = "NIP of the official who receives the authority (the delegate)") @NotBlank String delegateNip,
            @Schema(description = "Employees covered; empty = everyone placed under the position") List<String> employeeNips,
            @Schema(description = "First day in force") @NotNull LocalDate validFrom,
            @Schema(description = "Last day in force") @NotNull LocalDate validUntil,
            @Schema(description = "Legal basis (dasar hukum), e.g. the decree number",
                    example = "Keputusan Kepala Dinas Kesehatan 800/123/2024") String legalBasis) {
    }

    @Schema(description = "A delegation as recorded")
    public record Delegated(String delegationId, String delegatorPositionId, String delegateNip, LocalDate validFrom,
                            LocalDate validUntil) {
    }

    @Schema(description = "Early end of a delegation")
    public record EndDelegationRequest(@Schema(description = "First day no longer in force") @NotNull LocalDate effectiveOn,
                                       String reason) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Delegate appraiser authority (pendelegasian kewenangan Pejabat Penilai Kinerja)",
            description = "ORG-05: with its legal basis (dasar hukum) and period; by the holder of the position on "
                    + "validFrom or by STAFFING_AUTHORITY (PPK). The delegate is an official of the agency holding "
                    + "another position. While in force, appraiser-as-of queries answer the delegate (ORG-10).")
    public Mono<Delegated> delegate(@Valid @RequestBody DelegateRequest request, CallContext context) {
        String id = Ids.newId(context, "delegation");
        return commands.send(new DelegateAppraiserAuthorityCommand(id, context.actor().agencyId(),
                        request.delegatorPositionId(), request.delegateNip(), request.employeeNips(),
                        request.validFrom(), request.validUntil(), request.legalBasis(), context.actor()), context)
                .thenReturn(new Delegated(id, request.delegatorPositionId(), request.delegateNip(), request.validFrom(),
                        request.validUntil()));
    }

    @GetMapping("/{delegationId}")
    @Operation(summary = "A delegation of appraiser authority (pendelegasian kewenangan Pejabat Penilai Kinerja)")
    public Mono<DelegationRecord> get(@PathVariable String delegationId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(delegationId, DelegationRecord.class, OrgReplica.DELEGATIONS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Delegation", delegationId)))
                .doOnNext(d -> Access.requireAgency(context.actor(), d.agencyId()));
    }

    @PostMapping("/{delegationId}/end")
    @Operation(summary = "End a delegation of appraiser authority early (pencabutan pendelegasian)",
            description = "By the official who delegated or STAFFING_AUTHORITY (PPK).")
    public Mono<EndDelegationRequest> end(@PathVariable String delegationId,
                                          @Valid @RequestBody EndDelegationRequest request, CallContext context) {
        return commands.send(new EndDelegationCommand(delegationId, request.effectiveOn(), request.reason(),
                context.actor()), context).thenReturn(request);
    }
}
