package id.sistemkerja.assignment.web;

import id.sistemkerja.assignment.api.UnitWorkPlanCommands;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.AmendUnitWorkPlanCommand;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.SetUnitWorkPlanCommand;
import id.sistemkerja.assignment.query.Views;
import id.sistemkerja.assignment.query.Views.WorkPlanView;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Paging;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

import static org.springframework.data.mongodb.core.query.Criteria.where;

@RestController
@RequestMapping("/api/v1/work-plans")
@Tag(name = "Unit work plans (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi)")
public class WorkPlanController {

    private final CommandDispatcher commands;
    private final MongoTemplate mongo;

    public WorkPlanController(CommandDispatcher commands, MongoTemplate mongo) {
        this.commands = commands;
        this.mongo = mongo;
    }

    @Schema(description = "A unit's annual work plan (ASG-14)")
    public record SetPlanRequest(String unitId, int year, List<PlanItem> items) {
    }

    @Schema(description = "A recorded amendment of the plan (change of activities)")
    public record AmendPlanRequest(List<PlanItem> addItems, List<String> removeItemIds, String reason) {
    }

    public record Acted(String planId, String result) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a unit's annual work plan (tetapkan rencana kerja unit)",
            description = "ASG-14 (serang-2023): by the unit head, by 31 December of the year before. Plan id "
                    + "<unitId>@<year>.")
    public Mono<Acted> set(@RequestBody SetPlanRequest request, CallContext context) {
        String planId = UnitWorkPlanCommands.planId(request.unitId(), request.year());
        return commands.send(new SetUnitWorkPlanCommand(planId, request.unitId(), request.year(), request.items(),
                context.actor()), context).thenReturn(new Acted(planId, "SET"));
    }

    @PostMapping("/{planId}/amendments")
    @Operation(summary = "Amend a work plan by a recorded act (perubahan rencana kerja)")
    public Mono<Acted> amend(@PathVariable String planId, @RequestBody AmendPlanRequest request, CallContext context) {
        return commands.<Integer>send(new AmendUnitWorkPlanCommand(planId, request.addItems(), request.removeItemIds(),
                request.reason(), context.actor()), context).map(no -> new Acted(planId, "AMENDMENT " + no));
    }

    @GetMapping
    @Operation(summary = "Work plans of an agency for a year, late ones only on request (rencana kerja terlambat)",
            description = "ASG-14 (serang-2023): a plan set after 31 December of the year before is recorded as late "
                    + "and applies; late=true lists those, for reports on units that missed the deadline.")
    public Mono<List<WorkPlanView>> list(@RequestParam String agencyId, @RequestParam int year,
                                         @RequestParam(required = false) Boolean late,
                                         @RequestParam(required = false) Integer page,
                                         @RequestParam(required = false) Integer size, CallContext context) {
        Paging paging = Paging.of(page, size); // M6: a page of at most 500, read from the database
        Access.requireAgency(context.actor(), agencyId);
        Query query = Query.query(where("agencyId").is(agencyId).and("year").is(year));
        if (late != null) {
            query.addCriteria(where("late").is(late));
        }
        return Blocking.mono(() -> mongo.find(paging.apply(query.with(Sort.by("unitId", "_id"))), WorkPlanView.class,
                Views.PLANS));
    }

    @GetMapping("/{planId}")
    @Operation(summary = "A unit's work plan as in force, with its acts (rencana kerja unit)")
    public Mono<WorkPlanView> get(@PathVariable String planId, CallContext context) {
        return Blocking.mono(() -> mongo.findById(planId, WorkPlanView.class, Views.PLANS))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Work plan", planId)))
                .doOnNext(p -> Access.requireAgency(context.actor(), p.agencyId()));
    }
}
