package id.sistemkerja.performance.web;

import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.performance.api.AgreementCommands.SetPerformanceAgreementCommand;
import id.sistemkerja.performance.api.EvaluationCommands.FinaliseUnitPredikatCommand;
import id.sistemkerja.performance.api.EvaluationCommands.SetOrganisationRatingCommand;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.performance.api.WorkResultCommands.ResubmitWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewDecision;
import id.sistemkerja.performance.api.WorkResultCommands.ReviewWorkResultCommand;
import id.sistemkerja.performance.api.WorkResultCommands.SubmitWorkResultCommand;
import id.sistemkerja.performance.query.PerformanceQueries;
import id.sistemkerja.performance.query.PerformanceQueries.AgencyDistribution;
import id.sistemkerja.performance.query.PerformanceQueries.Distribution;
import id.sistemkerja.performance.query.PerformanceQueries.RoleMatrix;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import id.sistemkerja.platform.web.Paging;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
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

import java.util.List;

/** Unit-level performance: agreements, the role matrix, the review chain, evaluations and reports. */
@RestController
@RequestMapping("/api/v1/performance")
@Tag(name = "Performance management (pengelolaan kinerja)")
public class PerformanceController {

    private final CommandDispatcher commands;
    private final PerformanceQueries queries;
    private final OrgDirectory org;
    private final PerformanceReadAccess readers;

    public PerformanceController(CommandDispatcher commands, PerformanceQueries queries, OrgDirectory org,
                                 PerformanceReadAccess readers) {
        this.commands = commands;
        this.queries = queries;
        this.org = org;
        this.readers = readers;
    }

    @Schema(description = "A unit's performance agreement (perjanjian kinerja) for a year")
    public record AgreementRequest(@Schema(example = "kota-x.dinkes") String unitId, int year,
                                   List<TargetDraft> targets,
                                   @Schema(description = "Why, when amending a set agreement") String reason) {
    }

    @Schema(description = "A work result (hasil pelaksanaan kegiatan) submitted for review")
    public record WorkResultRequest(String nip, int year, int targetNumber,
                                    @Schema(description = "Unit where the work is done; default the employee's")
                                    String unitId, String title, String result, List<String> links) {
    }

    @Schema(description = "A review at the current level: PASS (Level I: accept) or RETURN with a reason")
    public record ReviewRequest(ReviewDecision decision, String reason) {
    }

    @Schema(description = "The reworked result")
    public record ResubmitRequest(String result, List<String> links) {
    }

    @Schema(description = "The organisation rating (predikat kinerja organisasi) of a unit for a period")
    public record OrganisationRatingRequest(OrganisationRating rating) {
    }

    @Schema(description = "The id of the record")
    public record Created(String id) {
    }

    @PostMapping("/agreements")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set a unit's performance agreement (perjanjian kinerja)",
            description = "PERF-01: by Level I for the unit at the top of its review chain, by the head one level up "
                    + "otherwise (targets divided to Level II, each naming the target it supports: pk:<unit>:<year>#n). "
                    + "Setting it again amends it with a reason.")
    public Mono<Created> agreement(@RequestBody AgreementRequest b, CallContext ctx) {
        if (b.unitId() == null || b.unitId().isBlank()) {
            throw ProblemException.invalid("unitId", "unitId (the unit of the agreement) is required");
        }
        String id = PerformanceIds.agreementId(b.unitId(), b.year());
        return commands.send(new SetPerformanceAgreementCommand(id, b.unitId(), b.year(), b.targets(), b.reason(),
                ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @GetMapping("/units/{unitId}/agreements/{year}")
    @Operation(summary = "A unit's performance agreement (perjanjian kinerja) of a year")
    public Mono<Document> getAgreement(@PathVariable String unitId, @PathVariable int year, CallContext ctx) {
        return Blocking.mono(() -> queries.agreement(unitId, year).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Performance agreement",
                        PerformanceIds.agreementId(unitId, year))))
                .doOnNext(d -> Access.requireAgency(ctx.actor(), d.getString("agencyId")));
    }

    @GetMapping("/units/{unitId}/role-matrix")
    @Operation(summary = "The unit's results-role matrix (Matriks Peran Hasil)",
            description = "PERF-08: every employee working in the unit (incl. staff assigned from elsewhere) with "
                    + "their roles and targets, each naming the superior target it supports.")
    public Mono<RoleMatrix> roleMatrix(@PathVariable String unitId, @RequestParam int year, CallContext ctx) {
        return unitAgency(unitId, ctx).then(Blocking.mono(() -> {
            readers.requireRoleMatrixReader(ctx.actor(), org.unit(unitId).orElseThrow().agencyId(), unitId);
            return queries.roleMatrix(unitId, year);
        }));
    }

    @PostMapping("/work-results")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a work result (hasil kerja) to Level II",
            description = "PERF-02, PERF-03: by the employee or their team lead.")
    public Mono<Created> submit(@RequestBody WorkResultRequest b, CallContext ctx) {
        String id = Ids.newId(ctx, "work-result");
        return commands.send(new SubmitWorkResultCommand(id, b.nip(), b.year(), b.targetNumber(), b.unitId(),
                b.title(), b.result(), Links.checked(b.links()), ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @PostMapping("/work-results/{id}/reviews")
    @Operation(summary = "Review a work result (reviu hasil kerja): pass on, accept (Level I) or return for rework",
            description = "PERF-03: by the head of the current level (Level II, [Asisten], Level I).")
    public Mono<Created> review(@PathVariable String id, @RequestBody ReviewRequest b, CallContext ctx) {
        return commands.send(new ReviewWorkResultCommand(id, b.decision(), b.reason(), ctx.actor()), ctx)
                .thenReturn(new Created(id));
    }

    @PostMapping("/work-results/{id}/resubmissions")
    @Operation(summary = "Resubmit a returned work result after rework (perbaikan)")
    public Mono<Created> resubmit(@PathVariable String id, @RequestBody ResubmitRequest b, CallContext ctx) {
        return commands.send(new ResubmitWorkResultCommand(id, b.result(), Links.checked(b.links()), ctx.actor()), ctx)
                .thenReturn(new Created(id));
    }

    @GetMapping("/work-results/{id}")
    @Operation(summary = "A work result (hasil kerja) and where it is in its review chain")
    public Mono<Document> workResult(@PathVariable String id, CallContext ctx) {
        return Blocking.mono(() -> queries.workResult(id).map(d -> readers.workResult(ctx.actor(), d)).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Work result", id)));
    }

    @GetMapping("/pending-reviews")
    @Operation(summary = "Work results awaiting review (hasil kerja menunggu reviu), oldest first, with age in days",
            description = "PERF-03: for a unit (unitId) or the caller's whole agency; only the results the caller "
                    + "may read (as a reviewer, the employee, the appraiser or an overseer).")
    public Mono<List<Document>> pending(@RequestParam(required = false) String unitId,
                                        @RequestParam(required = false) Integer page,
                                        @RequestParam(required = false) Integer size, CallContext ctx) {
        Paging paging = Paging.of(page, size);
        Access.requireAgency(ctx.actor(), ctx.actor().agencyId());
        return Blocking.mono(() -> paging.apply(queries.pendingReviews(ctx.actor().agencyId(), unitId).stream()
                .filter(d -> readers.mayReadWorkResult(ctx.actor(), d)).toList()));
    }

    @PutMapping("/units/{unitId}/evaluations/{year}/{period}/organisation-rating")
    @Operation(summary = "Set the unit's organisation rating (predikat kinerja organisasi) for a period",
            description = "PERF-06: by the official one level up (for a department: the Sekretaris Daerah).")
    public Mono<Created> organisationRating(@PathVariable String unitId, @PathVariable int year,
                                            @PathVariable String period, @RequestBody OrganisationRatingRequest b,
                                            CallContext ctx) {
        return commands.<String>send(new SetOrganisationRatingCommand(unitId, year, period, b.rating(), ctx.actor()),
                ctx).map(Created::new);
    }

    @PostMapping("/units/{unitId}/evaluations/{year}/{period}/finalisation")
    @Operation(summary = "Finalise the unit's predikat (penetapan predikat kinerja pegawai) for a period",
            description = "PERF-06: checks the distribution limits of the organisation rating; a violation is "
                    + "reported with exact counts and blocks or warns as the rule set says. By the unit head or a "
                    + "head above.")
    public Mono<Created> finalise(@PathVariable String unitId, @PathVariable int year, @PathVariable String period,
                                  CallContext ctx) {
        return commands.<String>send(new FinaliseUnitPredikatCommand(unitId, year, period, ctx.actor()), ctx)
                .map(Created::new);
    }

    @GetMapping("/units/{unitId}/evaluations/{year}/{period}")
    @Operation(summary = "The unit's evaluation (penilaian kinerja) for a period: every employee's ratings, predikat, "
            + "objection and follow-up")
    public Mono<Document> evaluation(@PathVariable String unitId, @PathVariable int year, @PathVariable String period,
                                     CallContext ctx) {
        return evaluationDoc(unitId, year, period, ctx, false);
    }

    @GetMapping("/units/{unitId}/evaluations/{year}/{period}/distribution")
    @Operation(summary = "The unit's predikat distribution (distribusi predikat) for a period with the limits of its "
            + "organisation rating")
    public Mono<Distribution> distribution(@PathVariable String unitId, @PathVariable int year,
                                           @PathVariable String period, CallContext ctx) {
        return evaluationDoc(unitId, year, period, ctx, false)
                .flatMap(d -> Blocking.mono(() -> queries.distribution(unitId, year, period).orElseThrow()));
    }

    @GetMapping(value = "/units/{unitId}/evaluations/{year}/{period}/results.csv", produces = "text/csv")
    @Operation(summary = "CSV export of the unit's period results (hasil penilaian kinerja)")
    public Mono<String> csv(@PathVariable String unitId, @PathVariable int year, @PathVariable String period,
                            CallContext ctx) {
        return evaluationDoc(unitId, year, period, ctx, true).map(queries::csv);
    }

    @GetMapping("/agencies/{agencyId}/distribution")
    @Operation(summary = "An agency's predikat distribution (distribusi predikat kinerja) for a period, per unit with "
            + "violations", description = "For the agency's PPK, PyB, Sekda, BKPSDM administrators and auditors.")
    public Mono<AgencyDistribution> agencyDistribution(@PathVariable String agencyId, @RequestParam int year,
                                                       @RequestParam String period, CallContext ctx) {
        readers.requireAgencyOverseer(ctx.actor(), agencyId);
        return Blocking.mono(() -> queries.agencyDistribution(agencyId, year, period));
    }

    private Mono<Document> evaluationDoc(String unitId, int year, String period, CallContext ctx, boolean results) {
        return Blocking.mono(() -> queries.evaluation(unitId, year, period).map(d -> {
                    if (results) {
                        readers.requireResultsReader(ctx.actor(), d.getString("agencyId"), unitId);
                    } else {
                        readers.requireUnitEvaluationReader(ctx.actor(), d.getString("agencyId"), unitId);
                    }
                    return d;
                }).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Evaluation",
                        PerformanceIds.evaluationId(unitId, year, period))));
    }

    private Mono<Void> unitAgency(String unitId, CallContext ctx) {
        return Blocking.mono(() -> org.unit(unitId).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Unit", unitId)))
                .doOnNext(u -> Access.requireAgency(ctx.actor(), u.agencyId())).then();
    }
}
