package id.sistemkerja.team.command;

import com.fasterxml.jackson.annotation.JsonIgnore;
import id.sistemkerja.contracts.vocabulary.TeamMemberRole;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.AllowanceEntitlement;
import id.sistemkerja.regulation.profile.CoordinatorAppointment;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.Grounds;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.TeamEstablisher;
import id.sistemkerja.regulation.profile.TeamRole;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.team.api.TeamCommands.AppointTeamCoordinatorCommand;
import id.sistemkerja.team.api.TeamCommands.AppointTeamLeadCommand;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementStartedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.command.LeadAppointmentRules.Candidate;
import id.sistemkerja.team.command.LeadAppointmentRules.Priority;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;

import java.time.LocalDate;
import java.util.List;

import static id.sistemkerja.team.command.TeamActs.hasText;
import static id.sistemkerja.team.command.TeamActs.notBefore;
import static id.sistemkerja.team.command.TeamActs.requireDate;
import static id.sistemkerja.team.command.TeamActs.requireText;
import static id.sistemkerja.team.command.TeamRule.TEAM_01;
import static id.sistemkerja.team.command.TeamRule.TEAM_02;
import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A work team's leadership, inside the {@link WorkTeam} aggregate: one lead (TEAM-01) appointed by the official the
 * profile names (TEAM-02) under its eligibility and priority rules (TEAM-03, TEAM-05), and a coordinator where the
 * profile provides for one (TEAM-06); the additional allowance either carries starts and ends with the role (TEAM-09).
 */
class TeamLeadership {

    /** The root; left out of the audit's state view (its fields are the root's), which would otherwise recurse. */
    @JsonIgnore
    private final WorkTeam team;
    private String leadNip;
    private LocalDate leadFrom;
    private boolean leadAllowance;
    private String coordinatorNip;
    private LocalDate coordinatorFrom;
    private boolean coordinatorAllowance;

    TeamLeadership(WorkTeam team) {
        this.team = team;
    }

    @CommandHandler
    public void handle(AppointTeamLeadCommand command, AgencyProfiles profiles, OrgDirectory org) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablished("appoint a lead");
        LocalDate on = requireDate(command.effectiveFrom(), "effectiveFrom");
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(team.owningUnitId());
        Decision<TeamEstablisher> establisher = profile.teamEstablisher(team.scope());
        // TEAM-02: the appraiser or unit head appoints; TEAM-07 (Serang): the PPK sets lead and coordinator; Bekasi:
        // the candidate's appraiser or the unit head, Level I or Level II (BKS23 Pasal 9(3), lampiran C.3 huruf c)
        List<Official> setBy = establisher.orElseThrow("scope").leadAndCoordinatorSetBy();
        List<Official> appointers = setBy.isEmpty() ? List.of(Official.OWNING_UNIT_HEAD) : setBy;
        Grounds appointment = setBy.isEmpty() ? TEAM_02.grounds() : TEAM_02.citing(leadSetterCitation(establisher));
        requireText(command.nip(), "nip", "NIP of the candidate");
        Official capacity = officials.capacityFor(command.actor(), appointers, unit, on, command.nip())
                .orElseGet(() -> {
                    officials.requireKnown(appointers, unit, on, command.nip()); // 12.11
                    throw appointment.forbidden("the team lead (ketua tim) of team " + team.teamId() + " is appointed "
                            + "by the " + TeamOfficials.who(appointers));
                });
        // 12.12: a lead is appointed in an established team, and a successor not before the lead in office
        notBefore(on, "effectiveFrom", team.decreeDate(), "decree (SK pembentukan tim)", TEAM_02.grounds());
        notBefore(on, "effectiveFrom", leadFrom, "appointment of the lead in office, " + leadNip + ",",
                TEAM_01.grounds());
        if (command.nip().equals(leadNip)) {
            throw ProblemException.conflict(command.nip() + " leads team " + team.teamId() + " already");
        }
        Candidate candidate = LeadAppointmentRules.candidate(profile, org, team.competencies(), command.nip(), on,
                command.experienceInField(), null, TeamRole.LEAD);
        String homeUnit = TeamScope.homeUnitOf(org, command.nip(), on);
        team.requireWithinScope(profile, org, officials, command.nip(), on, "nip"); // TEAM-07: the lead is in the team
        Decision<Void> eligibility = profile.teamLeadEligibility(candidate.facts());
        LeadAppointmentRules.requirePredikatKnown(eligibility, command.nip(), on);
        eligibility.orElseThrow("nip"); // TEAM-05: every failed criterion with its article
        String justification = hasText(command.justification()) ? command.justification().trim() : null;
        Priority priority = LeadAppointmentRules.priority(profile, org, team.competencies(), candidate, command.nip(),
                on, team.roster().personnel(on, command.nip()), team.owningUnitId(), justification);
        DecisionBasis basis = eligibility.basis().and(priority.decision().basis());
        if (LeadAppointmentRules.owningUnitPreference(org, team.scope(), team.owningUnitId(), homeUnit,
                team.roster().personnel(on, command.nip()), justification, on)) {
            basis = basis.and(profile.basis(TEAM_02));
        }
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.LEAD, candidate.kind()); // TEAM-09
        String previous = leadNip;
        boolean previousEntitled = leadAllowance;
        apply(new TeamLeadAppointedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(), homeUnit,
                on, previous, command.actor().subject(), capacity, justification, allowance.outcome().entitled(),
                basis.and(allowance.basis()), candidate.predikatYear(), priority.pool(), priority.considered(),
                priority.preferred(), candidate.matchedCompetencies()));
        if (previous != null && previousEntitled) {
            apply(new TeamAllowanceEntitlementEndedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), previous,
                    TeamMemberRole.KETUA, on, "REPLACED"));
        }
        if (allowance.outcome().entitled()) {
            apply(new TeamAllowanceEntitlementStartedEvent(team.teamId(), team.agencyId(), team.owningUnitId(),
                    command.nip(), TeamMemberRole.KETUA, on, allowance.basis()));
        }
    }

    @CommandHandler
    public void handle(AppointTeamCoordinatorCommand command, AgencyProfiles profiles, OrgDirectory org,
                       DepartmentAffairs affairs) {
        Access.requireAgency(command.actor(), team.agencyId());
        team.requireEstablished("appoint a coordinator");
        LocalDate on = requireDate(command.effectiveFrom(), "effectiveFrom");
        RegulationProfile profile = profiles.inForce(team.agencyId(), on);
        TeamOfficials officials = new TeamOfficials(org);
        UnitFacts unit = officials.unit(team.owningUnitId());
        requireText(command.nip(), "nip", "NIP of the candidate");
        // TEAM-06: only where the profile provides for a coordinator, in units / departments it names; Bandung: where
        // the unit head is also the coordinator's appraiser (BDG23 Pasal 11(2), lampiran B.2 huruf b)
        id.sistemkerja.regulation.profile.UnitFacts place = LeadAppointmentRules.coordinatorPlace(org, affairs, unit);
        if (profile.coordinatorRequiresHeadAsAppraiser()) {
            place = place.withHeadIsAppraiser(LeadAppointmentRules.headIsAppraiserOf(org, officials,
                    team.owningUnitId(), command.nip(), on));
        }
        Decision<CoordinatorAppointment> where = profile.coordinatorAllowed(place);
        CoordinatorAppointment allowed = where.orElseThrow("teamId");
        List<Official> appointers = !allowed.appointedBy().isEmpty() ? allowed.appointedBy()
                : profile.teamEstablisher(team.scope()).orElseThrow("scope").leadAndCoordinatorSetBy().isEmpty()
                ? List.of(Official.OWNING_UNIT_HEAD)
                : profile.teamEstablisher(team.scope()).outcome().leadAndCoordinatorSetBy();
        Official capacity = officials.capacityFor(command.actor(), appointers, unit, on, command.nip())
                .orElseGet(() -> {
                    officials.requireKnown(appointers, unit, on, command.nip()); // 12.11
                    throw where.forbidden("the team coordinator (koordinator tim kerja) is appointed by the "
                            + TeamOfficials.who(appointers));
                });
        notBefore(on, "effectiveFrom", team.decreeDate(), "decree (SK pembentukan tim)", where.grounds());
        notBefore(on, "effectiveFrom", coordinatorFrom, "appointment of the coordinator in office, " + coordinatorNip
                + ",", where.grounds());
        if (command.nip().equals(coordinatorNip)) {
            throw ProblemException.conflict(command.nip() + " coordinates team " + team.teamId() + " already");
        }
        Candidate candidate = LeadAppointmentRules.candidate(profile, org, team.competencies(), command.nip(), on,
                command.experienceInField(), command.experienceEquivalentTo(), TeamRole.COORDINATOR);
        Decision<CoordinatorAppointment> eligibility = profile.coordinatorEligibility(candidate.facts(), place);
        LeadAppointmentRules.requirePredikatKnown(eligibility, command.nip(), on);
        eligibility.orElseThrow("nip");
        Decision<AllowanceEntitlement> allowance = profile.allowance(TeamRole.COORDINATOR, candidate.kind()); // TEAM-09
        String previous = coordinatorNip;
        boolean previousEntitled = coordinatorAllowance;
        apply(new TeamCoordinatorAppointedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), command.nip(), on,
                previous, command.actor().subject(), capacity, allowance.outcome().entitled(),
                eligibility.basis().and(allowance.basis()), candidate.predikatYear(),
                candidate.matchedCompetencies()));
        if (previous != null && previousEntitled) {
            apply(new TeamAllowanceEntitlementEndedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), previous,
                    TeamMemberRole.KOORDINATOR, on, "REPLACED"));
        }
        if (allowance.outcome().entitled()) {
            apply(new TeamAllowanceEntitlementStartedEvent(team.teamId(), team.agencyId(), team.owningUnitId(),
                    command.nip(), TeamMemberRole.KOORDINATOR, on, allowance.basis()));
        }
    }

    /** TEAM-09: the entitlements in force end with the team. */
    void endAllowances(LocalDate effectiveOn, String cause) {
        if (leadNip != null && leadAllowance) {
            apply(new TeamAllowanceEntitlementEndedEvent(team.teamId(), team.agencyId(), team.owningUnitId(), leadNip,
                    TeamMemberRole.KETUA, effectiveOn, cause));
        }
        if (coordinatorNip != null && coordinatorAllowance) {
            apply(new TeamAllowanceEntitlementEndedEvent(team.teamId(), team.agencyId(), team.owningUnitId(),
                    coordinatorNip, TeamMemberRole.KOORDINATOR, effectiveOn, cause));
        }
    }

    /** The role {@code nip} holds in the team's lead: KETUA, KOORDINATOR or else ANGGOTA. */
    TeamMemberRole roleOf(String nip) {
        return nip.equals(leadNip) ? TeamMemberRole.KETUA
                : nip.equals(coordinatorNip) ? TeamMemberRole.KOORDINATOR : TeamMemberRole.ANGGOTA;
    }

    boolean leads(String nip) {
        return nip.equals(leadNip);
    }

    boolean coordinates(String nip) {
        return nip.equals(coordinatorNip);
    }

    String leadNip() {
        return leadNip;
    }

    LocalDate leadFrom() {
        return leadFrom;
    }

    LocalDate coordinatorFrom() {
        return coordinatorFrom;
    }

    /** The article that names who sets lead and coordinator, where the profile names someone (TEAM-07 Serang). */
    private static id.sistemkerja.regulation.profile.Citation leadSetterCitation(Decision<TeamEstablisher> decision) {
        return decision.citations().get(decision.citations().size() - 1);
    }

    @EventSourcingHandler
    void on(TeamLeadAppointedEvent event) {
        leadNip = event.nip();
        leadFrom = event.effectiveFrom();
        leadAllowance = event.allowanceEntitled();
    }

    @EventSourcingHandler
    void on(TeamCoordinatorAppointedEvent event) {
        coordinatorNip = event.nip();
        coordinatorFrom = event.effectiveFrom();
        coordinatorAllowance = event.allowanceEntitled();
    }

    @EventSourcingHandler
    void on(TeamAllowanceEntitlementEndedEvent event) {
        if (event.role() == TeamMemberRole.KETUA && event.nip().equals(leadNip)) {
            leadAllowance = false;
        } else if (event.role() == TeamMemberRole.KOORDINATOR && event.nip().equals(coordinatorNip)) {
            coordinatorAllowance = false;
        }
    }
}
