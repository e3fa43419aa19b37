package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.regulation.profile.RuleData.Asg02;
import id.sistemkerja.regulation.profile.RuleData.Asg05;
import id.sistemkerja.regulation.profile.RuleData.Asg08;
import id.sistemkerja.regulation.profile.RuleData.Asg11;
import id.sistemkerja.regulation.profile.RuleData.Asg12;
import id.sistemkerja.regulation.profile.RuleData.Asg14;
import id.sistemkerja.regulation.profile.RuleData.CoordinationException;
import id.sistemkerja.regulation.profile.RuleData.CoordinationRow;
import id.sistemkerja.regulation.profile.RuleData.CriterionData;
import id.sistemkerja.regulation.profile.RuleData.EstablisherRow;
import id.sistemkerja.regulation.profile.RuleData.FormSelector;
import id.sistemkerja.regulation.profile.RuleData.IssuerRow;
import id.sistemkerja.regulation.profile.RuleData.JobMapFallback;
import id.sistemkerja.regulation.profile.RuleData.Org07;
import id.sistemkerja.regulation.profile.RuleData.Org08;
import id.sistemkerja.regulation.profile.RuleData.Org11;
import id.sistemkerja.regulation.profile.RuleData.PriorityKind;
import id.sistemkerja.regulation.profile.RuleData.Rpt01;
import id.sistemkerja.regulation.profile.RuleData.Rpt02;
import id.sistemkerja.regulation.profile.RuleData.Rpt03;
import id.sistemkerja.regulation.profile.RuleData.Team03;
import id.sistemkerja.regulation.profile.RuleData.Team04;
import id.sistemkerja.regulation.profile.RuleData.Team05;
import id.sistemkerja.regulation.profile.RuleData.Team06;
import id.sistemkerja.regulation.profile.RuleData.Team07;
import id.sistemkerja.regulation.profile.RuleData.Team09;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One version of a regulation profile, with every profile-dependent rule of RULES.md resolved (own entries, included
 * parts, then the profile it extends), and the questions services ask of it. Immutable and thread-safe; plain Java,
 * usable from aggregates.
 * <p>
 * Every answer is a {@link Decision}: verdict, typed outcome, {@link DecisionBasis} (store it in the decision event),
 * citations, and for a refusal each failed criterion with its article. Services never branch on the profile id: they
 * ask the profile the agency is bound to ({@link AgencyProfiles#inForce}).
 */
public final class RegulationProfile {

    private static final List<PositionKind> STRUCTURAL_NEAREST_FIRST =
            List.of(PositionKind.PENGAWAS, PositionKind.ADMINISTRATOR, PositionKind.JPT_PRATAMA);

    private final ProfileRef ref;
    private final String title;
    private final RegulationInfo regulation;
    private final ProfileRef extendsProfile;
    private final List<ProfileRef> includes;
    private final Map<String, ResolvedRule> rules;
    private final Map<String, Citation> commonRuleCitations;
    private final RegulationInfo.InForce inForce;

    /** Rule id of "a binding takes effect only once the regulation is in force" (RULES.md, in-force dates). */
    public static final String IN_FORCE_RULE = "REG-01";

    RegulationProfile(ProfileRef ref, String title, RegulationInfo regulation, ProfileRef extendsProfile,
                      List<ProfileRef> includes, Map<String, ResolvedRule> rules,
                      Map<String, Citation> commonRuleCitations, RegulationInfo.InForce inForce) {
        this.ref = ref;
        this.title = title;
        this.regulation = regulation;
        this.extendsProfile = extendsProfile;
        this.includes = List.copyOf(includes);
        this.rules = Map.copyOf(rules);
        this.commonRuleCitations = Map.copyOf(commonRuleCitations);
        this.inForce = inForce;
    }

    public ProfileRef ref() {
        return ref;
    }

    public String id() {
        return ref.id();
    }

    public int version() {
        return ref.version();
    }

    public String title() {
        return title;
    }

    public RegulationInfo regulation() {
        return regulation;
    }

    /**
     * The first day an agency may be bound to this profile (REG-01): the in-force date of its regulation and of every
     * part it includes, whichever is latest, with the article that sets it (e.g. Perwal Bandung 6/2023 Pasal 23:
     * 2023-04-01). Empty where the regulation's text is not among the sources (the common core).
     */
    public Optional<RegulationInfo.InForce> inForce() {
        return Optional.ofNullable(inForce);
    }

    /**
     * Whether an agency may be bound to this profile from {@code effectiveFrom} (REG-01): refused, naming the
     * article, when the regulation is not in force yet that day.
     */
    public Decision<LocalDate> bindableFrom(LocalDate effectiveFrom) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (inForce == null) {
            return allowed(effectiveFrom, List.of(), List.of(IN_FORCE_RULE));
        }
        if (effectiveFrom.isBefore(inForce.from())) {
            return refused(List.of(new FailedCriterion("IN_FORCE", inForce.citation(), inForce.from().toString(),
                    effectiveFrom.toString(), inForce.citation().regulation() + " is in force from "
                    + inForce.from() + " (" + inForce.citation().text() + "); an agency is bound to " + ref
                    + " from that day at the earliest, not from " + effectiveFrom)),
                    List.of(inForce.citation()), List.of(IN_FORCE_RULE));
        }
        return allowed(effectiveFrom, List.of(inForce.citation()), List.of(IN_FORCE_RULE));
    }

    /** The profile whose rules apply where this one sets none; null for the common core itself. */
    public ProfileRef extendsProfile() {
        return extendsProfile;
    }

    /** Parts (e.g. {@code bekasi-2021}) whose rules this profile adopts. */
    public List<ProfileRef> includes() {
        return includes;
    }

    /** Every profile-dependent rule as this profile sets it, by rule id. */
    public List<RuleEntry> rules() {
        return rules.values().stream().map(ResolvedRule::entry)
                .sorted(Comparator.comparing(RuleEntry::ruleId, RuleCatalogue.ORDER)).toList();
    }

    public Optional<RuleEntry> rule(String ruleId) {
        return Optional.ofNullable(rules.get(ruleId)).map(ResolvedRule::entry);
    }

    /**
     * The article of this profile's regulation that grounds rule {@code ruleId}, for refusals to cite: the entry's
     * citation for a profile-dependent rule; for a rule common to every city (RULES.md, e.g. ASG-07) the citation the
     * profile (or the one it extends) gives where its regulation has its own article; empty otherwise.
     */
    public Optional<Citation> citation(String ruleId) {
        ResolvedRule rule = rules.get(ruleId);
        return rule != null ? Optional.of(rule.citation()) : Optional.ofNullable(commonRuleCitations.get(ruleId));
    }

    /** A basis naming this profile version and {@code ruleIds}, for decisions a service takes on its own facts. */
    public DecisionBasis basis(String... ruleIds) {
        return DecisionBasis.of(ref, ruleIds);
    }

    // ---------------------------------------------------------------- ORG: placement

    /**
     * Which placement rule applies to an employee of {@code employeeKind} (and {@code level}, for a JF) placed in
     * {@code unit}: the position kinds the appraiser may hold (ORG-08 for a Pelaksana), who decides, whether placement
     * follows the unit's job map at all and whether a unit without one sends the employee to the structural official
     * in charge (ORG-07). Refused when the unit has no job map and the profile requires one without a fallback
     * (ORG-07), or when the unit has none of the position kinds the appraiser may hold (ORG-08).
     * A unit led by a JF (Puskesmas, UPTD Satuan Pendidikan) has its head as appraiser (ORG-06, common).
     * <p>
     * The technical coordination of a JF by level (ORG-11, Bekasi 2021) is <em>not</em> placement: it decides who
     * validates the JF's individual performance indicators ({@link #technicalCoordinator}), never who appraises them
     * (RULES.md ORG-11: "ORG-11 must never refuse a placement").
     */
    public Decision<PlacementAppraiserRule> placementAppraiser(PositionKind employeeKind, FunctionalLevel level,
                                                               UnitFacts unit) {
        Objects.requireNonNull(employeeKind, "employeeKind");
        Objects.requireNonNull(unit, "unit");
        ResolvedRule org07 = resolved("ORG-07");
        Org07 placement = org07.as(Org07.class);
        List<String> ruleIds = new ArrayList<>(List.of("ORG-07"));
        List<Citation> citations = new ArrayList<>(List.of(org07.citation()));
        List<FailedCriterion> failures = new ArrayList<>();

        boolean followsJobMap = placement.withoutJobMap() != JobMapFallback.NOT_REQUIRED;
        boolean fallback = false;
        if (followsJobMap && !unit.hasJobMap()) {
            if (placement.withoutJobMap() == JobMapFallback.STRUCTURAL_OFFICIAL_IN_CHARGE) {
                fallback = true;
            } else {
                failures.add(new FailedCriterion("JOB_MAP", org07.citation(), "a job map (peta jabatan) for the unit",
                        "none", "the unit has no job map (peta jabatan); placement follows the job map set by the "
                        + Official.STAFFING_AUTHORITY.label()));
            }
        }

        List<PositionKind> appraiserKinds;
        if (unit.headKind() == PositionKind.FUNGSIONAL) {
            appraiserKinds = List.of(PositionKind.FUNGSIONAL); // ORG-06: a JF leading an independent unit
        } else if (employeeKind == PositionKind.PELAKSANA) {
            ResolvedRule org08 = resolved("ORG-08");
            ruleIds.add("ORG-08");
            citations.add(org08.citation());
            var choice = org08.as(Org08.class).pelaksanaAppraiser();
            appraiserKinds = present(choice.anyOf(), unit);
            // whenNoneInUnit is an ordered fallback: the first kind the unit has (Bandung: the Administrator where
            // the unit has no Pengawas, the JPT where it has neither, BDG23 Pasal 6(4), lampiran B.1.a.2)
            for (PositionKind next : choice.whenNoneInUnit()) {
                if (!appraiserKinds.isEmpty()) {
                    break;
                }
                appraiserKinds = present(List.of(next), unit);
            }
            if (appraiserKinds.isEmpty() && !fallback) {
                List<PositionKind> wanted = new ArrayList<>(choice.anyOf());
                wanted.addAll(choice.whenNoneInUnit());
                failures.add(new FailedCriterion("APPRAISER_KIND", org08.citation(), names(wanted),
                        names(sorted(unit.structuralKinds())), "a Pelaksana's appraiser (Pejabat Penilai Kinerja) "
                        + "must be " + or(wanted) + ", and the unit has none"));
            }
        } else {
            appraiserKinds = present(STRUCTURAL_NEAREST_FIRST, unit); // ORG-04, common to every profile
        }
        if (!failures.isEmpty()) {
            return refused(failures, citations, ruleIds);
        }
        return allowed(new PlacementAppraiserRule(appraiserKinds, placement.placementDecidedBy(), fallback,
                followsJobMap), citations, ruleIds);
    }

    /**
     * Who coordinates a JF of {@code level} technically (koordinasi teknis operasional, ORG-11), in a department of
     * {@code departmentKind} (e.g. {@code INSPEKTORAT}); {@link Verdict#NOT_APPLICABLE} when the profile sets no
     * such relation.
     */
    public Decision<PositionKind> technicalCoordinator(FunctionalLevel level, String departmentKind) {
        Objects.requireNonNull(level, "level");
        ResolvedRule org11 = resolved("ORG-11");
        Org11 relations = org11.as(Org11.class);
        if (relations.technicalCoordination().isEmpty()) {
            return notApplicable(List.of(org11.citation()), List.of("ORG-11"));
        }
        for (CoordinationException exception : relations.exceptions()) {
            if (exception.departmentKind().equalsIgnoreCase(String.valueOf(departmentKind))
                    && exception.levels().contains(level)) {
                return allowed(exception.coordinatedBy(), coordinationCitations(org11,
                        org11.cite(exception.citation())), List.of("ORG-11"));
            }
        }
        for (CoordinationRow row : relations.technicalCoordination()) {
            if (row.levels().contains(level)) {
                return allowed(row.coordinatedBy(), coordinationCitations(org11, org11.cite(row.citation())),
                        List.of("ORG-11"));
            }
        }
        throw new IllegalStateException("ORG-11 of " + ref + " does not cover " + level); // the loader checks it does
    }

    /** The row's citation, then the article by which the coordinator validates the IKI, where the profile names it. */
    private static List<Citation> coordinationCitations(ResolvedRule org11, Citation row) {
        RuleData.CitationData validation = org11.as(Org11.class).indicatorValidationCitation();
        return validation == null ? List.of(row) : List.of(row, org11.cite(validation));
    }

    /**
     * To whom a JPT may delegate activity validation (ORG-11, BKS21 Pasal 5(5)): allowed with the delegate's
     * position kind, refused where the profile requires a UPTD the department lacks, not applicable where the profile
     * sets no such delegation.
     */
    public Decision<PositionKind> activityValidationDelegate(UnitFacts unit) {
        ResolvedRule org11 = resolved("ORG-11");
        var delegation = org11.as(Org11.class).activityValidationDelegation();
        if (delegation == null) {
            return notApplicable(List.of(org11.citation()), List.of("ORG-11"));
        }
        Citation citation = org11.cite(delegation.citation());
        if (delegation.requiresUptd() && !unit.departmentHasUptd()) {
            return refused(List.of(new FailedCriterion("DEPARTMENT_HAS_UPTD", citation, "a department with a UPTD",
                    "no UPTD", "only a " + delegation.from() + " of a department with a UPTD (Unit Pelaksana Teknis "
                    + "Daerah) may delegate activity validation")), List.of(citation), List.of("ORG-11"));
        }
        return allowed(delegation.to(), List.of(citation), List.of("ORG-11"));
    }

    // ---------------------------------------------------------------- ASG: assignment

    /** Whether the regulation provides for assignments of {@code scope} at all (ASG-02). */
    public Decision<AssignmentScope> assignmentScope(AssignmentScope scope) {
        Objects.requireNonNull(scope, "scope");
        ResolvedRule asg02 = resolved("ASG-02");
        List<AssignmentScope> scopes = asg02.as(Asg02.class).scopes();
        if (scopes.contains(scope)) {
            return allowed(scope, List.of(asg02.citation()), List.of("ASG-02"));
        }
        return refused(List.of(new FailedCriterion("SCOPE", asg02.citation(), names(scopes), scope.name(),
                "assignment scope " + scope + " is not provided for by " + regulation.shortName() + ", which knows "
                        + names(scopes))), List.of(asg02.citation()), List.of("ASG-02"));
    }

    /**
     * Who issues the written order (Surat Perintah Tugas / surat penugasan) for an assignment of {@code scope} and
     * {@code form} (ASG-05); refused when the scope does not exist under this profile (ASG-02).
     */
    public Decision<OrderIssuer> orderIssuer(AssignmentScope scope, AssignmentForm form) {
        return orderIssuer(scope, form, null);
    }

    /**
     * As {@link #orderIssuer(AssignmentScope, AssignmentForm)} for an order of {@code mode} (appointment or voluntary
     * application): a row the profile sets for that mode wins over the row for every mode (e.g. BKS23 lampiran C.2
     * angka 2 huruf a) angka 3): a voluntary application within the unit ends in an SPT from Level I).
     */
    public Decision<OrderIssuer> orderIssuer(AssignmentScope scope, AssignmentForm form, AssignmentMode mode) {
        Objects.requireNonNull(form, "form");
        Decision<AssignmentScope> scopeAllowed = assignmentScope(scope);
        if (scopeAllowed.isRefused()) {
            return refused(scopeAllowed.failures(), scopeAllowed.citations(), List.of("ASG-05", "ASG-02"));
        }
        ResolvedRule asg05 = resolved("ASG-05");
        List<IssuerRow> rows = asg05.as(Asg05.class).issuers().stream()
                .filter(r -> r.scope() == scope && (r.form() == FormSelector.ANY || r.form().name().equals(form.name())))
                .toList();
        IssuerRow row = rows.stream().filter(r -> mode != null && r.mode() == mode).findFirst()
                .or(() -> rows.stream().filter(r -> r.mode() == null).findFirst())
                .orElseThrow(() -> new IllegalStateException("ASG-05 of " + ref + " misses " + scope));
        List<Citation> citations = List.of(asg05.cite(row.citation()), scopeAllowed.citations().get(0));
        return allowed(new OrderIssuer(row.anyOf(), row.recommendationBy(), row.proposalBy()), citations,
                List.of("ASG-05", "ASG-02"));
    }

    /**
     * The cross-unit appointment flow: who requests from whom, who else may answer, what approval gives, who drafts
     * (ASG-08). The first citation is the flow's; a second one grounds {@link CrossUnitAppointmentFlow#alsoAnsweredBy()}.
     */
    public Decision<CrossUnitAppointmentFlow> crossUnitAppointmentFlow() {
        ResolvedRule asg08 = resolved("ASG-08");
        Asg08 flow = asg08.as(Asg08.class);
        List<Citation> citations = new ArrayList<>(List.of(asg08.citation()));
        if (flow.alsoAnsweredBy() != null && !flow.alsoAnsweredBy().isEmpty()) {
            citations.add(asg08.cite(flow.alsoAnsweredByCitation()));
        }
        return allowed(new CrossUnitAppointmentFlow(flow.requestFrom(), flow.requestTo(), flow.recommendationBy(),
                flow.approvalGives(), flow.orderDraftedBy(), flow.rejectionReasonRequired(), flow.alsoAnsweredBy()),
                citations, List.of("ASG-08"));
    }

    /** The voluntary application across units: to whom, copies, home approval, who drafts the order (ASG-11). */
    public Decision<VoluntaryCrossUnitFlow> voluntaryCrossUnitFlow() {
        ResolvedRule asg11 = resolved("ASG-11");
        Asg11 flow = asg11.as(Asg11.class);
        return allowed(new VoluntaryCrossUnitFlow(flow.applicationTo(), flow.copyTo(), flow.homeApprovalBy(),
                flow.orderDraftedBy()), List.of(asg11.citation()), List.of("ASG-11"));
    }

    /** Whether a voluntary application (pengajuan sukarela) may go to a unit at {@code scope} from the employee's (ASG-12). */
    public Decision<AssignmentScope> voluntaryApplicationTarget(AssignmentScope scope) {
        Objects.requireNonNull(scope, "scope");
        ResolvedRule asg12 = resolved("ASG-12");
        List<AssignmentScope> scopes = asg12.as(Asg12.class).voluntaryScopes();
        if (scopes.contains(scope)) {
            return allowed(scope, List.of(asg12.citation()), List.of("ASG-12"));
        }
        return refused(List.of(new FailedCriterion("VOLUNTARY_SCOPE", asg12.citation(), names(scopes), scope.name(),
                "a voluntary application (pengajuan sukarela) may not go " + scope + " under "
                        + regulation.shortName() + "; it may go only " + names(scopes))),
                List.of(asg12.citation()), List.of("ASG-12"));
    }

    /** {@link #voluntaryApplicationTarget(AssignmentScope)} for the employee's unit and the target unit. */
    public Decision<AssignmentScope> voluntaryApplicationTarget(UnitLocation employeeUnit, UnitLocation targetUnit) {
        return voluntaryApplicationTarget(employeeUnit.scopeTo(targetUnit));
    }

    /**
     * ASG-14 as it binds assignment orders: the outcome of {@link #unitWorkPlan()}, cited by the article that makes
     * assignments rest on the plan (SRG23 Pasal 8(1)) where the profile names one, else the rule's own citation.
     */
    public Decision<UnitWorkPlanRequirement> assignmentPlanItem() {
        ResolvedRule asg14 = resolved("ASG-14");
        Asg14 plan = asg14.as(Asg14.class);
        Decision<UnitWorkPlanRequirement> requirement = unitWorkPlan();
        Citation citation = plan.assignmentsCitation() == null ? asg14.citation() : asg14.cite(plan.assignmentsCitation());
        return allowed(requirement.outcome(), List.of(citation), List.of("ASG-14"));
    }

    /** Whether units need an annual work plan, by when, and what must refer to it (ASG-14). */
    public Decision<UnitWorkPlanRequirement> unitWorkPlan() {
        ResolvedRule asg14 = resolved("ASG-14");
        Asg14 plan = asg14.as(Asg14.class);
        return allowed(new UnitWorkPlanRequirement(plan.required(), plan.setBy(),
                plan.deadline() == null ? null : MonthDay.parse(plan.deadline()), plan.assignmentsReferToPlanItem(),
                plan.performancePlansReferToPlanItem(), plan.changeRequiresAmendment()),
                List.of(asg14.citation()), List.of("ASG-14"));
    }

    /**
     * Whether every SKP target (Sasaran Kinerja Pegawai) must cite an item of the unit's annual work plan (ASG-14,
     * Serang: Pasal 8(7)), with the article that says so; {@link Verdict#NOT_APPLICABLE} where the profile does not
     * base SKP on a unit plan.
     */
    public Decision<UnitWorkPlanRequirement> performancePlanWorkPlanLink() {
        ResolvedRule asg14 = resolved("ASG-14");
        Asg14 plan = asg14.as(Asg14.class);
        Decision<UnitWorkPlanRequirement> requirement = unitWorkPlan();
        if (!plan.required() || !plan.performancePlansReferToPlanItem()) {
            return notApplicable(List.of(asg14.citation()), List.of("ASG-14"));
        }
        Citation citation = plan.performancePlansCitation() == null ? asg14.citation()
                : asg14.cite(plan.performancePlansCitation());
        return allowed(requirement.outcome(), List.of(citation), List.of("ASG-14"));
    }

    // ---------------------------------------------------------------- TEAM: work teams

    /**
     * Whether {@code candidate} may lead a team (TEAM-05): the position kind, then each criterion that applies to
     * it. A refusal lists every failed criterion with its article.
     */
    public Decision<Void> teamLeadEligibility(CandidateFacts candidate) {
        Objects.requireNonNull(candidate, "candidate");
        ResolvedRule team05 = resolved("TEAM-05");
        Team05 lead = team05.as(Team05.class);
        List<FailedCriterion> failures = new ArrayList<>();
        checkPositionKind(candidate, lead.positionKinds(), team05.cite(lead.positionKindsCitation()), "team lead (ketua tim)",
                failures);
        List<Citation> citations = new ArrayList<>(List.of(team05.citation()));
        checkCriteria(team05, lead.criteria(), candidate, citations, failures);
        return failures.isEmpty() ? allowed(null, citations, List.of("TEAM-05"))
                : refused(failures, citations, List.of("TEAM-05"));
    }

    /**
     * Whether {@code candidate} may be lead given the profile's priority (TEAM-03): refused when the profile gives a
     * JF hasil penyetaraan priority, the candidate is none, and an eligible one is available; allowed otherwise, with
     * {@link LeadPriority#justificationRequired()} when the appointment must record why no priority candidate leads.
     */
    public Decision<LeadPriority> teamLeadPriority(CandidateFacts candidate, boolean eligibleConvertedFunctionalAvailable) {
        ResolvedRule team03 = resolved("TEAM-03");
        Team03 priority = team03.as(Team03.class);
        List<Citation> citations = List.of(team03.citation());
        boolean prioritised = candidate.positionKind() == PositionKind.FUNGSIONAL
                && candidate.convertedFromAdministrative();
        if (priority.priority() == PriorityKind.NONE || prioritised) {
            return allowed(new LeadPriority(false), citations, List.of("TEAM-03"));
        }
        if (eligibleConvertedFunctionalAvailable) {
            return refused(List.of(new FailedCriterion("LEAD_PRIORITY", team03.citation(),
                    "a JF hasil penyetaraan while one is available", candidate.positionKind().name(),
                    "a JF hasil penyetaraan (converted from an administrative post) is available and has priority as "
                            + "team lead (ketua tim)")), citations, List.of("TEAM-03"));
        }
        return allowed(new LeadPriority(priority.otherLeadNeedsJustification()), citations, List.of("TEAM-03"));
    }

    /**
     * Where "there is no JF hasil penyetaraan" is judged when the profile gives one priority as lead (TEAM-03); empty
     * when the profile gives no priority.
     */
    public Optional<LeadPriorityPool> teamLeadPriorityPool() {
        Team03 priority = resolved("TEAM-03").as(Team03.class);
        if (priority.priority() == PriorityKind.NONE) {
            return Optional.empty();
        }
        return Optional.of(priority.pool() == null ? LeadPriorityPool.TEAM_PERSONNEL : priority.pool());
    }

    /**
     * The article of the competence criterion for team leads (TEAM-05), when the profile checks competence in the
     * field: a team then states the competencies its work needs.
     */
    public Optional<Citation> teamLeadCompetenceCriterion() {
        ResolvedRule team05 = resolved("TEAM-05");
        List<CriterionData> criteria = team05.as(Team05.class).criteria();
        return (criteria == null ? List.<CriterionData>of() : criteria).stream()
                .filter(c -> c.criterion() == Criterion.COMPETENCE_IN_FIELD).findFirst()
                .map(c -> team05.cite(c.citation()));
    }

    /**
     * Whether the latest recorded annual predikat counts for "good performance over the last year" while last year's
     * is not recorded yet (MIN_PREDIKAT_LAST_YEAR with {@code orLatestRecorded}), for a lead (TEAM-05) or a
     * coordinator (TEAM-06).
     */
    public boolean acceptsLatestRecordedPredikat(TeamRole role) {
        List<CriterionData> criteria = switch (role) {
            case LEAD -> resolved("TEAM-05").as(Team05.class).criteria();
            case COORDINATOR -> resolved("TEAM-06").as(Team06.class).criteria();
            default -> null;
        };
        return criteria != null && criteria.stream().anyMatch(c -> c.criterion() == Criterion.MIN_PREDIKAT_LAST_YEAR
                && c.orLatestRecorded());
    }

    /**
     * The last day on which a decree of a team whose period starts on {@code periodFrom} is on time (TEAM-04: set
     * before the start-of-year performance agreement); {@link Verdict#NOT_APPLICABLE} when the profile sets no such
     * timing. A later decree is recorded as late, not refused.
     */
    public Decision<LocalDate> teamDecreeDueBy(LocalDate periodFrom) {
        ResolvedRule team04 = resolved("TEAM-04");
        Team04 formation = team04.as(Team04.class);
        if (!formation.beforePerformanceAgreement() || formation.decreeDueWithin() == null) {
            return notApplicable(List.of(team04.citation()), List.of("TEAM-04"));
        }
        LocalDate dueBy = periodFrom.withDayOfYear(1).plus(Period.parse(formation.decreeDueWithin())).minusDays(1);
        return allowed(dueBy, List.of(team04.citation()), List.of("TEAM-04"));
    }

    /** How teams are formed: verification board, proposal, establishment, timing (TEAM-04). */
    public Decision<TeamFormation> teamFormation() {
        ResolvedRule team04 = resolved("TEAM-04");
        Team04 formation = team04.as(Team04.class);
        return allowed(new TeamFormation(formation.verificationRequired(), formation.proposedBy(),
                formation.proposedTo(), formation.through(), formation.establishedBy(),
                formation.beforePerformanceAgreement(), formation.periodYears()),
                List.of(team04.citation()), List.of("TEAM-04"));
    }

    /**
     * Whether a team coordinator (koordinator tim kerja) may be appointed in {@code unit} at all (TEAM-06: does the
     * profile provide for one, and in units of this kind / departments of this affair).
     */
    public Decision<CoordinatorAppointment> coordinatorAllowed(UnitFacts unit) {
        ResolvedRule team06 = resolved("TEAM-06");
        List<FailedCriterion> failures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>(List.of(team06.citation()));
        checkCoordinatorPlace(team06, unit, failures, citations);
        return failures.isEmpty() ? allowed(coordinatorAppointment(team06), citations, List.of("TEAM-06"))
                : refused(failures, citations, List.of("TEAM-06"));
    }

    /**
     * Whether a coordinator may be appointed only where the unit head is also the coordinator's appraiser (TEAM-06,
     * Bandung: the one-level structure): then {@link UnitFacts#headIsAppraiser()} must be given.
     */
    public boolean coordinatorRequiresHeadAsAppraiser() {
        Team06 coordinator = resolved("TEAM-06").as(Team06.class);
        return coordinator.allowed() && coordinator.allowedIn() != null && coordinator.allowedIn().headIsAppraiser();
    }

    /**
     * Whether {@code candidate} may be appointed coordinator in {@code unit} (TEAM-06): where coordinators are
     * allowed, then the position kind, then each criterion. The outcome names who appoints.
     */
    public Decision<CoordinatorAppointment> coordinatorEligibility(CandidateFacts candidate, UnitFacts unit) {
        Objects.requireNonNull(candidate, "candidate");
        ResolvedRule team06 = resolved("TEAM-06");
        Team06 coordinator = team06.as(Team06.class);
        List<FailedCriterion> failures = new ArrayList<>();
        List<Citation> citations = new ArrayList<>(List.of(team06.citation()));
        checkCoordinatorPlace(team06, unit, failures, citations);
        if (coordinator.allowed()) {
            checkPositionKind(candidate, coordinator.positionKinds(), team06.cite(coordinator.positionKindsCitation()),
                    "team coordinator (koordinator tim kerja)", failures);
            checkCriteria(team06, coordinator.criteria(), candidate, citations, failures);
        }
        return failures.isEmpty() ? allowed(coordinatorAppointment(team06), citations, List.of("TEAM-06"))
                : refused(failures, citations, List.of("TEAM-06"));
    }

    /**
     * Who establishes a team whose members come from {@code scope} by decree (TEAM-07), and who sets lead and
     * coordinator where the profile names someone else; refused when the scope does not exist here (ASG-02).
     */
    public Decision<TeamEstablisher> teamEstablisher(AssignmentScope scope) {
        Decision<AssignmentScope> scopeAllowed = assignmentScope(scope);
        if (scopeAllowed.isRefused()) {
            return refused(scopeAllowed.failures(), scopeAllowed.citations(), List.of("TEAM-07", "ASG-02"));
        }
        ResolvedRule team07 = resolved("TEAM-07");
        Team07 establishment = team07.as(Team07.class);
        EstablisherRow row = establishment.establishers().stream().filter(r -> r.scope() == scope).findFirst()
                .orElseThrow(() -> new IllegalStateException("TEAM-07 of " + ref + " misses " + scope));
        List<Citation> citations = new ArrayList<>(List.of(team07.cite(row.citation())));
        List<Official> leadSetBy = establishment.leadAndCoordinatorSetBy() == null ? List.of()
                : establishment.leadAndCoordinatorSetBy();
        if (!leadSetBy.isEmpty()) {
            citations.add(team07.cite(establishment.leadAndCoordinatorCitation()));
        }
        return allowed(new TeamEstablisher(row.anyOf(), leadSetBy), citations, List.of("TEAM-07", "ASG-02"));
    }

    /** Whether {@code role} carries an additional allowance (tambahan penghasilan) for payroll (TEAM-09). */
    public Decision<AllowanceEntitlement> allowance(TeamRole role) {
        ResolvedRule team09 = resolved("TEAM-09");
        boolean entitled = team09.as(Team09.class).allowanceFor().contains(role);
        return allowed(new AllowanceEntitlement(role, entitled), List.of(team09.citation()), List.of("TEAM-09"));
    }

    /**
     * Whether {@code role}, held by someone in a position of {@code holderKind}, carries the additional allowance
     * (TEAM-09): the profile may limit the lead allowance to leads of some position kinds (Serang: Pasal 9(1) refers
     * to the Pelaksana leads of Pasal 8(4) huruf a; see the entry's readings).
     */
    public Decision<AllowanceEntitlement> allowance(TeamRole role, PositionKind holderKind) {
        ResolvedRule team09 = resolved("TEAM-09");
        Team09 allowance = team09.as(Team09.class);
        boolean entitled = allowance.allowanceFor().contains(role) && (role != TeamRole.LEAD
                || allowance.leadPositionKinds() == null || allowance.leadPositionKinds().contains(holderKind));
        return allowed(new AllowanceEntitlement(role, entitled), List.of(team09.citation()), List.of("TEAM-09"));
    }

    // ---------------------------------------------------------------- RPT: reporting

    /** To whom an individually assigned employee reports (RPT-01). */
    public Decision<ReportRecipients> individualReportRecipients() {
        ResolvedRule rpt01 = resolved("RPT-01");
        Rpt01 reporting = rpt01.as(Rpt01.class);
        return allowed(new ReportRecipients(reporting.reportTo(), reporting.hierarchical(), false),
                List.of(rpt01.citation()), List.of("RPT-01"));
    }

    /** To whom a team member ({@link TeamRole#MEMBER}) or the lead / coordinator reports (RPT-02). */
    public Decision<ReportRecipients> teamReportRecipients(TeamRole reporter) {
        ResolvedRule rpt02 = resolved("RPT-02");
        Rpt02 reporting = rpt02.as(Rpt02.class);
        ReportRecipients recipients = reporter == TeamRole.MEMBER
                ? new ReportRecipients(reporting.memberReportsTo(), false, reporting.periodic())
                : new ReportRecipients(reporting.leadReportsTo(), reporting.hierarchical(), reporting.periodic());
        return allowed(recipients, List.of(rpt02.citation()), List.of("RPT-02"));
    }

    /** Who may request a report from a lead or member at any time (RPT-03). */
    public Decision<List<Official>> reportRequesters() {
        ResolvedRule rpt03 = resolved("RPT-03");
        return allowed(rpt03.as(Rpt03.class).mayRequest(), List.of(rpt03.citation()), List.of("RPT-03"));
    }

    /** Whether {@code requester} may request a report from a lead or member (RPT-03). */
    public Decision<Official> mayRequestReport(Official requester) {
        ResolvedRule rpt03 = resolved("RPT-03");
        List<Official> mayRequest = rpt03.as(Rpt03.class).mayRequest();
        if (mayRequest.contains(requester)) {
            return allowed(requester, List.of(rpt03.citation()), List.of("RPT-03"));
        }
        return refused(List.of(new FailedCriterion("REPORT_REQUESTER", rpt03.citation(), names(mayRequest),
                requester.name(), "only the " + mayRequest.stream().map(Official::label)
                .collect(Collectors.joining(" or ")) + " may request a report at any time")),
                List.of(rpt03.citation()), List.of("RPT-03"));
    }

    // ---------------------------------------------------------------- internals

    ResolvedRule resolved(String ruleId) {
        ResolvedRule rule = rules.get(ruleId);
        if (rule == null) {
            throw new IllegalStateException(ref + " has no " + ruleId); // the loader makes every profile complete
        }
        return rule;
    }

    private CoordinatorAppointment coordinatorAppointment(ResolvedRule team06) {
        List<Official> appointedBy = team06.as(Team06.class).appointedBy();
        return new CoordinatorAppointment(appointedBy == null ? List.of() : appointedBy);
    }

    private void checkCoordinatorPlace(ResolvedRule team06, UnitFacts unit, List<FailedCriterion> failures,
                                       List<Citation> citations) {
        Team06 coordinator = team06.as(Team06.class);
        if (!coordinator.allowed()) {
            failures.add(new FailedCriterion("COORDINATOR_PROVIDED", team06.citation(), "a regulation providing for "
                    + "team coordinators", "none", regulation.shortName() + " provides for no team coordinator "
                    + "(koordinator tim kerja)"));
            return;
        }
        var allowedIn = coordinator.allowedIn();
        if (allowedIn == null) {
            return;
        }
        Objects.requireNonNull(unit, "unit");
        Citation citation = team06.cite(allowedIn.citation());
        citations.add(citation);
        if (allowedIn.unitLedBy() != null && !allowedIn.unitLedBy().contains(unit.headKind())) {
            failures.add(new FailedCriterion("UNIT_LED_BY", citation, names(allowedIn.unitLedBy()),
                    String.valueOf(unit.headKind()), "a team coordinator may be appointed only in a unit led by "
                    + or(allowedIn.unitLedBy()) + "; this unit is led by " + unit.headKind()));
        }
        if (allowedIn.headIsAppraiser() && !Boolean.TRUE.equals(unit.headIsAppraiser())) {
            failures.add(new FailedCriterion("HEAD_IS_APPRAISER", citation, "a unit head who is also the "
                    + "coordinator's appraiser (Pejabat Penilai Kinerja)", String.valueOf(unit.headIsAppraiser()),
                    "a team coordinator may be appointed only where the unit head is both Pimpinan Unit Organisasi and "
                    + "Pejabat Penilai Kinerja of the coordinator (one-level structure); this candidate's appraiser is "
                    + "someone else"));
        }
        if (allowedIn.departmentAffairs() != null
                && allowedIn.departmentAffairs().stream().noneMatch(unit.departmentAffairs()::contains)) {
            failures.add(new FailedCriterion("DEPARTMENT_AFFAIR", citation, String.join(", ",
                    allowedIn.departmentAffairs()), String.join(", ", unit.departmentAffairs()),
                    "a team coordinator may be appointed only in the department carrying out "
                            + String.join(" or ", allowedIn.departmentAffairs()) + " (urusan pemerintahan)"));
        }
    }

    private static void checkPositionKind(CandidateFacts candidate, List<PositionKind> allowed, Citation citation,
                                          String role, List<FailedCriterion> failures) {
        if (!allowed.contains(candidate.positionKind())) {
            failures.add(new FailedCriterion(Criterion.POSITION_KIND.name(), citation, names(allowed),
                    String.valueOf(candidate.positionKind()), "a " + candidate.positionKind() + " may not be "
                    + role + "; the regulation allows " + or(allowed)));
        }
    }

    /** Each criterion of {@code rule} that applies to the candidate's position kind: cited, and checked. */
    private static void checkCriteria(ResolvedRule rule, List<CriterionData> criteria, CandidateFacts candidate,
                                      List<Citation> citations, List<FailedCriterion> failures) {
        for (CriterionData criterion : criteria == null ? List.<CriterionData>of() : criteria) {
            if (applies(criterion, candidate)) {
                Citation citation = rule.cite(criterion.citation());
                citations.add(citation);
                check(criterion, candidate, citation).ifPresent(failures::add);
            }
        }
    }

    private static boolean applies(CriterionData criterion, CandidateFacts candidate) {
        return criterion.appliesTo() == null || criterion.appliesTo().isEmpty()
                || criterion.appliesTo().contains(candidate.positionKind());
    }

    /** One criterion against the facts; empty when met. */
    static Optional<FailedCriterion> check(CriterionData c, CandidateFacts f, Citation citation) {
        String value = c.value();
        String name = c.criterion().name();
        switch (c.criterion()) {
            case MIN_EDUCATION -> {
                Education required = Education.valueOf(value);
                if (f.education() == null) {
                    return fail(name, citation, value, null, "education (pendidikan) is not known; at least "
                            + required + " is required");
                }
                if (!f.education().isAtLeast(required)) {
                    return fail(name, citation, value, f.education().name(), "education (pendidikan) "
                            + f.education() + " is below the required " + required);
                }
            }
            case COMPETENCE_IN_FIELD -> {
                if (!f.competentInField()) {
                    return fail(name, citation, "competence in the field", "none", "no competence in the field of "
                            + "the work (kompetensi sesuai bidang pekerjaannya)");
                }
            }
            case MIN_PREDIKAT_LAST_YEAR -> {
                Predikat required = Predikat.valueOf(value);
                if (f.lastYearPredikat() == null) {
                    return fail(name, citation, value, null, "no performance rating (predikat kinerja) of the last "
                            + "year is known; at least " + required + " is required");
                }
                if (!f.lastYearPredikat().isAtLeast(required)) {
                    return fail(name, citation, value, f.lastYearPredikat().name(), "performance rating (predikat "
                            + "kinerja) of the last year " + f.lastYearPredikat() + " is below the required "
                            + required);
                }
            }
            case MIN_JOB_CLASS -> {
                int required = Integer.parseInt(value);
                if (f.jobClass() == null) {
                    return fail(name, citation, value, null, "job class (kelas jabatan) is not known; at least "
                            + required + " is required");
                }
                if (f.jobClass() < required) {
                    return fail(name, citation, value, f.jobClass().toString(), "job class (kelas jabatan) "
                            + f.jobClass() + " is below the required " + required);
                }
            }
            case MIN_RANK -> {
                Rank required = Rank.valueOf(value);
                if (f.rank() == null) {
                    return fail(name, citation, required.notation(), null, "no rank (golongan ruang) is known (a PPPK "
                            + "has none); at least " + required.notation() + " is required");
                }
                if (!f.rank().isAtLeast(required)) {
                    return fail(name, citation, required.notation(), f.rank().notation(), "rank (golongan ruang) "
                            + f.rank().notation() + " is below the required " + required.notation());
                }
            }
            case EXPERIENCE_IN_FIELD -> {
                if (!f.experienceInField()) {
                    return fail(name, citation, "experience in the field", "none", "no experience in positions of "
                            + "the field (pengalaman jabatan dalam bidang tugas terkait)");
                }
            }
            case MIN_FUNCTIONAL_LEVEL -> {
                FunctionalLevel required = FunctionalLevel.valueOf(value);
                boolean level = f.functionalLevel() != null && f.functionalLevel().isAtLeast(required);
                PositionKind equivalent = c.orEquivalentExperience();
                boolean experience = equivalent != null && f.experienceEquivalentTo() != null
                        && structuralSeniority(f.experienceEquivalentTo()) >= structuralSeniority(equivalent);
                if (!level && !experience) {
                    String requirement = required + (equivalent == null ? "" : " or experience equivalent to "
                            + equivalent);
                    return fail(name, citation, requirement, f.functionalLevel() == null ? null
                            : f.functionalLevel().name(), "functional level (jenjang) " + (f.functionalLevel() == null
                            ? "unknown" : f.functionalLevel()) + " is below the required " + required
                            + (equivalent == null ? "" : ", and no work experience equivalent to " + equivalent));
                }
            }
            default -> throw new IllegalStateException("Criterion " + c.criterion() + " is not a threshold");
        }
        return Optional.empty();
    }

    private static Optional<FailedCriterion> fail(String criterion, Citation citation, String required, String actual,
                                                  String message) {
        return Optional.of(new FailedCriterion(criterion, citation, required, actual, message));
    }

    private static int structuralSeniority(PositionKind kind) {
        return switch (kind) {
            case JPT_PRATAMA -> 3;
            case ADMINISTRATOR -> 2;
            case PENGAWAS -> 1;
            default -> 0;
        };
    }

    private static List<PositionKind> present(List<PositionKind> kinds, UnitFacts unit) {
        return kinds.stream().filter(unit.structuralKinds()::contains).toList();
    }

    private static List<PositionKind> sorted(java.util.Set<PositionKind> kinds) {
        return kinds.stream().sorted().toList();
    }

    private static String names(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(", "));
    }

    private static String or(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(" or "));
    }

    private <T> Decision<T> allowed(T outcome, List<Citation> citations, List<String> ruleIds) {
        return new Decision<>(Verdict.ALLOWED, outcome, new DecisionBasis(ref.id(), ref.version(), ruleIds),
                citations, List.of());
    }

    private <T> Decision<T> notApplicable(List<Citation> citations, List<String> ruleIds) {
        return new Decision<>(Verdict.NOT_APPLICABLE, null, new DecisionBasis(ref.id(), ref.version(), ruleIds),
                citations, List.of());
    }

    private <T> Decision<T> refused(List<FailedCriterion> failures, List<Citation> citations, List<String> ruleIds) {
        return new Decision<>(Verdict.REFUSED, null, new DecisionBasis(ref.id(), ref.version(), ruleIds), citations,
                failures);
    }

    @Override
    public String toString() {
        return "RegulationProfile[" + ref + "]";
    }
}
