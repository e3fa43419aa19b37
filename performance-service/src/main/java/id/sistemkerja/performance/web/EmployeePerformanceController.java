package id.sistemkerja.performance.web;

import id.sistemkerja.performance.command.PerfRule;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.performance.api.CoreValue;
import id.sistemkerja.performance.api.EvaluationCommands.ConvertFunctionalCreditCommand;
import id.sistemkerja.performance.api.EvaluationCommands.DecideObjectionCommand;
import id.sistemkerja.performance.api.EvaluationCommands.FileObjectionCommand;
import id.sistemkerja.performance.api.EvaluationCommands.FollowUpKind;
import id.sistemkerja.performance.api.EvaluationCommands.GiveObjectionExplanationCommand;
import id.sistemkerja.performance.api.EvaluationCommands.ReceiptSource;
import id.sistemkerja.performance.api.EvaluationCommands.RecordResultReceiptCommand;
import id.sistemkerja.performance.api.EvaluationCommands.RequestObjectionExplanationsCommand;
import id.sistemkerja.performance.api.EvaluationCommands.ObjectionDecision;
import id.sistemkerja.performance.api.EvaluationCommands.RateEmployeeCommand;
import id.sistemkerja.performance.api.EvaluationCommands.RecordFollowUpCommand;
import id.sistemkerja.performance.api.FeedbackKind;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.PlanCommands.DraftPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.EndWorkRoleCommand;
import id.sistemkerja.performance.api.PlanCommands.GiveFeedbackCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordEvidenceCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordWorkRoleCommand;
import id.sistemkerja.performance.api.PlanCommands.SetExpectationCommand;
import id.sistemkerja.performance.api.PlanCommands.SetPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.SignPerformancePlanCommand;
import id.sistemkerja.performance.api.PlanCommands.ValidateIndividualIndicatorsCommand;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.performance.api.WorkRoleBasis;
import id.sistemkerja.performance.query.PerformanceQueries;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.platform.web.Ids;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.bson.Document;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** An employee's performance for a year: the SKP and its documentation, ratings, objection and follow-up. */
@RestController
@RequestMapping("/api/v1/employees/{nip}/performance/{year}")
@Tag(name = "Employee performance (kinerja pegawai)")
public class EmployeePerformanceController {

    private final CommandDispatcher commands;
    private final PerformanceQueries queries;

    private final PerformanceReadAccess readers;
    private final OrgDirectory org;

    public EmployeePerformanceController(CommandDispatcher commands, PerformanceQueries queries,
                                         PerformanceReadAccess readers, OrgDirectory org) {
        this.commands = commands;
        this.queries = queries;
        this.readers = readers;
        this.org = org;
    }

    @Schema(description = "Targets of the SKP (rencana hasil kerja), each naming the superior target it supports")
    public record PlanRequest(@NotNull List<TargetDraft> targets) {
    }

    @Schema(description = "A role in the results of a unit where the employee works (peran dalam matriks peran hasil)")
    public record WorkRoleRequest(@Schema(example = "kota-x.dinkes.p2p") String unitId,
                                  @Schema(description = "Role (peran)", example = "Anggota tim surveilans") String role,
                                  @Schema(description = "Team lead (ketua tim), may give appraisal input") String leadNip,
                                  @Schema(description = "Official who assigned the role") String assignerNip,
                                  @NotNull WorkRoleBasis basisKind,
                                  @Schema(description = "Order, team decision or letter number") String basisReference,
                                  LocalDate from, LocalDate until) {
    }

    @Schema(description = "End of a work role")
    public record EndRoleRequest(@NotNull LocalDate until) {
    }

    @Schema(description = "An expectation (ekspektasi) on a target, a BerAKHLAK value (ekspektasi khusus pimpinan) or "
            + "in general")
    public record ExpectationRequest(Integer targetNumber, CoreValue coreValue, String text) {
    }

    @Schema(description = "Evidence (bukti dukung): realisation of a target with links")
    public record EvidenceRequest(int targetNumber, @Schema(example = "TRIWULAN_I") String period,
                                  String realisation, List<String> links) {
    }

    @Schema(description = "Feedback (umpan balik), or appraisal input (masukan penilaian) from a lead, PERF-05")
    public record FeedbackRequest(FeedbackKind kind, String text, Integer targetNumber, String period) {
    }

    @Schema(description = "Rating of work results (hasil kerja) and behaviour (perilaku kerja, BerAKHLAK)")
    public record RatingRequest(ExpectationRating workResultRating, ExpectationRating behaviourRating,
                                Map<CoreValue, ExpectationRating> behaviourAspects, String note) {
    }

    @Schema(description = "An objection (keberatan) with reasons")
    public record ObjectionRequest(List<String> reasons) {
    }

    @Schema(description = "The employee acknowledges receiving the finalised result (tanda terima hasil penilaian)")
    public record ReceiptRequest(@Schema(description = "Day received; today when absent") LocalDate receivedOn) {
    }

    @Schema(description = "The appraiser records the day the finalised result was delivered to the employee")
    public record DeliveryRequest(@Schema(description = "Day delivered (not in the future)") @NotNull
                                  LocalDate deliveredOn) {
    }

    @Schema(description = "An explanation (penjelasan) on an objection, asked for by the superior")
    public record ExplanationRequest(String text) {
    }

    @Schema(description = "The superior's decision on an objection; CHANGE gives the new ratings")
    public record ObjectionDecisionRequest(ObjectionDecision decision, ExpectationRating workResultRating,
                                           ExpectationRating behaviourRating, String reason) {
    }

    @Schema(description = "A reward (penghargaan) or sanction (sanksi) against the final predikat")
    public record FollowUpRequest(FollowUpKind kind, String description, String legalBasis) {
    }

    @Schema(description = "The id of the record created")
    public record Created(String id) {
    }

    @Schema(description = "Functional credit (angka kredit) converted from the annual predikat")
    public record Credit(String nip, int year, double credit) {
    }

    private static String planId(String nip, int year) {
        return PerformanceIds.planId(nip, year);
    }

    @PutMapping("/plan")
    @Operation(summary = "Draft the performance plan (Sasaran Kinerja Pegawai, SKP)",
            description = "PERF-08: each target names the superior target it supports (RHK atasan yang diintervensi: "
                    + "pk:<unitId>:<year>#<n> or skp:<nip>:<year>#<n>). ASG-14 (serang-2023, Perwal Serang 23/2023 "
                    + "Pasal 8(7)): each target also names the item of the unit's annual work plan it rests on "
                    + "(workPlanItem: <itemId> of the employee's unit, or <unitId>@<year>#<itemId>); 422 otherwise, "
                    + "409 fact-not-yet-known while the plan has not arrived from assignment-service. Records who "
                    + "validates the indicators (IKI, ORG-11). By the employee or the appraiser; until signed.")
    public Mono<Created> draft(@PathVariable String nip, @PathVariable int year, @Valid @RequestBody PlanRequest body,
                               CallContext ctx) {
        return commands.send(new DraftPerformancePlanCommand(planId(nip, year), nip, year, body.targets(),
                ctx.actor()), ctx).thenReturn(new Created(planId(nip, year)));
    }

    @PostMapping("/plan/indicator-validation")
    @Operation(summary = "Validate the SKP's individual performance indicators (validasi IKI)",
            description = "ORG-11: only the official recorded on the SKP as its IKI validator, resolved on the day: "
                    + "under bekasi-2023 the official who coordinates the JF technically (Perwal Bekasi 31/2021 "
                    + "Pasal 6(6)-(9), 11(2)-(3); the same answer as org-service's GET /api/v1/employees/{nip}/"
                    + "indicator-validator), elsewhere the appraiser. Others get 403 naming who may; 409 "
                    + "fact-not-yet-known while that official is not known. Not a condition for setting the SKP.")
    public Mono<Created> validateIndicators(@PathVariable String nip, @PathVariable int year, CallContext ctx) {
        return commands.send(new ValidateIndividualIndicatorsCommand(planId(nip, year), nip, year, ctx.actor()), ctx)
                .thenReturn(new Created(planId(nip, year)));
    }

    @PostMapping("/plan/signature")
    @Operation(summary = "Sign the SKP (tanda tangan pegawai)", description = "PERF-08: only the employee.")
    public Mono<Created> sign(@PathVariable String nip, @PathVariable int year, CallContext ctx) {
        return commands.send(new SignPerformancePlanCommand(planId(nip, year), nip, year, ctx.actor()), ctx)
                .thenReturn(new Created(planId(nip, year)));
    }

    @PostMapping("/plan/approval")
    @Operation(summary = "Set the signed SKP (penetapan SKP by the Pejabat Penilai Kinerja)",
            description = "PERF-08: only the appraiser (incl. a delegate).")
    public Mono<Created> set(@PathVariable String nip, @PathVariable int year, CallContext ctx) {
        return commands.send(new SetPerformancePlanCommand(planId(nip, year), nip, year, ctx.actor()), ctx)
                .thenReturn(new Created(planId(nip, year)));
    }

    @GetMapping("/plan")
    @Operation(summary = "The employee's plan (SKP) with roles, expectations, evidence (bukti dukung) and feedback "
            + "(umpan balik)")
    public Mono<Document> plan(@PathVariable String nip, @PathVariable int year, CallContext ctx) {
        return Blocking.mono(() -> queries.plan(nip, year).map(d -> readers.plan(ctx.actor(), d)).orElse(null))
                .switchIfEmpty(Mono.error(() -> ProblemException.notFound("Performance plan (SKP)", planId(nip, year))));
    }

    @PostMapping("/roles")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a work role in a unit's results (peran dalam matriks peran hasil)",
            description = "PERF-08: staff assigned elsewhere have their role recorded where they work. By the "
                    + "appraiser or a head of the unit's review chain (or the system from assignment/team events). "
                    + "leadNip and assignerNip must be employees of the role unit's agency (M8).")
    public Mono<Created> role(@PathVariable String nip, @PathVariable int year, @Valid @RequestBody WorkRoleRequest b,
                              CallContext ctx) {
        String id = Ids.newId(ctx, "work-role");
        return Blocking.mono(() -> {
            // M8: a lead or assigning official gives appraisal input (PERF-05): never a NIP the caller makes up
            String unitAgency = org.unit(b.unitId()).map(u -> u.agencyId()).orElse(ctx.actor().agencyId());
            requireOfficial("leadNip", b.leadNip(), unitAgency);
            requireOfficial("assignerNip", b.assignerNip(), unitAgency);
            return true;
        }).then(Mono.defer(() -> commands.send(new RecordWorkRoleCommand(planId(nip, year), nip, year, id, b.unitId(), b.role(),
                b.leadNip(), b.assignerNip(), b.basisKind(), b.basisReference(), b.from(), b.until(), ctx.actor()),
                ctx))).thenReturn(new Created(id));
    }

    private void requireOfficial(String field, String nip, String agencyId) {
        if (nip != null && org.employee(nip).map(e -> !e.agencyId().equals(agencyId)).orElse(true)) {
            throw PerfRule.PERF_08.refusal(field, field + " must be an employee of the agency of the role's unit");
        }
    }

    @PostMapping("/roles/{roleId}/end")
    @Operation(summary = "End a work role early (peran berakhir)")
    public Mono<Created> endRole(@PathVariable String nip, @PathVariable int year, @PathVariable String roleId,
                                 @Valid @RequestBody EndRoleRequest b, CallContext ctx) {
        return commands.send(new EndWorkRoleCommand(planId(nip, year), nip, year, roleId, b.until(), ctx.actor()),
                ctx).thenReturn(new Created(roleId));
    }

    @PostMapping("/expectations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Set an expectation (ekspektasi pimpinan)",
            description = "PERF-04: by the appraiser or the unit head, at any time.")
    public Mono<Created> expectation(@PathVariable String nip, @PathVariable int year,
                                     @RequestBody ExpectationRequest b, CallContext ctx) {
        String id = Ids.newId(ctx, "expectation");
        return commands.send(new SetExpectationCommand(planId(nip, year), nip, year, id, b.targetNumber(),
                b.coreValue(), b.text(), ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @PostMapping("/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record evidence (bukti dukung): realisation of a target with links",
            description = "PERF-04, PERF-07: by the employee, at any time.")
    public Mono<Created> evidence(@PathVariable String nip, @PathVariable int year, @RequestBody EvidenceRequest b,
                                  CallContext ctx) {
        String id = Ids.newId(ctx, "evidence");
        return commands.send(new RecordEvidenceCommand(planId(nip, year), nip, year, id, b.targetNumber(), b.period(),
                b.realisation(), Links.checked(b.links()), ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @PostMapping("/feedback")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give feedback (umpan balik) or appraisal input (masukan penilaian)",
            description = "PERF-02, PERF-05: by the appraiser, the unit head, a team lead or an official who gave a "
                    + "special assignment; recorded with the giver's identity and role, at any time.")
    public Mono<Created> feedback(@PathVariable String nip, @PathVariable int year, @RequestBody FeedbackRequest b,
                                  CallContext ctx) {
        String id = Ids.newId(ctx, "feedback");
        return commands.send(new GiveFeedbackCommand(planId(nip, year), nip, year, id, b.kind(), b.text(),
                b.targetNumber(), b.period(), ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @PutMapping("/evaluations/{period}/rating")
    @Operation(summary = "Rate work results and behaviour (penilaian hasil kerja dan perilaku kerja)",
            description = "PERF-06: by the appraiser (incl. a delegate); the predikat follows from the matrix. "
                    + "Period TRIWULAN_I..IV (rule-set cadence) or TAHUNAN (PERF-07).")
    public Mono<Created> rate(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                              @RequestBody RatingRequest b, CallContext ctx) {
        return commands.<String>send(new RateEmployeeCommand(nip, year, period, b.workResultRating(),
                b.behaviourRating(), b.behaviourAspects(), b.note(), ctx.actor()), ctx).map(Created::new);
    }

    @PostMapping("/evaluations/{period}/receipt")
    @Operation(summary = "Acknowledge receiving the finalised result (tanda terima hasil penilaian kinerja)",
            description = "PERF-09: by the employee. The objection window (14 days, PP 30/2019 Pasal 59) counts from "
                    + "the earliest recorded receipt: this acknowledgement or the appraiser's recorded delivery. Until "
                    + "one is recorded the predikat is not final (PERF-10).")
    public Mono<Created> receipt(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                 @RequestBody(required = false) ReceiptRequest b, CallContext ctx) {
        return commands.send(new RecordResultReceiptCommand(nip, year, period, ReceiptSource.ACKNOWLEDGED_BY_EMPLOYEE,
                b == null ? null : b.receivedOn(), ctx.actor()), ctx).thenReturn(new Created(nip));
    }

    @PostMapping("/evaluations/{period}/delivery")
    @Operation(summary = "Record when the finalised result was delivered to the employee (penyampaian hasil)",
            description = "PERF-09: by the appraiser who rated (or the current appraiser); not before finalisation, "
                    + "not in the future. The objection window counts from the earliest recorded receipt.")
    public Mono<Created> delivery(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                  @Valid @RequestBody DeliveryRequest b, CallContext ctx) {
        return commands.send(new RecordResultReceiptCommand(nip, year, period,
                ReceiptSource.DELIVERY_RECORDED_BY_APPRAISER, b.deliveredOn(), ctx.actor()), ctx)
                .thenReturn(new Created(nip));
    }

    @PostMapping("/evaluations/{period}/objections/{objectionId}/explanation-requests")
    @Operation(summary = "Ask the appraiser and the employee for explanations on an objection (permintaan penjelasan)",
            description = "PERF-09: by the appraiser's superior, before deciding (PP 30/2019 Pasal 59(3)); each may "
                    + "answer within the rule set's days (7).")
    public Mono<Created> requestExplanations(@PathVariable String nip, @PathVariable int year,
                                             @PathVariable String period, @PathVariable String objectionId,
                                             CallContext ctx) {
        return commands.send(new RequestObjectionExplanationsCommand(nip, year, period, objectionId, ctx.actor()),
                ctx).thenReturn(new Created(objectionId));
    }

    @PostMapping("/evaluations/{period}/objections/{objectionId}/explanations")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Give the explanation the superior asked for (penjelasan atas keberatan)",
            description = "PERF-09: by the appraiser or the employee, once each (PP 30/2019 Pasal 59(3)).")
    public Mono<Created> explain(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                 @PathVariable String objectionId, @RequestBody ExplanationRequest b,
                                 CallContext ctx) {
        return commands.send(new GiveObjectionExplanationCommand(nip, year, period, objectionId,
                b == null ? null : b.text(), ctx.actor()), ctx).thenReturn(new Created(objectionId));
    }

    @PostMapping("/evaluations/{period}/objections")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Object to the result (keberatan) to the appraiser's superior",
            description = "PERF-09: by the employee, with reasons, within the rule set's days (14, PP 30/2019 Pasal "
                    + "59) of receiving the finalised result: from the earliest recorded receipt (acknowledgement or "
                    + "delivery), or today when none is recorded (the objection proves receipt).")
    public Mono<Created> object(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                @RequestBody ObjectionRequest b, CallContext ctx) {
        String id = Ids.newId(ctx, "objection");
        return commands.send(new FileObjectionCommand(nip, year, period, id, b.reasons(), ctx.actor()), ctx)
                .thenReturn(new Created(id));
    }

    @PostMapping("/evaluations/{period}/objections/{objectionId}/decision")
    @Operation(summary = "Decide an objection (keputusan atas keberatan)",
            description = "PERF-09: by the appraiser's superior (atasan pejabat penilai); UPHOLD or CHANGE, then "
                    + "final. Only after asking the appraiser and the employee for explanations and each answered or "
                    + "let the rule set's days pass (PP 30/2019 Pasal 59(3)); 422 otherwise, nothing stored.")
    public Mono<Created> decide(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                @PathVariable String objectionId, @RequestBody ObjectionDecisionRequest b,
                                CallContext ctx) {
        return commands.send(new DecideObjectionCommand(nip, year, period, objectionId, b.decision(),
                b.workResultRating(), b.behaviourRating(), b.reason(), ctx.actor()), ctx)
                .thenReturn(new Created(objectionId));
    }

    @PostMapping("/evaluations/{period}/follow-ups")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Record a follow-up (tindak lanjut): reward (penghargaan) or sanction (sanksi)",
            description = "PERF-10: against the final predikat; by STAFFING_AUTHORITY (PPK) or AGENCY_ADMIN.")
    public Mono<Created> followUp(@PathVariable String nip, @PathVariable int year, @PathVariable String period,
                                  @RequestBody FollowUpRequest b, CallContext ctx) {
        String id = Ids.newId(ctx, "follow-up");
        return commands.send(new RecordFollowUpCommand(nip, year, period, id, b.kind(), b.description(),
                b.legalBasis(), ctx.actor()), ctx).thenReturn(new Created(id));
    }

    @PostMapping("/functional-credit")
    @Operation(summary = "Convert the final annual predikat to functional credit (konversi angka kredit)",
            description = "PERF-10: coefficient of the functional level x the predikat's percentage (rule set "
                    + "data); by STAFFING_AUTHORITY (PPK) or AGENCY_ADMIN.")
    public Mono<Credit> credit(@PathVariable String nip, @PathVariable int year, CallContext ctx) {
        return commands.<Double>send(new ConvertFunctionalCreditCommand(nip, year, ctx.actor()), ctx)
                .map(c -> new Credit(nip, year, c));
    }
}
