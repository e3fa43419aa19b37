package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.ApproveInvolvementRequestCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.RecommendInvolvementCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.RejectInvolvementRequestCommand;
import id.sistemkerja.assignment.api.InvolvementRequestCommands.SubmitInvolvementRequestCommand;
import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.RequestView;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Paging;
import id.sistemkerja.platform.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
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
import java.time.temporal.ChronoUnit;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
@RequestMapping("/api/v1/involvement-requests")
@Tag(name = "Involvement requests (surat permohonan pelibatan)")
public class InvolvementRequestController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;
    private final Clock clock;

    public InvolvementRequestController(CommandDispatcher commands, MongoTemplate mongo, Clock clock) {
        this.commands = commands;
        this.mongo = mongo;
        this.clock = clock;
    }

    @Schema(description = "An involvement request (surat permohonan pelibatan, ASG-07/08/09)")
    public record SubmitRequest(
            @Schema(description = "The unit that owns the performance target (unit pemilik kinerja)") String owningUnitId,
            @Schema(description = "Target agency (instansi) for a cross-agency request (ASG-09); empty otherwise") String targetAgencyId,
            @Schema(description = "Unit where the employees sit; may be empty across agencies until the target PyB names it") String targetUnitId,
            @Schema(description = "Employees asked for by name (optional)") List<String> requestedNips,
            @Schema(description = "INDIVIDUAL or TEAM (ASG-03)") AssignmentForm form,
            @Schema(description = "The work team, for TEAM") String teamId,
            @Schema(description = "ASG-07: purpose, competencies, targets and duration (validFrom/validUntil) are mandatory") AssignmentTerms terms,
            @Schema(description = "NIPs copied (tembusan)") List<String> copyToNips) {
    }

    @Schema(description = "The home unit head's recommendation (rekomendasi)")
    public record RecommendRequest(List<String> recommendedNips, String note) {
    }

    @Schema(description = "Approval of the step pending with the caller")
    public record ApproveRequest(@Schema(description = "Employees named by the approval (ASG-08) or availability answer (ASG-09)") List<String> nominatedNips,
                                 @Schema(description = "ASG-09 step 2: the unit the target PyB instructs") String targetUnitId,
                                 String note) {
    }

    @Schema(description = "Rejection; the reason is mandatory (ASG-08/09)")
    public record RejectRequest(String reason) {
    }

    @Schema(description = "The result of an act on a request: its id and the state or drafted order it led to")
    public record Acted(String requestId, String result) {
    }

    @Schema(description = "A request with its age while pending")
    public record Listed(RequestView request, Long pendingDays) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit an involvement request (ajukan surat permohonan pelibatan)",
            description = "ASG-07: purpose, competencies, expected target and duration are mandatory (422 otherwise, "
                    + "nothing stored). ASG-08: sent by the official the profile names (head of the owning unit; "
                    + "bekasi-2023: Level I) to the employees' side; ASG-09 across agencies: to the own PyB first.")
    public Mono<Acted> submit(@RequestBody SubmitRequest request, CallContext context) {
        String id = Ids.newId(context, "involvement-request");
        return commands.<String>send(new SubmitInvolvementRequestCommand(id, request.owningUnitId(),
                        request.targetAgencyId(), request.targetUnitId(), request.requestedNips(), request.form(),
                        request.teamId(), request.terms(), request.copyToNips(), context.actor()), context)
                .map(r -> new Acted(id, "SUBMITTED"));
    }

    @PostMapping("/{requestId}/recommendation")
    @Operation(summary = "Recommend employees (rekomendasi pimpinan unit)",
            description = "By the head of the unit where the employees sit (ASG-08, ASG-09 step 3).")
    public Mono<Acted> recommend(@PathVariable String requestId, @RequestBody RecommendRequest request,
                                 CallContext context) {
        return commands.send(new RecommendInvolvementCommand(requestId, request.recommendedNips(), request.note(),
                context.actor()), context).thenReturn(new Acted(requestId, "RECOMMENDED"));
    }

    @PostMapping("/{requestId}/approval")
    @Operation(summary = "Approve the pending step (persetujuan permohonan pelibatan)",
            description = "Only the official the step is addressed to (403 naming who may otherwise). The last step "
                    + "drafts the assignment order (result = orderId); intermediate ASG-09 steps return the next state.")
    public Mono<Acted> approve(@PathVariable String requestId, @RequestBody ApproveRequest request,
                               CallContext context) {
        return commands.<String>send(new ApproveInvolvementRequestCommand(requestId, request.nominatedNips(),
                request.targetUnitId(), request.note(), context.actor()), context).map(r -> new Acted(requestId, r));
    }

    @PostMapping("/{requestId}/rejection")
    @Operation(summary = "Reject the pending step with a reason (surat jawaban penolakan)",
            description = "ASG-08/09: the reason is mandatory; without it 422 and nothing is stored.")
    public Mono<Acted> reject(@PathVariable String requestId, @RequestBody RejectRequest request,
                              CallContext context) {
        return commands.send(new RejectInvolvementRequestCommand(requestId, request.reason(), context.actor()),
                context).thenReturn(new Acted(requestId, "REJECTED"));
    }

    @GetMapping("/{requestId}")
    @Operation(summary = "A request with its full trail (jejak permohonan): who did what, when, under which rule",
            description = "Readable by the parties, the officials addressed or copied (tembusan) and agency overseers.")
    public Mono<Listed> get(@PathVariable String requestId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(requestId, RequestView.class, Views.REQUESTS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Involvement request", requestId)))
                .doOnNext(r -> ReadAccess.require(context.actor(), r.readers(), "request " + requestId, r.agencyId(),
                        r.targetAgencyId()))
                .map(this::listed);
    }

    @GetMapping
    @Operation(summary = "A unit's outgoing or incoming requests by state (permohonan keluar/masuk unit)",
            description = "direction=outgoing: requests the unit sent (owning unit); incoming: requests for its "
                    + "employees. Pending requests carry their age in days. Only the requests the caller may read "
                    + "one by one (M1); paged (size up to 500).")
    public Mono<List<Listed>> list(@RequestParam String unitId,
                                   @RequestParam(defaultValue = "outgoing") String direction,
                                   @RequestParam(required = false) String state,
                                   @RequestParam(required = false) Integer page,
                                   @RequestParam(required = false) Integer size, CallContext context) {
        Paging paging = Paging.of(page, size);
        Criteria criteria = where("incoming".equalsIgnoreCase(direction) ? "homeUnitId" : "owningUnitId").is(unitId)
                .and("kind").is("INVOLVEMENT_REQUEST");
        if (state != null && !state.isBlank()) {
            criteria = criteria.and("state").is(state);
        }
        Criteria readable = ReadAccess.mayCriteria(context.actor(), "agencyId", "targetAgencyId");
        if (readable == null) {
            return Mono.just(List.of());
        }
        // M6: the readers' condition is part of the query, so the page is read from the database; the per-object
        // check stays as a second guard (M1)
        Query query = paging.apply(Query.query(new Criteria().andOperator(criteria, readable))
                .with(Sort.by("submittedAt", "_id")));
        return Blocking.mono(() -> mongo.find(query, RequestView.class, Views.REQUESTS))
                .map(found -> found.stream().filter(r -> ReadAccess.may(context.actor(), r.readers(),
                        r.agencyId(), r.targetAgencyId())).map(this::listed).toList());
    }

    private Listed listed(RequestView r) {
        return new Listed(r, r.pending() ? ChronoUnit.DAYS.between(r.submittedOn(), LocalDate.now(clock)) : null);
    }
}
