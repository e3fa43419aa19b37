package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.api.AssignmentOrderCommands.AmendAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.IssueDirectAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.ProposeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentOrderCommands.RevokeAssignmentOrderCommand;
import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.OrderView;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.data.mongodb.core.MongoTemplate;
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

import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
@RequestMapping("/api/v1/assignment-orders")
@Tag(name = "Assignment orders (Surat Perintah Tugas / surat penugasan)")
public class AssignmentOrderController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public AssignmentOrderController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "A direct appointment within a unit (penunjukan dalam unit, ASG-01/03/06)")
    public record DirectOrderRequest(
            @Schema(description = "The unit whose employees are assigned (and which owns the target)") String owningUnitId,
            @Schema(description = "INDIVIDUAL or TEAM") AssignmentForm form,
            @Schema(description = "The work team (team-service) for TEAM") String teamId,
            @Schema(description = "Employees of the unit assigned") List<String> assigneeNips,
            @Schema(description = "ASG-06: purpose, targets and other arrangements; ASG-03: nature, planning; period") AssignmentTerms terms,
            @Schema(description = "NIPs copied (tembusan)") List<String> copyToNips) {
    }

    @Schema(description = "Issuing a drafted order")
    public record IssueRequest(@Schema(description = "Pengaturan penugasan lainnya") String otherArrangements,
                               @Schema(description = "ASG-14: item of the owning unit's work plan (serang-2023)") String planItemId) {
    }

    @Schema(description = "An amendment (a new act, ASG-04): the parts that change, with the reason")
    public record AmendRequest(String purpose, List<String> targets, String otherArrangements, LocalDate validUntil,
                               String reason) {
    }

    @Schema(description = "A revocation (a new act, ASG-04)")
    public record RevokeRequest(@Schema(description = "First day no longer in force; today when empty") LocalDate effectiveOn,
                                String reason) {
    }

    @Schema(description = "Order id and, once issued, its number")
    public record Acted(String orderId, String result) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Appoint within a unit: issue an assignment order (penunjukan; terbitkan Surat Perintah Tugas)",
            description = "Only the official the profile names for WITHIN_UNIT (ASG-05) issues it. Numbered "
                    + "800.1.11/<sequence>/<agency short name>/<year>, sequence per agency and year without gaps or "
                    + "duplicates (ASG-04). result = the number.")
    public Mono<Acted> issueDirect(@RequestBody DirectOrderRequest request, CallContext context) {
        String id = Ids.newId(context, "assignment-order");
        return commands.<String>send(new IssueDirectAssignmentOrderCommand(id, request.owningUnitId(), request.form(),
                        request.teamId(), request.assigneeNips(), request.terms(), request.copyToNips(), context.actor()),
                context).map(number -> new Acted(id, number));
    }

    @PostMapping("/proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose an appointment within a unit (usulan penugasan oleh Pimpinan Unit Organisasi)",
            description = "ASG-05: where the regulation has the appraiser appoint on the unit head's proposal "
                    + "(BKS23 lampiran C.2 huruf d, BDG23 lampiran B.2 huruf d, CLG23 lampiran B), the unit head "
                    + "records the proposal; it is a draft order naming the proposer, which the appraiser issues with "
                    + "POST /api/v1/assignment-orders/{orderId}/issue. result = PROPOSED.")
    public Mono<Acted> propose(@RequestBody DirectOrderRequest request, CallContext context) {
        String id = Ids.newId(context, "assignment-proposal");
        return commands.<String>send(new ProposeAssignmentOrderCommand(id, request.owningUnitId(), request.form(),
                        request.teamId(), request.assigneeNips(), request.terms(), request.copyToNips(),
                        context.actor()), context).map(orderId -> new Acted(orderId, "PROPOSED"));
    }

    @PostMapping("/{orderId}/issue")
    @Operation(summary = "Issue a drafted order (terbitkan surat penugasan)",
            description = "By the official the profile names for the order's scope and form (ASG-05): e.g. "
                    + "bandung-2023 cross-department INDIVIDUAL → the Sekretaris Daerah. result = the number "
                    + "800.1.11/<sequence>/<agency short name>/<year>.")
    public Mono<Acted> issue(@PathVariable String orderId, @RequestBody(required = false) IssueRequest request,
                             CallContext context) {
        return commands.<String>send(new IssueAssignmentOrderCommand(orderId,
                request == null ? null : request.otherArrangements(), request == null ? null : request.planItemId(),
                context.actor()), context).map(number -> new Acted(orderId, number));
    }

    @PostMapping("/{orderId}/amendments")
    @Operation(summary = "Amend an issued order by a new act (perubahan surat penugasan)")
    public Mono<Acted> amend(@PathVariable String orderId, @RequestBody AmendRequest request, CallContext context) {
        return commands.<Integer>send(new AmendAssignmentOrderCommand(orderId, request.purpose(), request.targets(),
                        request.otherArrangements(), request.validUntil(), request.reason(), context.actor()), context)
                .map(no -> new Acted(orderId, "AMENDMENT " + no));
    }

    @PostMapping("/{orderId}/revocation")
    @Operation(summary = "Revoke an issued order by a new act (pencabutan surat penugasan)")
    public Mono<Acted> revoke(@PathVariable String orderId, @RequestBody RevokeRequest request, CallContext context) {
        return commands.<String>send(new RevokeAssignmentOrderCommand(orderId, request.effectiveOn(), request.reason(),
                context.actor()), context).map(number -> new Acted(orderId, "REVOKED " + number));
    }

    @GetMapping("/{orderId}")
    @Operation(summary = "An assignment order with its acts (surat penugasan)")
    public Mono<OrderView> get(@PathVariable String orderId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(orderId, OrderView.class, Views.ORDERS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Assignment order", orderId)))
                .doOnNext(o -> ReadAccess.require(context.actor(), o.readers(), "order " + orderId, o.agencyId(),
                        o.owningUnit().agencyId()));
    }

    @GetMapping
    @Operation(summary = "An assignment order by its number (nomor surat penugasan)")
    public Mono<OrderView> byNumber(@RequestParam String number, CallContext context) {
        return Blocking.mono(() -> mongo.findOne(Query.query(where("number").is(number)), OrderView.class, Views.ORDERS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Assignment order number", number)))
                .doOnNext(o -> ReadAccess.require(context.actor(), o.readers(), "order " + number, o.agencyId(),
                        o.owningUnit().agencyId()));
    }
}
