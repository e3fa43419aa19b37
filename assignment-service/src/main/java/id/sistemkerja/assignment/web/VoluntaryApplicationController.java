package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.ApproveVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.RejectVoluntaryApplicationCommand;
import id.sistemkerja.assignment.api.VoluntaryApplicationCommands.SubmitVoluntaryApplicationCommand;
import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.RequestView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
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

@RestController
@RequestMapping("/api/v1/voluntary-applications")
@Tag(name = "Voluntary applications (pengajuan sukarela)")
public class VoluntaryApplicationController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public VoluntaryApplicationController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "A voluntary application (pengajuan sukarela, ASG-10/11/12)")
    public record SubmitRequest(
            @Schema(description = "The employee; required with onBehalf (an oral wish recorded by the unit head, ASG-10)") String nip,
            @Schema(description = "The unit that owns the target; empty = the employee's own unit") String targetUnitId,
            @Schema(description = "Recorded on the employee's behalf (oral wish, ASG-10)") boolean onBehalf,
            @Schema(description = "Purpose, targets, period, nature and planning") AssignmentTerms terms) {
    }

    @Schema(description = "Approval or rejection note / reason")
    public record Decide(String note, String reason) {
    }

    @Schema(description = "Result of an act: the new state or the drafted order id")
    public record Acted(String applicationId, String result) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Apply voluntarily for an assignment (ajukan pengajuan sukarela)",
            description = "ASG-12: refused (422) where the agency's profile does not let applications go (e.g. "
                    + "bandung-2023 across departments).")
    public Mono<Acted> submit(@RequestBody SubmitRequest request, CallContext context) {
        String id = Ids.newId(context, "voluntary-application");
        return commands.<String>send(new SubmitVoluntaryApplicationCommand(id, request.nip(), request.targetUnitId(),
                request.onBehalf(), request.terms(), context.actor()), context).map(r -> new Acted(id, "SUBMITTED"));
    }

    @PostMapping("/{applicationId}/approval")
    @Operation(summary = "Approve the pending step (persetujuan pengajuan sukarela)",
            description = "ASG-10: the unit head (or appraiser); ASG-11: the target unit's official, then the "
                    + "employee's own side. The last approval drafts the order (result = orderId).")
    public Mono<Acted> approve(@PathVariable String applicationId, @RequestBody(required = false) Decide request,
                               CallContext context) {
        return commands.<String>send(new ApproveVoluntaryApplicationCommand(applicationId,
                request == null ? null : request.note(), context.actor()), context)
                .map(r -> new Acted(applicationId, r));
    }

    @PostMapping("/{applicationId}/rejection")
    @Operation(summary = "Reject with a reason (penolakan pengajuan sukarela)")
    public Mono<Acted> reject(@PathVariable String applicationId, @RequestBody Decide request, CallContext context) {
        return commands.send(new RejectVoluntaryApplicationCommand(applicationId, request.reason(), context.actor()),
                context).thenReturn(new Acted(applicationId, "REJECTED"));
    }

    @GetMapping("/{applicationId}")
    @Operation(summary = "A voluntary application with its trail (jejak pengajuan)")
    public Mono<RequestView> get(@PathVariable String applicationId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(applicationId, RequestView.class, Views.REQUESTS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Voluntary application", applicationId)))
                .doOnNext(r -> ReadAccess.require(context.actor(), r.readers(), "application " + applicationId,
                        r.agencyId()));
    }
}
