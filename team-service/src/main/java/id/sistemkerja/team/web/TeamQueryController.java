package id.sistemkerja.team.web;

import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.platform.web.Paging;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import id.sistemkerja.team.api.DepartmentAffairsCommands;
import id.sistemkerja.team.api.DepartmentAffairsCommands.RecordDepartmentAffairsCommand;
import id.sistemkerja.team.query.TeamDocuments.AllowanceDocument;
import id.sistemkerja.team.query.TeamDocuments.MembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ProblemDocument;
import id.sistemkerja.team.query.TeamDocuments.RefusedMembershipDocument;
import id.sistemkerja.team.query.TeamDocuments.ReportRequestDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import id.sistemkerja.team.query.TeamDocuments.TeamReportDocument;
import id.sistemkerja.team.query.TeamQueries;
import id.sistemkerja.team.web.TeamDtos.DepartmentAffairsRequest;
import id.sistemkerja.team.web.TeamDtos.Recorded;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Reads of work teams (tim kerja): always within the caller's agency. Reports, report requests and allowance
 * entitlements carry personal performance and pay data (H5): each is readable by those it concerns (reporter,
 * member, recipients, requester, addressee, the team's lead, the owning unit's head) and by the agency's overseers
 * (PPK, PyB, Sekda, administrators, auditors); allowances in full by the payroll client, otherwise one's own.
 * Lists are paged (M6: size up to 500).
 */
@RestController
@Tag(name = "Work team queries (Informasi tim kerja)")
public class TeamQueryController {

    private static final String[] OVERSEERS = {Roles.STAFFING_AUTHORITY, Roles.AUTHORIZED_OFFICIAL,
            Roles.REGIONAL_SECRETARY, Roles.AGENCY_ADMIN, Roles.AUDITOR};

    private final TeamQueries queries;
    private final CommandDispatcher commands;
    private final Clock clock;
    private final OrgDirectory org;

    public TeamQueryController(TeamQueries queries, CommandDispatcher commands, Clock clock, OrgDirectory org) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.org = org;
    }

    private static boolean overseer(Actor actor) {
        return actor.hasAnyRole(OVERSEERS);
    }

    /** The team's lead or the head of its owning unit today: they read everything of the team. */
    private boolean leads(Actor actor, String teamId) {
        return queries.team(teamId).map(t -> actor.subject().equals(t.leadNip()) || org.headOf(t.owningUnitId(),
                LocalDate.now(clock)).map(actor.subject()::equals).orElse(false)).orElse(false);
    }

    private boolean mayRead(Actor actor, TeamReportDocument report) {
        String me = actor.subject();
        return overseer(actor) || me.equals(report.reporterNip()) || me.equals(report.memberNip())
                || (report.recipientNips() != null && report.recipientNips().contains(me)) || leads(actor, report.teamId());
    }

    private boolean mayRead(Actor actor, ReportRequestDocument request) {
        String me = actor.subject();
        return overseer(actor) || me.equals(request.requestedBy()) || me.equals(request.fromNip())
                || leads(actor, request.teamId());
    }

    private LocalDate dateOr(LocalDate on) {
        return on == null ? LocalDate.now(clock) : on;
    }

    private TeamDocument teamOf(String teamId, CallContext context) {
        TeamDocument team = queries.team(teamId).orElseThrow(() -> ProblemException.notFound("Work team", teamId));
        Access.requireAgency(context.actor(), team.agencyId());
        return team;
    }

    @GetMapping("/api/v1/teams")
    @Operation(summary = "Teams of a unit (tim kerja unit organisasi)")
    public Mono<List<TeamDocument>> teamsOfUnit(@RequestParam String unitId,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size, CallContext context) {
        Paging paging = Paging.of(page, size);
        String agencyId = context.actor().agencyId();
        return agencyId == null ? Mono.just(List.of())
                : Blocking.mono(() -> queries.teamsOfUnit(unitId, agencyId, paging));
    }

    @GetMapping("/api/v1/teams/pending-verifications")
    @Operation(summary = "Proposals awaiting verification (usulan menunggu verifikasi Tim Verifikasi), TEAM-04")
    public Mono<List<TeamDocument>> pendingVerifications(@RequestParam(required = false) Integer page,
                                                         @RequestParam(required = false) Integer size,
                                                         CallContext context) {
        Paging paging = Paging.of(page, size);
        Access.requireAgency(context.actor(), context.actor().agencyId());
        return Blocking.mono(() -> queries.pendingVerifications(context.actor().agencyId(), paging));
    }

    @GetMapping("/api/v1/teams/late")
    @Operation(summary = "Teams decreed late (tim kerja ditetapkan setelah penetapan kinerja awal tahun), TEAM-04",
            description = "Teams of the caller's agency whose period starts in the year and whose decree came after "
                    + "the day the profile sets (Bandung: before the start-of-year performance agreement, lampiran "
                    + "B.3 huruf g); recorded, not refused.")
    public Mono<List<TeamDocument>> lateDecrees(@RequestParam int year,
                                                @RequestParam(required = false) Integer page,
                                                @RequestParam(required = false) Integer size, CallContext context) {
        Paging paging = Paging.of(page, size); // M6: paged in the query
        Access.requireAgency(context.actor(), context.actor().agencyId());
        return Blocking.mono(() -> queries.lateDecrees(context.actor().agencyId(), year, paging));
    }

    @GetMapping("/api/v1/teams/{teamId}/refused-memberships")
    @Operation(summary = "Memberships refused from TEAM orders (penugasan tim yang ditolak), TEAM-07",
            description = "Assignees of TEAM assignment orders the team did not take, with rule and reason: from "
                    + "another owning unit, outside the decree's scope, before the decree or after the team's end.")
    public Mono<List<RefusedMembershipDocument>> refusedMemberships(@PathVariable String teamId,
                                                                    CallContext context) {
        return Blocking.mono(() -> {
            teamOf(teamId, context);
            return queries.refusedMemberships(teamId);
        });
    }

    @GetMapping("/api/v1/teams/{teamId}")
    @Operation(summary = "A work team (tim kerja): status, decree, lead, coordinator")
    public Mono<TeamDocument> team(@PathVariable String teamId, CallContext context) {
        return Blocking.mono(() -> teamOf(teamId, context));
    }

    @GetMapping("/api/v1/teams/{teamId}/roster")
    @Operation(summary = "A team's roster on a date (susunan keanggotaan tim)")
    public Mono<List<MembershipDocument>> roster(@PathVariable String teamId,
                                                 @Parameter(description = "Date (yyyy-mm-dd); today when absent")
                                                 @RequestParam(required = false)
                                                 @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                 CallContext context) {
        return Blocking.mono(() -> {
            teamOf(teamId, context);
            return queries.roster(teamId, dateOr(on));
        });
    }

    @GetMapping("/api/v1/teams/rosters")
    @Operation(summary = "Rosters of every team of a unit on a date (susunan keanggotaan tim unit organisasi)")
    public Mono<List<MembershipDocument>> rostersOfUnit(@RequestParam String unitId,
                                                        @RequestParam(required = false)
                                                        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                        @RequestParam(required = false) Integer page,
                                                        @RequestParam(required = false) Integer size,
                                                        CallContext context) {
        Paging paging = Paging.of(page, size);
        String agencyId = context.actor().agencyId();
        return agencyId == null ? Mono.just(List.of())
                : Blocking.mono(() -> queries.rostersOfUnit(unitId, agencyId, dateOr(on), paging));
    }

    @GetMapping("/api/v1/teams/{teamId}/reports")
    @Operation(summary = "Reports of a team (laporan tim), RPT-02 and TEAM-10",
            description = "The reports the caller may read: as reporter, member reported on, recipient, the team's "
                    + "lead, the owning unit's head, or an overseer of the agency (H5).")
    public Mono<List<TeamReportDocument>> reports(@PathVariable String teamId, CallContext context) {
        return Blocking.mono(() -> {
            teamOf(teamId, context);
            return queries.reports(teamId).stream().filter(r -> mayRead(context.actor(), r)).toList();
        });
    }

    @GetMapping("/api/v1/teams/{teamId}/problems")
    @Operation(summary = "Problems raised by a team (permasalahan tim), TEAM-11")
    public Mono<List<ProblemDocument>> problems(@PathVariable String teamId, CallContext context) {
        return Blocking.mono(() -> {
            teamOf(teamId, context);
            return queries.problemsOfTeam(teamId);
        });
    }

    @GetMapping("/api/v1/employees/{nip}/teams")
    @Operation(summary = "An employee's teams on a date (keanggotaan tim pegawai)")
    public Mono<List<MembershipDocument>> teamsOfEmployee(@PathVariable String nip,
                                                          @RequestParam(required = false)
                                                          @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                          CallContext context) {
        return Blocking.mono(() -> queries.teamsOfEmployee(nip, dateOr(on)).stream()
                .filter(m -> Access.sameAgency(context.actor(), m.agencyId())).toList());
    }

    @GetMapping("/api/v1/report-requests")
    @Operation(summary = "Open report requests (permintaan laporan yang belum dijawab), RPT-03",
            description = "Of the caller's agency; to one employee (fromNip) and/or of one team (teamId); only those "
                    + "the caller requested, is asked for, leads or heads the team of, unless an overseer (H5).")
    public Mono<List<ReportRequestDocument>> openRequests(@RequestParam(required = false) String fromNip,
                                                          @RequestParam(required = false) String teamId,
                                                          @RequestParam(required = false) Integer page,
                                                          @RequestParam(required = false) Integer size,
                                                          CallContext context) {
        Paging paging = Paging.of(page, size);
        Access.requireAgency(context.actor(), context.actor().agencyId());
        return Blocking.mono(() -> paging.apply(queries.openReportRequests(context.actor().agencyId(), fromNip, teamId)
                .stream().filter(r -> mayRead(context.actor(), r)).toList()));
    }

    @GetMapping("/api/v1/team/problems")
    @Operation(summary = "Problems the caller decides or is informed of (permasalahan tim untuk pimpinan unit), "
            + "TEAM-11")
    public Mono<List<ProblemDocument>> problemsForMe(CallContext context) {
        return Blocking.mono(() -> queries.problemsVisibleTo(context.actor().subject()).stream()
                .filter(p -> Access.sameAgency(context.actor(), p.agencyId())).toList());
    }

    @GetMapping("/api/v1/team/allowances")
    @Operation(summary = "Allowance entitlements of leads and coordinators (hak tambahan penghasilan), TEAM-09",
            description = "For payroll systems (PAYROLL_CLIENT) and the agency's overseers: entitlements in force on "
                    + "the date in the caller's agency. Anyone else reads only their own (H5).")
    public Mono<List<AllowanceDocument>> allowances(@RequestParam(required = false) String nip,
                                                    @RequestParam(required = false)
                                                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                                                    @RequestParam(required = false) Integer page,
                                                    @RequestParam(required = false) Integer size,
                                                    CallContext context) {
        Paging paging = Paging.of(page, size);
        Actor actor = context.actor();
        Access.requireAgency(actor, actor.agencyId());
        boolean all = overseer(actor) || actor.hasRole(Roles.PAYROLL_CLIENT);
        if (!all && nip != null && !nip.equals(actor.subject())) {
            throw ProblemException.forbidden("Allowance entitlements of others are for payroll and the agency's "
                    + "overseers.", "PAYROLL_CLIENT, AGENCY_ADMIN, STAFFING_AUTHORITY, AUTHORIZED_OFFICIAL, AUDITOR");
        }
        String whose = all ? nip : actor.subject();
        return Blocking.mono(() -> queries.allowances(actor.agencyId(), whose, dateOr(on), paging));
    }

    @PutMapping("/api/v1/team/department-affairs/{departmentId}")
    @Operation(summary = "Record a department's government affairs (urusan pemerintahan perangkat daerah), TEAM-06",
            description = "By the agency administrator; TEAM-06 (Serang) allows coordinators only in the department "
                    + "for investment (PENANAMAN_MODAL).")
    public Mono<Recorded> recordAffairs(@PathVariable String departmentId, @RequestBody DepartmentAffairsRequest r,
                                        CallContext context) {
        return commands.send(new RecordDepartmentAffairsCommand(DepartmentAffairsCommands.recordId(departmentId),
                        context.actor().agencyId(), departmentId, r.affairs(), r.legalBasis(), context.actor()), context)
                .thenReturn(new Recorded(null, departmentId));
    }
}
