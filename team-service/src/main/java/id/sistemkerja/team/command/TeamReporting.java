package id.sistemkerja.team.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.profile.TeamRole;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.team.api.TeamCommands.DecideTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.RaiseTeamProblemCommand;
import id.sistemkerja.team.api.TeamCommands.ReportMemberPerformanceCommand;
import id.sistemkerja.team.api.TeamCommands.RequestTeamReportCommand;
import id.sistemkerja.team.api.TeamCommands.SubmitTeamReportCommand;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemDecidedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamProblemRaisedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportRequestedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamReportSubmittedEvent;
import id.sistemkerja.team.command.TeamRoster.ActiveMember;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static id.sistemkerja.team.command.TeamActs.hasText;
import static id.sistemkerja.team.command.TeamActs.notBefore;
import static id.sistemkerja.team.command.TeamActs.requireDate;
import static id.sistemkerja.team.command.TeamActs.requireText;
import static id.sistemkerja.team.command.TeamActs.texts;
import static id.sistemkerja.team.command.TeamRule.PERF_05;
import static id.sistemkerja.team.command.TeamRule.RPT_03;
import static id.sistemkerja.team.command.TeamRule.TEAM_10;
import static id.sistemkerja.team.command.TeamRule.TEAM_11;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work team's reporting chain, inside the {@link WorkTeam} aggregate: members report to the lead and the lead to the
 * officials the profile names (RPT-02), who may request a report at any time (RPT-03); the lead reports each member's
 * performance to the member's appraiser and the unit head (TEAM-10, PERF-05 input); problems go with alternative
 * recommendations to the owning unit head, who decides them (TEAM-11).
 */
class TeamReporting {

    /** The root; left out of the audit's state view (its fields are the root's), which would otherwise recurse. */
    @JsonIgnore
    private final WorkTeam team;
    /** Open report requests: request id → NIP of the person asked. */
    private final Map<String, String> openRequests = new HashMap<>();
    /** Open problems: problem id → number of alternatives. */
    private final Map<String, Integer> openProblems = new HashMap<>();

    TeamReporting(WorkTeam team) {
        this.team = team;
    }

    @CommandHandler
    public void handle(SubmitTeamReportCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablishedOnce("report");
        LocalDate on = requireDate(command.submittedOn(), "submittedOn");
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        String reporter = command.actor().subject();
        TeamLeadership leadership = team.leadership();
        TeamRoster roster = team.roster();
        TeamMemberRole role = leadership.leads(reporter) ? TeamMemberRole.KETUA
                : leadership.coordinates(reporter) ? TeamMemberRole.KOORDINATOR
                : roster.isMember(reporter) ? TeamMemberRole.ANGGOTA : null;
        if (role == null) {
            throw TEAM_10.forbidden("only the lead and the members of team " + team.teamId() + " report in its chain");
        }
        Decision<ReportRecipients> recipients = profile.teamReportRecipients(
                role == TeamMemberRole.ANGGOTA ? TeamRole.MEMBER : TeamRole.LEAD);
        // 12.12: nobody reports on a role before holding it
        LocalDate since = role == TeamMemberRole.KETUA ? leadership.leadFrom() : role == TeamMemberRole.KOORDINATOR
                ? leadership.coordinatorFrom() : roster.member(reporter).from();
        notBefore(on, "submittedOn", since, "day " + reporter + " took the role of " + role, recipients.grounds());
        requireText(command.summary(), "summary", "what the report says (isi laporan)");
        if (command.answersRequestId() != null && !reporter.equals(openRequests.get(command.answersRequestId()))) {
            throw RPT_03.refusal("answersRequestId", "no open report request " + command.answersRequestId() + " to "
                    + reporter + " in team " + team.teamId());
        }
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(team.owningUnitId());
        List<String> nips = ReportAddressees.of(recipients, officials, unit, team.teamId(), leadership.leadNip(),
                () -> assignerOf(officials, unit, reporter, on), on);
        apply(new TeamReportSubmittedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.reportId(),
                reporter, role, recipients.outcome().anyOf(), nips, command.periodFrom(), command.periodUntil(),
                command.summary(), command.answersRequestId(), on, recipients.basis()));
    }

    @CommandHandler
    public void handle(RequestTeamReportCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablishedOnce("request a report");
        LocalDate on = requireDate(command.requestedOn(), "requestedOn");
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        Decision<List<Official>> requesters = profile.reportRequesters();
        List<Official> mayRequest = requesters.outcome();
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(team.owningUnitId());
        Official capacity = officials.capacity(command.actor(), mayRequest, unit, on).orElseGet(() -> {
            officials.requireKnown(mayRequest, unit, on, null); // 12.11
            throw requesters.forbidden("a report from the team is requested by the " + TeamOfficials.who(mayRequest));
        });
        Decision<Official> allowed = profile.mayRequestReport(capacity);
        TeamLeadership leadership = team.leadership();
        if (!leadership.leads(command.fromNip()) && !leadership.coordinates(command.fromNip())
                && !team.roster().isMember(command.fromNip())) {
            throw RPT_03.refusal("fromNip", command.fromNip() + " is neither the lead nor a member of team "
                    + team.teamId());
        }
        requireText(command.subject(), "subject", "what the report should cover");
        apply(new TeamReportRequestedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.requestId(),
                command.actor().subject(), capacity, command.fromNip(), command.subject(), on, allowed.basis()));
    }

    @CommandHandler
    public void handle(ReportMemberPerformanceCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablishedOnce("report a member's performance");
        LocalDate on = requireDate(command.reportedOn(), "reportedOn");
        TeamLeadership leadership = team.leadership();
        // TEAM-10: the lead reports members' performance to the appraiser and unit head as appraisal input
        if (!command.actor().subject().equals(leadership.leadNip())) {
            throw TEAM_10.forbidden("the lead (ketua tim) of team " + team.teamId() + " reports its members' "
                    + "performance");
        }
        ActiveMember member = team.roster().member(command.memberNip());
        if (member == null) {
            throw TEAM_10.refusal("memberNip", command.memberNip() + " is not a member of team " + team.teamId());
        }
        // 12.12: the lead reports on a member of the team the lead leads, from the day both roles hold
        notBefore(on, "reportedOn", leadership.leadFrom(), "day " + leadership.leadNip() + " took office as lead",
                TEAM_10.grounds());
        notBefore(on, "reportedOn", member.from(), "day " + member.nip() + " joined", TEAM_10.grounds());
        requireText(command.assessment(), "assessment", "the assessment of the member's work (penilaian)");
        TeamOfficials officials = new TeamOfficials(org);
        Set<String> recipients = new LinkedHashSet<>();
        // 12.11: the member's appraiser must be known, or the report would silently miss its first addressee
        String appraiser = org.appraiserOf(command.memberNip(), on).orElseThrow(() -> ProblemException.notYetKnown(
                "Appraiser (Pejabat Penilai Kinerja) of employee", command.memberNip() + " on " + on)).appraiserNip();
        if (appraiser != null) {
            recipients.add(appraiser);
        }
        recipients.add(officials.headOf(team.owningUnitId(), on));
        apply(new MemberPerformanceReportedEvent(team.teamId(), team.agencyId(), team.owningUnitId(),
                command.reportId(), command.memberNip(), leadership.leadNip(), command.periodFrom(),
                command.periodUntil(), command.assessment(), texts(command.achievedTargets()),
                List.copyOf(recipients), on, profiles.inForce(team.agencyId(), on).basis(TEAM_10, PERF_05)));
    }

    @CommandHandler
    public void handle(RaiseTeamProblemCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablished("raise a problem");
        LocalDate on = requireDate(command.raisedOn(), "raisedOn");
        String actor = command.actor().subject();
        TeamLeadership leadership = team.leadership();
        if (!leadership.leads(actor) && !leadership.coordinates(actor) && !team.roster().isMember(actor)) {
            throw TEAM_11.forbidden("problems are raised by the lead or members of team " + team.teamId());
        }
        requireText(command.description(), "description", "the problem (permasalahan)");
        List<String> alternatives = texts(command.alternatives());
        if (alternatives.isEmpty()) {
            throw TEAM_11.refusal("alternatives", "a team raises a problem with alternative recommendations "
                    + "(alternatif rekomendasi)");
        }
        TeamOfficials officials = new TeamOfficials(org);
        String owningHead = officials.headOf(team.owningUnitId(), on);
        // TEAM-11: cross-unit teams also inform each member's home unit head
        Set<String> visibleTo = new LinkedHashSet<>(List.of(owningHead));
        team.roster().activeMembers().stream().map(ActiveMember::homeUnitId).filter(Objects::nonNull)
                .filter(u -> !u.equals(team.owningUnitId())).distinct()
                .forEach(u -> visibleTo.add(officials.headOf(u, on)));
        apply(new TeamProblemRaisedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.problemId(),
                actor, command.description(), alternatives, owningHead, List.copyOf(visibleTo), on,
                profiles.inForce(team.agencyId(), on).basis(TEAM_11)));
    }

    @CommandHandler
    public void handle(DecideTeamProblemCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        LocalDate on = requireDate(command.decidedOn(), "decidedOn");
        if (!command.actor().subject().equals(new TeamOfficials(org).headOf(team.owningUnitId(), on))) {
            throw TEAM_11.forbidden("a team's problem is decided by the head of the owning unit "
                    + team.owningUnitId());
        }
        Integer alternatives = openProblems.get(command.problemId());
        if (alternatives == null) {
            throw ProblemException.notFound("Open problem of team " + team.teamId(), command.problemId());
        }
        Integer chosen = command.chosenAlternative();
        if (chosen != null && (chosen < 0 || chosen >= alternatives)) {
            throw ProblemException.invalid("chosenAlternative", "choose one of the " + alternatives
                    + " alternatives (0-based) or none");
        }
        if (chosen == null && !hasText(command.decision())) {
            throw ProblemException.invalid("decision", "a decision without a chosen alternative states what was "
                    + "decided");
        }
        apply(new TeamProblemDecidedEvent(team.teamId(), team.agencyId(), command.problemId(), chosen,
                command.decision(), command.actor().subject(), on,
                profiles.inForce(team.agencyId(), on).basis(TEAM_11)));
    }

    /**
     * RPT-02 (Serang: the lead reports to the pemberi tugas): the official who issued the reporter's TEAM order, else
     * the head of the owning unit on the day (the kepala Unit Organisasi who issues the surat tugas, SRG23 8(2)a).
     */
    private String assignerOf(TeamOfficials officials, UnitFacts unit, String reporter, LocalDate on) {
        ActiveMember membership = team.roster().member(reporter);
        if (membership != null && membership.assignedBy() != null) {
            return officials.assignerOf(membership.assignedBy(), unit, on).orElseThrow();
        }
        return officials.headOf(team.owningUnitId(), on);
    }

    @EventSourcingHandler
    void on(TeamReportRequestedEvent event) {
        openRequests.put(event.requestId(), event.fromNip());
    }

    @EventSourcingHandler
    void on(TeamReportSubmittedEvent event) {
        if (event.answersRequestId() != null) {
            openRequests.remove(event.answersRequestId());
        }
    }

    @EventSourcingHandler
    void on(TeamProblemRaisedEvent event) {
        openProblems.put(event.problemId(), event.alternatives().size());
    }

    @EventSourcingHandler
    void on(TeamProblemDecidedEvent event) {
        openProblems.remove(event.problemId());
    }
}
