package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.util.List;

/**
 * The data of each profile-dependent rule as the profile files write it (see {@code profiles/profile.schema.json}
 * and {@code docs/profiles.md}). Bound from YAML after schema validation; checked for consistency by
 * {@link ProfileLoader}; read only by {@link RegulationProfile}.
 */
final class RuleData {

    private RuleData() {
    }

    /** A citation as written in a file; the regulation defaults to the file's own. */
    record CitationData(String regulation, String article, String paragraph, String note) {
    }

    /**
     * Placement follows the job map; without one, Serang falls back to the structural official in charge; where the
     * regulation's text has no job map (Cilegon), placement does not depend on one.
     */
    record Org07(Official placementDecidedBy, JobMapFallback withoutJobMap) {
    }

    enum JobMapFallback { NONE, STRUCTURAL_OFFICIAL_IN_CHARGE, NOT_REQUIRED }

    record AppraiserChoice(List<PositionKind> anyOf, List<PositionKind> whenNoneInUnit) {
    }

    /** Who may be a Pelaksana's appraiser. */
    record Org08(AppraiserChoice pelaksanaAppraiser) {
    }

    record CoordinationRow(List<FunctionalLevel> levels, PositionKind coordinatedBy, CitationData citation) {
    }

    record CoordinationException(String departmentKind, List<FunctionalLevel> levels, PositionKind coordinatedBy,
                                 CitationData citation) {
    }

    record ValidationDelegation(PositionKind from, PositionKind to, boolean requiresUptd, CitationData citation) {
    }

    /** Bekasi 2021 relations between JPT/JA and JF. Empty rows: the profile sets no such relation. */
    record Org11(List<CoordinationRow> technicalCoordination, List<CoordinationException> exceptions,
                 ValidationDelegation activityValidationDelegation, CitationData indicatorValidationCitation) {
    }

    record Asg02(List<AssignmentScope> scopes) {
    }

    enum FormSelector { INDIVIDUAL, TEAM, ANY }

    record IssuerRow(AssignmentScope scope, FormSelector form, AssignmentMode mode, List<Official> anyOf,
                     Official recommendationBy, Official proposalBy, CitationData citation, String note) {
    }

    record Asg05(List<IssuerRow> issuers) {
    }

    record Asg08(Official requestFrom, Official requestTo, Official recommendationBy, List<Official> alsoAnsweredBy,
                 CitationData alsoAnsweredByCitation, ApprovalResult approvalGives, Official orderDraftedBy,
                 boolean rejectionReasonRequired) {
    }

    record Asg11(Official applicationTo, List<Official> copyTo, List<Official> homeApprovalBy,
                 Official orderDraftedBy) {
    }

    record Asg12(List<AssignmentScope> voluntaryScopes) {
    }

    record Asg14(boolean required, Official setBy, String deadline, boolean assignmentsReferToPlanItem,
                 CitationData assignmentsCitation, boolean performancePlansReferToPlanItem,
                 boolean changeRequiresAmendment, CitationData performancePlansCitation) {
    }

    enum PriorityKind { NONE, CONVERTED_FUNCTIONAL_FIRST }

    /** {@code pool}: where "there is no JF hasil penyetaraan" is judged; null reads as TEAM_PERSONNEL. */
    record Team03(PriorityKind priority, boolean otherLeadNeedsJustification, LeadPriorityPool pool) {
    }

    /** {@code decreeDueWithin}: ISO-8601 period from 1 January of the team's first year; null: no due date. */
    record Team04(boolean verificationRequired, Official proposedBy, Official proposedTo, Official through,
                  Official establishedBy, boolean beforePerformanceAgreement, String decreeDueWithin,
                  Integer periodYears) {
    }

    /** {@code orLatestRecorded} (MIN_PREDIKAT_LAST_YEAR): the latest recorded predikat counts until last year's is. */
    record CriterionData(Criterion criterion, String value, List<PositionKind> appliesTo,
                         PositionKind orEquivalentExperience, boolean orLatestRecorded, CitationData citation) {
    }

    record Team05(List<PositionKind> positionKinds, CitationData positionKindsCitation,
                  List<CriterionData> criteria) {
    }

    /** {@code headIsAppraiser}: the unit head is also the coordinator's appraiser (the one-level structure). */
    record AllowedIn(List<PositionKind> unitLedBy, List<String> departmentAffairs, boolean headIsAppraiser,
                     CitationData citation) {
    }

    record Team06(boolean allowed, AllowedIn allowedIn, List<PositionKind> positionKinds,
                  CitationData positionKindsCitation, List<CriterionData> criteria, List<Official> appointedBy,
                  CitationData appointedByCitation) {
    }

    record EstablisherRow(AssignmentScope scope, List<Official> anyOf, CitationData citation, String note) {
    }

    record Team07(List<EstablisherRow> establishers, List<Official> leadAndCoordinatorSetBy,
                  CitationData leadAndCoordinatorCitation) {
    }

    /** {@code leadPositionKinds}: only leads of these position kinds receive the lead allowance; null: every lead. */
    record Team09(List<TeamRole> allowanceFor, List<PositionKind> leadPositionKinds) {
    }

    record Rpt01(List<Official> reportTo, boolean hierarchical) {
    }

    record Rpt02(List<Official> memberReportsTo, List<Official> leadReportsTo, boolean hierarchical,
                 boolean periodic) {
    }

    record Rpt03(List<Official> mayRequest) {
    }
}
