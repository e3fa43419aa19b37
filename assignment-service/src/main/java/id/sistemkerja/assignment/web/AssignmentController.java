package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.api.AssignmentCommands.EndTeamAssignmentsCommand;
import id.sistemkerja.assignment.api.AssignmentCommands.SubmitAssignmentReportCommand;
import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.OrderView;
import id.sistemkerja.assignment.query.Views.AssignmentView;
import id.sistemkerja.assignment.query.Views.ReportView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
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
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
@Tag(name = "Assignments (penugasan) and their reports (laporan pertanggungjawaban)")
public class AssignmentController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public AssignmentController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "End of a work team's assignments (TEAM-12)")
    public record TeamEndingRequest(@Schema(description = "The work team (team-service id)") String teamId,
                                    String agencyId,
                                    @Schema(description = "First day no longer in force") LocalDate effectiveOn,
                                    String reason,
                                    @Schema(description = "Decree dissolving the team, if any") String decreeNumber) {
    }

    @Schema(description = "The assignments that ended")
    public record TeamEnded(String teamId, List<String> endedAssignmentIds) {
    }

    @Schema(description = "An individual report on an assignment (RPT-01)")
    public record ReportRequest(String assignmentId, String summary, List<String> outputs, LocalDate periodFrom,
                                LocalDate periodUntil) {
    }

    public record Reported(String reportId, String assignmentId) {
    }

    @PostMapping("/api/v1/assignments/team-endings")
    @Operation(summary = "End every active assignment of a work team (akhir penugasan tim kerja)",
            description = "TEAM-12: a team's members' team assignments end with the team, as one recorded act; each "
                    + "ended assignment is published as assignment.AssignmentEnded (cause TEAM_ENDED). By SYSTEM "
                    + "(team-service's TeamDissolved), PPK, PyB or the agency administrator.")
    public Mono<TeamEnded> endTeam(@RequestBody TeamEndingRequest request, CallContext context) {
        return commands.<List<String>>send(new EndTeamAssignmentsCommand(request.teamId(), request.agencyId(),
                        request.effectiveOn(), request.reason(), request.decreeNumber(), "api", context.actor()), context)
                .map(ended -> new TeamEnded(request.teamId(), ended));
    }

    @GetMapping("/api/v1/assignments/{assignmentId}")
    @Operation(summary = "One assignment (penugasan)",
            description = "Readable by the assigned employee and by the readers of its order (M1).")
    public Mono<AssignmentView> get(@PathVariable String assignmentId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(assignmentId, AssignmentView.class, Views.ASSIGNMENTS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Assignment", assignmentId)))
                .flatMap(a -> Blocking.mono(() -> {
                    requireReader(context, a);
                    return a;
                }));
    }

    /** The assignee, or a reader of the assignment's order (M1). */
    private void requireReader(CallContext context, AssignmentView a) {
        Access.requireAgency(context.actor(), a.agencyId());
        if (context.actor().subject().equals(a.nip())) {
            return;
        }
        OrderView order = mongo.findById(a.orderId(), OrderView.class, Views.ORDERS);
        ReadAccess.require(context.actor(), order == null ? java.util.Set.of() : order.readers(),
                "assignment " + a.id(), a.agencyId(), order == null ? null : order.owningUnit().agencyId());
    }

    @PostMapping("/api/v1/assignment-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report on an individual assignment (laporan pertanggungjawaban penugasan individu)",
            description = "RPT-01: by the assigned employee, addressed to the officials the profile names "
                    + "(appraiser and/or unit head; serang-2023: the assigner, up the hierarchy).")
    public Mono<Reported> report(@RequestBody ReportRequest request, CallContext context) {
        if (request.assignmentId() == null || request.assignmentId().isBlank()) {
            throw ProblemException.invalid("assignmentId", "assignmentId (the assignment reported on) is required");
        }
        String reportId = Ids.newId(context, "assignment-report");
        return Blocking.mono(() -> mongo.findById(request.assignmentId(), AssignmentView.class, Views.ASSIGNMENTS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notYetKnown("Assignment", request.assignmentId())))
                .flatMap(a -> commands.send(new SubmitAssignmentReportCommand(a.orderId(), a.id(), reportId,
                        request.summary(), request.outputs(), request.periodFrom(), request.periodUntil(),
                        context.actor()), context))
                .thenReturn(new Reported(reportId, request.assignmentId()));
    }

    @GetMapping("/api/v1/assignment-reports")
    @Operation(summary = "Reports on an assignment (laporan per penugasan)",
            description = "Readable as the assignment itself (M1).")
    public Mono<List<ReportView>> reports(@RequestParam String assignmentId, CallContext context) {
        return Blocking.mono(() -> {
            AssignmentView assignment = mongo.findById(assignmentId, AssignmentView.class, Views.ASSIGNMENTS);
            if (assignment == null) {
                return List.<ReportView>of();
            }
            requireReader(context, assignment);
            return mongo.find(Query.query(where("assignmentId").is(assignmentId)).with(Sort.by("submittedOn"))
                    .limit(Paging.MAX_SIZE), ReportView.class, Views.REPORTS);
        });
    }
}
