package id.sistemkerja.team.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.competence.CompetencyVocabulary;
import id.sistemkerja.regulation.profile.CandidateFacts;
import id.sistemkerja.regulation.profile.Criterion;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.FailedCriterion;
import id.sistemkerja.regulation.profile.LeadPriority;
import id.sistemkerja.regulation.profile.LeadPriorityPool;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.TeamRole;
import id.sistemkerja.regulation.replica.AnnualPredikat;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static id.sistemkerja.team.command.TeamRule.TEAM_02;

/**
 * Who may lead or coordinate a team, on the facts of the org replica: what the profile needs to know of a candidate
 * (TEAM-05, TEAM-06), the priority of a JF hasil penyetaraan and who was considered (TEAM-03), the preference for a lead
 * from the owning unit (TEAM-02) and where a coordinator may be appointed (TEAM-06). A predikat or placement the replica
 * does not know yet is a retryable 409, never a refusal (12.11).
 */
final class LeadAppointmentRules {

    private LeadAppointmentRules() {
    }

    /** What the profile needs about a candidate for lead or coordinator, and what the decision records. */
    record Candidate(CandidateFacts facts, PositionKind kind, Integer predikatYear, List<String> matchedCompetencies) {
    }

    /** The outcome of TEAM-03: the pool's name, who was considered and who had priority (null where no priority). */
    record Priority(Decision<LeadPriority> decision, String pool, List<String> considered, List<String> preferred) {
    }

    /**
     * TEAM-05, TEAM-06: competence matched through the shared vocabulary against the team's {@code competencies}, and
     * the predikat of last year or, where the profile accepts it while last year's is not recorded, the latest recorded
     * one (the year used goes on the event).
     */
    static Candidate candidate(RegulationProfile profile, OrgDirectory org, List<String> competencies, String nip,
                               LocalDate on, boolean experienceInField, PositionKind experienceEquivalentTo,
                               TeamRole role) {
        EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        PositionKind kind = employee.positionKind().orElseThrow(() -> ProblemException.notYetKnown(
                "Position (jabatan) of employee", nip));
        List<String> matched = List.copyOf(CompetencyVocabulary.standard().matching(competencies,
                employee.competencies()));
        int lastYear = on.getYear() - 1;
        Predikat predikat = employee.predikatOf(lastYear).orElse(null);
        Integer year = predikat == null ? null : lastYear;
        if (predikat == null && profile.acceptsLatestRecordedPredikat(role)) {
            Optional<AnnualPredikat> latest = employee.predikatHistory().stream().filter(p -> p.year() < lastYear)
                    .max(Comparator.comparingInt(AnnualPredikat::year));
            if (latest.isPresent()) {
                predikat = latest.get().predikat();
                year = latest.get().year();
            }
        }
        CandidateFacts facts = CandidateFacts.builder(kind)
                .jobClass(employee.jobClass().orElse(null))
                .functionalLevel(employee.functionalLevel().orElse(null))
                .education(employee.education())
                .rank(employee.rank())
                .competentInField(!matched.isEmpty())
                .lastYearPredikat(predikat)
                .experienceInField(experienceInField)
                .experienceEquivalentTo(experienceEquivalentTo)
                .convertedFromAdministrative(employee.convertedFromAdministrative())
                .build();
        return new Candidate(facts, kind, year, matched);
    }

    /**
     * 12.11: when the only reason a candidate fails is a predikat not recorded yet, that is a fact not yet known (the
     * annual predikat arrives from org-service), not a refusal.
     */
    static void requirePredikatKnown(Decision<?> eligibility, String nip, LocalDate on) {
        List<FailedCriterion> failures = eligibility.failures();
        if (!failures.isEmpty() && failures.stream().allMatch(f -> Criterion.MIN_PREDIKAT_LAST_YEAR.name()
                .equals(f.criterion()) && f.actual() == null)) {
            throw ProblemException.notYetKnown("Annual predikat (predikat kinerja) of employee", nip + " for "
                    + (on.getYear() - 1));
        }
    }

    /**
     * TEAM-03: a JF hasil penyetaraan has priority; another lead only when there is none among those the profile's
     * pool considers ({@code personnel}: the team's decree and members; or the owning unit), whatever the reason, and
     * where the profile says so only with a recorded justification.
     */
    static Priority priority(RegulationProfile profile, OrgDirectory org, List<String> competencies,
                             Candidate candidate, String nip, LocalDate on, List<String> personnel,
                             String owningUnitId, String justification) {
        Optional<LeadPriorityPool> pool = profile.teamLeadPriorityPool();
        List<String> considered = pool.map(p -> p == LeadPriorityPool.OWNING_UNIT
                ? org.membersOf(owningUnitId, on).stream().filter(n -> !n.equals(nip)).toList()
                : personnel).orElse(null);
        List<String> preferred = considered == null ? List.of() : considered.stream()
                .filter(n -> eligibleConvertedFunctional(profile, org, competencies, n, on)).toList();
        Decision<LeadPriority> priority = profile.teamLeadPriority(candidate.facts(), !preferred.isEmpty());
        if (priority.isRefused()) {
            String why = priority.failures().get(0).message() + "; eligible JF hasil penyetaraan: "
                    + String.join(", ", preferred) + " (" + considered.size() + " considered in the "
                    + poolWords(pool.get()) + ")";
            throw ProblemException.rules(priority.grounds().ruleId() + ": " + why,
                    List.of(priority.grounds().violation("nip", why)));
        }
        if (justification == null && priority.outcome().justificationRequired()) {
            String why = "a lead who is not a JF hasil penyetaraan is appointed only with a recorded reason why none "
                    + "is available";
            throw ProblemException.rules(priority.grounds().ruleId() + ": " + why,
                    List.of(priority.grounds().violation("justification", why)));
        }
        return new Priority(priority, pool.map(Enum::name).orElse(null), considered,
                considered == null ? null : preferred);
    }

    /**
     * TEAM-02: the lead of a team across units preferably comes from the owning unit; a lead from elsewhere needs a
     * recorded justification, and the refusal names the preferred candidates among {@code personnel}.
     *
     * @return true when the preference applied (the decision names TEAM-02)
     */
    static boolean owningUnitPreference(OrgDirectory org, AssignmentScope scope, String owningUnitId, String homeUnit,
                                        List<String> personnel, String justification, LocalDate on) {
        if (scope == AssignmentScope.WITHIN_UNIT || owningUnitId.equals(homeUnit)) {
            return false;
        }
        if (justification == null) {
            List<String> fromOwningUnit = personnel.stream()
                    .filter(n -> owningUnitId.equals(org.unitOf(n, on).orElse(null))).toList();
            throw ProblemException.rules("TEAM-02: a lead from outside the owning unit needs a recorded justification",
                    List.of(TEAM_02.violation("justification", "the lead (ketua tim) of a " + scope + " team "
                            + "preferably comes from the owning unit " + owningUnitId + (fromOwningUnit.isEmpty() ? ""
                            : "; preferred candidates: " + String.join(", ", fromOwningUnit)))));
        }
        return true;
    }

    /**
     * TEAM-06: the place of a coordinator — the kind of the unit head's position, the department's kind and affairs;
     * a head position not replicated yet is a 409.
     */
    static id.sistemkerja.regulation.profile.UnitFacts coordinatorPlace(OrgDirectory org, DepartmentAffairs affairs,
                                                                        UnitFacts unit) {
        PositionKind headKind = Optional.ofNullable(unit.headPositionId()).flatMap(org::position)
                .map(p -> p.kind()).orElseThrow(() -> ProblemException.notYetKnown(
                        "Head position (jabatan pimpinan) of unit", unit.unitId()));
        return new id.sistemkerja.regulation.profile.UnitFacts(headKind, Set.of(headKind), true,
                unit.departmentKind() == null ? null : unit.departmentKind().name(),
                affairs.of(unit.departmentId()), false);
    }

    /**
     * TEAM-06: whether the owning unit's head is the candidate's appraiser on the date (placed in the owning unit,
     * appraised by its head); 409 while a JF's or Pelaksana's placement is not known yet.
     */
    static boolean headIsAppraiserOf(OrgDirectory org, TeamOfficials officials, String owningUnitId, String nip,
                                     LocalDate on) {
        Optional<AppraiserOnDate> appraiser = org.appraiserOf(nip, on);
        if (appraiser.isEmpty()) {
            EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
            PositionKind kind = employee.positionKind().orElse(null);
            if (kind == PositionKind.FUNGSIONAL || kind == PositionKind.PELAKSANA) {
                throw ProblemException.notYetKnown("Placement (kedudukan) of employee", nip + " on " + on);
            }
            return false;
        }
        return owningUnitId.equals(appraiser.get().unitId())
                && officials.headOf(owningUnitId, on).equals(appraiser.get().appraiserNip());
    }

    /** An eligible JF hasil penyetaraan (TEAM-03, TEAM-05); 409 while the replica lacks what decides it (12.11). */
    private static boolean eligibleConvertedFunctional(RegulationProfile profile, OrgDirectory org,
                                                       List<String> competencies, String nip, LocalDate on) {
        EmployeeFacts employee = org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        PositionKind kind = employee.positionKind().orElseThrow(() -> ProblemException.notYetKnown(
                "Position (jabatan) of employee", nip));
        if (!employee.convertedFromAdministrative() || kind != PositionKind.FUNGSIONAL) {
            return false;
        }
        // experience in the field is attested at appointment: it does not rule out another candidate here
        Decision<Void> eligibility = profile.teamLeadEligibility(candidate(profile, org, competencies, nip, on, true,
                null, TeamRole.LEAD).facts());
        requirePredikatKnown(eligibility, nip, on);
        return eligibility.isAllowed();
    }

    private static String poolWords(LeadPriorityPool pool) {
        return pool == LeadPriorityPool.OWNING_UNIT ? "owning unit" : "team's personnel (decree and members)";
    }
}
