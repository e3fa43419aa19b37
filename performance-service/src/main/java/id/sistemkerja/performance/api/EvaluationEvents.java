package id.sistemkerja.performance.api;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.api.EvaluationCommands.FollowUpKind;
import id.sistemkerja.performance.api.EvaluationCommands.ObjectionDecision;
import id.sistemkerja.performance.api.EvaluationCommands.ReceiptSource;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Events of a unit's evaluation for a period. Every decision records its {@link RuleBasis}. */
public final class EvaluationEvents {

    private EvaluationEvents() {
    }

    @Revision("1")
    public record EvaluationOpenedEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                        LocalDate periodStart, LocalDate periodEnd) {
    }

    @Revision("1")
    public record OrganisationRatedEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                         OrganisationRating rating, String ratedBy, LocalDate ratedOn,
                                         RuleBasis basis) {
    }

    /**
     * @param behaviourAspects  the seven BerAKHLAK core values, each rated, where the appraiser rated them (PERF-06b)
     * @param appraisalInputIds the appraisal inputs (lead's reports, PERF-05) on the employee's SKP that were before
     *                          the appraiser when rating
     * @param appraiserBasis {@code POSITION_HOLDER}, {@code DELEGATION} or {@code STRUCTURAL_LINE}
     * @param behaviourExpectationIds the leader's specific behaviour expectations (ekspektasi khusus pimpinan, set on a
     *                          BerAKHLAK value of the SKP) that were before the appraiser when rating (PERF-06b); null
     *                          in revision 1 events
     */
    @Revision("2")
    public record EmployeeRatedEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                     String nip, ExpectationRating workResultRating, ExpectationRating behaviourRating,
                                     Map<CoreValue, ExpectationRating> behaviourAspects, Predikat predikat,
                                     String appraiserNip, String appraiserBasis, String note,
                                     List<String> appraisalInputIds, LocalDate ratedOn, RuleBasis basis,
                                     List<String> behaviourExpectationIds) {
    }

    /**
     * @param counts      employees per predikat
     * @param violations  limits not met, exact numbers; empty when the distribution holds
     * @param onViolation what the rule set said to do with a violation ({@code BLOCK} never reaches here with any)
     */
    @Revision("1")
    public record UnitPredikatFinalisedEvent(String evaluationId, String agencyId, String unitId, int year,
                                             String period, OrganisationRating organisationRating, int employees,
                                             Map<Predikat, Integer> counts, List<String> violations,
                                             String onViolation, String rounding, String finalisedBy,
                                             LocalDate finalisedOn, RuleBasis basis) {
    }

    /** @param basis how it became final: {@code UNIT_FINALISATION} or {@code OBJECTION_DECISION} */
    @Revision("1")
    public record EmployeePredikatFinalisedEvent(String evaluationId, String agencyId, String unitId, int year,
                                                 String period, String nip, Predikat predikat,
                                                 ExpectationRating workResultRating,
                                                 ExpectationRating behaviourRating, String finalisation,
                                                 LocalDate finalisedOn, RuleBasis basis) {
    }

    @Revision("1")
    public record ObjectionFiledEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                      String nip, String objectionId, List<String> reasons, LocalDate filedOn,
                                      LocalDate receivedOn, LocalDate deadline, String appraiserNip,
                                      String addressedToNip, RuleBasis basis) {
    }

    /**
     * The employee's receipt of the finalised result was recorded (PERF-09): the objection window counts from the
     * earliest recorded receipt.
     */
    @Revision("1")
    public record ResultReceiptRecordedEvent(String evaluationId, String agencyId, String unitId, int year,
                                             String period, String nip, ReceiptSource source, LocalDate receivedOn,
                                             String recordedBy, LocalDate recordedOn, RuleBasis basis) {
    }

    /**
     * The superior asked the appraiser and the employee for explanations before deciding the objection (PP 30/2019
     * Pasal 59(3)); each may answer until {@code answerBy} (rule set data).
     */
    @Revision("1")
    public record ObjectionExplanationsRequestedEvent(String evaluationId, String agencyId, String unitId, int year,
                                                      String period, String nip, String objectionId,
                                                      List<String> requestedFrom, LocalDate requestedOn,
                                                      LocalDate answerBy, String requestedBy, RuleBasis basis) {
    }

    /** @param giverRole {@code APPRAISER} or {@code EMPLOYEE} */
    @Revision("1")
    public record ObjectionExplanationGivenEvent(String evaluationId, String agencyId, String unitId, int year,
                                                 String period, String nip, String objectionId, String giverNip,
                                                 String giverRole, String text, LocalDate givenOn, RuleBasis basis) {
    }

    @Revision("1")
    public record ObjectionDecidedEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                        String nip, String objectionId, ObjectionDecision decision,
                                        Predikat previousPredikat, ExpectationRating workResultRating,
                                        ExpectationRating behaviourRating, Predikat predikat, String reason,
                                        String decidedBy, LocalDate decidedOn, RuleBasis basis) {
    }

    @Revision("1")
    public record FollowUpRecordedEvent(String evaluationId, String agencyId, String unitId, int year, String period,
                                        String nip, String followUpId, FollowUpKind kind, String description,
                                        String legalBasis, Predikat predikat, String recordedBy, LocalDate recordedOn,
                                        RuleBasis basis) {
    }

    @Revision("1")
    public record FunctionalCreditConvertedEvent(String evaluationId, String agencyId, String unitId, int year,
                                                 String nip, Predikat predikat, FunctionalLevel functionalLevel,
                                                 double annualCoefficient, int percentage, double credit,
                                                 String convertedBy, LocalDate convertedOn, RuleBasis basis) {
    }
}
