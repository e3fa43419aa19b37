package id.sistemkerja.team.web;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Ids;
import id.sistemkerja.team.api.TeamCommands.AddTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamCoordinatorCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamMemberProposalCommand;
import id.sistemkerja.team.api.TeamCommands.DecideTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.DissolveTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.api.TeamCommands.EstablishTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamCommand;
import id.sistemkerja.team.api.TeamCommands.ProposeTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.RaiseTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.RemoveTeamMemberCommand;
import id.sistemkerja.team.api.TeamCommands.ReportMemberPerformanceCommand;
import id.sistemkerja.team.api.TeamCommands.RequestTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.ResubmitTeamProposalCommand;
import id.sistemkerja.team.api.TeamCommands.SubmitTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.VerifyTeamProposalCommand;
import id.sistemkerja.team.web.TeamDtos.AddMemberRequest;
import id.sistemkerja.team.web.TeamDtos.AppointCoordinatorRequest;
import id.sistemkerja.team.web.TeamDtos.AppointLeadRequest;
import id.sistemkerja.team.web.TeamDtos.DecisionRequest;
import id.sistemkerja.team.web.TeamDtos.DecreeRequest;
import id.sistemkerja.team.web.TeamDtos.DissolutionRequest;
import id.sistemkerja.team.web.TeamDtos.EndMemberRequest;
import id.sistemkerja.team.web.TeamDtos.MemberPerformanceRequest;
import id.sistemkerja.team.web.TeamDtos.ProblemDecisionRequest;
import id.sistemkerja.team.web.TeamDtos.ProblemRequest;
import id.sistemkerja.team.web.TeamDtos.ProposeMemberRequest;
import id.sistemkerja.team.web.TeamDtos.ProposeTeamRequest;
import id.sistemkerja.team.web.TeamDtos.Recorded;
import id.sistemkerja.team.web.TeamDtos.ReportRequest;
import id.sistemkerja.team.web.TeamDtos.ReportRequestRequest;
import id.sistemkerja.team.web.TeamDtos.ResubmitRequest;
import id.sistemkerja.team.web.TeamDtos.VerificationRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;

/** The acts in a work team's life (tim kerja): each a recorded act of a named official. */
@RestController
@RequestMapping("/api/v1/teams")
@Tag(name = "Work teams (Tim kerja)")
public class TeamController {

    private final CommandDispatcher commands;
    private final Clock clock;

    public TeamController(CommandDispatcher commands, Clock clock) {
        this.commands = commands;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private Mono<Recorded> send(Object command, CallContext context, String teamId, String id) {
        return commands.send(command, context).thenReturn(new Recorded(teamId, id));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a work team (usulan pembentukan tim kerja)", description = "By the head of the "
            + "owning unit (or the official the profile names as proposer, TEAM-04): purpose, specific measurable "
            + "targets, the competencies the work needs (required where the profile chooses leads by competence, "
            + "TEAM-05), period, planned size and, optionally, the planned scope (the decree's scope is derived from "
            + "its members, TEAM-07). Goes to the verification board where the profile requires it.")
    public Mono<Recorded> propose(@RequestBody ProposeTeamRequest r, CallContext context) {
        if (r.owningUnitId() == null || r.owningUnitId().isBlank()) {
            throw ProblemException.invalid("owningUnitId", "owningUnitId (the owning unit) is required");
        }
        String teamId = Ids.newId(context, "team");
        return send(new ProposeTeamCommand(teamId, context.actor().agencyId(), r.owningUnitId(), r.name(),
                r.purpose(), r.targets(), r.competencies(), r.periodFrom(), r.periodUntil(), r.scope(),
                r.plannedSize(), today(), context.actor()), context, teamId, teamId);
    }

    @PostMapping("/{teamId}/resubmission")
    @Operation(summary = "Resubmit a returned proposal (usulan perbaikan), TEAM-04")
    public Mono<Recorded> resubmit(@PathVariable String teamId, @RequestBody ResubmitRequest r, CallContext context) {
        return send(new ResubmitTeamProposalCommand(teamId, r.purpose(), r.targets(), r.note(), today(),
                context.actor()), context, teamId, teamId);
    }

    @PostMapping("/{teamId}/verification")
    @Operation(summary = "Verify a proposal: recommend or return it (rekomendasi Tim Verifikasi), TEAM-04",
            description = "Only the verification board (role VERIFICATION_BOARD); a returned proposal states why.")
    public Mono<Recorded> verify(@PathVariable String teamId, @RequestBody VerificationRequest r, CallContext context) {
        return send(new VerifyTeamProposalCommand(teamId, r.recommended(), r.reason(), today(), context.actor()),
                context, teamId, teamId);
    }

    @PostMapping("/{teamId}/decree")
    @Operation(summary = "Establish the team by decree (SK pembentukan tim), TEAM-07/TEAM-08", description = "By "
            + "the official the profile names for the team's scope, derived from the members' home units, departments "
            + "and agencies (never narrower than the planned scope); dated on or after the proposal and the "
            + "verification; the decree states tasks, targets and members with roles. Bandung (TEAM-04): a decree "
            + "after the start-of-year performance agreement is recorded as late.")
    public Mono<Recorded> establish(@PathVariable String teamId, @RequestBody DecreeRequest r, CallContext context) {
        return send(new EstablishTeamCommand(teamId, r.decreeNumber(), r.decreeDate(), r.tasks(), r.targets(),
                r.members(), context.actor()), context, teamId, teamId);
    }

    @PostMapping("/{teamId}/lead")
    @Operation(summary = "Appoint the team lead (penunjukan ketua tim), TEAM-02/03/05", description = "Eligibility "
            + "by profile (each failed criterion named with its article); a choice against a preference (owning "
            + "unit, JF hasil penyetaraan) needs a justification.")
    public Mono<Recorded> appointLead(@PathVariable String teamId, @RequestBody AppointLeadRequest r,
                                      CallContext context) {
        return send(new AppointTeamLeadCommand(teamId, r.nip(), r.effectiveFrom() == null ? today()
                : r.effectiveFrom(), r.experienceInField(), r.justification(), context.actor()), context, teamId, r.nip());
    }

    @PostMapping("/{teamId}/coordinator")
    @Operation(summary = "Appoint the team coordinator (penunjukan koordinator tim kerja), TEAM-06",
            description = "Only where the profile provides for a coordinator (e.g. Serang: the investment department).")
    public Mono<Recorded> appointCoordinator(@PathVariable String teamId, @RequestBody AppointCoordinatorRequest r,
                                             CallContext context) {
        return send(new AppointTeamCoordinatorCommand(teamId, r.nip(), r.effectiveFrom() == null ? today()
                : r.effectiveFrom(), r.experienceInField(), r.experienceEquivalentTo(), context.actor()), context,
                teamId, r.nip());
    }

    @PostMapping("/{teamId}/members")
    @Operation(summary = "Record a member joining (anggota tim bergabung)", description = "By the owning unit head, "
            + "not before the decree; a member from outside the decree's scope is refused naming the official whose "
            + "decree it needs (TEAM-07). Members also join automatically when assignment-service issues a TEAM order; "
            + "the order's number and assignment are recorded only from that path.")
    public Mono<Recorded> addMember(@PathVariable String teamId, @RequestBody AddMemberRequest r, CallContext context) {
        return send(new AddTeamMemberCommand(teamId, r.nip(), r.duty(), r.effectiveFrom() == null ? today()
                : r.effectiveFrom(), context.actor()), context, teamId, r.nip());
    }

    @PostMapping("/{teamId}/members/{nip}/end")
    @Operation(summary = "Record a member leaving (anggota tim keluar)", description = "By the owning unit head; the "
            + "end is recorded as RECORDED_BY_UNIT_HEAD (ends of team assignments come from assignment-service).")
    public Mono<Recorded> endMember(@PathVariable String teamId, @PathVariable String nip,
                                    @RequestBody EndMemberRequest r, CallContext context) {
        return send(new RemoveTeamMemberCommand(teamId, nip, null, r.effectiveOn() == null ? today() : r.effectiveOn(),
                null, context.actor()), context, teamId, nip);
    }

    @PostMapping("/{teamId}/member-proposals")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Propose a member to the unit head (usulan anggota tim), TEAM-08",
            description = "By the lead or coordinator, with the member's duty divided by competence.")
    public Mono<Recorded> proposeMember(@PathVariable String teamId, @RequestBody ProposeMemberRequest r,
                                        CallContext context) {
        String proposalId = Ids.newId(context, "member-proposal");
        return send(new ProposeTeamMemberCommand(teamId, proposalId, r.nip(), r.duty(), today(), context.actor()),
                context, teamId, proposalId);
    }

    @PostMapping("/{teamId}/member-proposals/{proposalId}/decision")
    @Operation(summary = "Decide a member proposal (keputusan usulan anggota), TEAM-08")
    public Mono<Recorded> decideMember(@PathVariable String teamId, @PathVariable String proposalId,
                                       @RequestBody DecisionRequest r, CallContext context) {
        return send(new DecideTeamMemberProposalCommand(teamId, proposalId, r.accepted(), r.reason(), today(),
                context.actor()), context, teamId, proposalId);
    }

    @PostMapping("/{teamId}/dissolution")
    @Operation(summary = "Dissolve the team by a recorded act (pembubaran tim), TEAM-12", description = "By the "
            + "owning unit head; every member's team assignment ends on the effective date (team.TeamDissolved).")
    public Mono<Recorded> dissolve(@PathVariable String teamId, @RequestBody DissolutionRequest r, CallContext context) {
        return send(new DissolveTeamCommand(teamId, r.effectiveOn() == null ? today() : r.effectiveOn(), r.reason(),
                r.decreeNumber(), today(), context.actor()), context, teamId, teamId);
    }

    @PostMapping("/{teamId}/end")
    @Operation(summary = "Record the end of the team's period (berakhirnya masa tim), TEAM-12")
    public Mono<Recorded> end(@PathVariable String teamId, CallContext context) {
        return send(new EndTeamCommand(teamId, today(), context.actor()), context, teamId, teamId);
    }

    @PostMapping("/{teamId}/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Submit a report in the team chain (laporan tim), RPT-02", description = "A member reports "
            + "to the lead, the lead to the official the profile names; may answer an open request (RPT-03).")
    public Mono<Recorded> report(@PathVariable String teamId, @RequestBody ReportRequest r, CallContext context) {
        String reportId = Ids.newId(context, "team-report");
        return send(new SubmitTeamReportCommand(teamId, reportId, r.periodFrom(), r.periodUntil(), r.summary(),
                r.answersRequestId(), today(), context.actor()), context, teamId, reportId);
    }

    @PostMapping("/{teamId}/report-requests")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Request a report from the lead or a member (permintaan laporan), RPT-03",
            description = "By the officials the profile names (unit head; Serang also PPK and PyB); open until answered.")
    public Mono<Recorded> requestReport(@PathVariable String teamId, @RequestBody ReportRequestRequest r,
                                        CallContext context) {
        String requestId = Ids.newId(context, "report-request");
        return send(new RequestTeamReportCommand(teamId, requestId, r.fromNip(), r.subject(), today(),
                context.actor()), context, teamId, requestId);
    }

    @PostMapping("/{teamId}/member-performance-reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Report a member's performance (laporan kinerja anggota), TEAM-10",
            description = "By the lead, to the member's appraiser and the unit head, as appraisal input (PERF-05).")
    public Mono<Recorded> memberPerformance(@PathVariable String teamId, @RequestBody MemberPerformanceRequest r,
                                            CallContext context) {
        String reportId = Ids.newId(context, "member-report");
        return send(new ReportMemberPerformanceCommand(teamId, reportId, r.memberNip(), r.periodFrom(),
                r.periodUntil(), r.assessment(), r.achievedTargets(), today(), context.actor()), context, teamId,
                reportId);
    }

    @PostMapping("/{teamId}/problems")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Raise a problem with alternative recommendations (permasalahan tim), TEAM-11")
    public Mono<Recorded> raiseProblem(@PathVariable String teamId, @RequestBody ProblemRequest r, CallContext context) {
        String problemId = Ids.newId(context, "team-problem");
        return send(new RaiseTeamProblemCommand(teamId, problemId, r.description(), r.alternatives(), today(),
                context.actor()), context, teamId, problemId);
    }

    @PostMapping("/{teamId}/problems/{problemId}/decision")
    @Operation(summary = "Decide a team's problem (keputusan atas permasalahan tim), TEAM-11")
    public Mono<Recorded> decideProblem(@PathVariable String teamId, @PathVariable String problemId,
                                        @RequestBody ProblemDecisionRequest r, CallContext context) {
        return send(new DecideTeamProblemCommand(teamId, problemId, r.chosenAlternative(), r.decision(), today(),
                context.actor()), context, teamId, problemId);
    }
}
