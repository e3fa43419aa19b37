package id.sistemkerja.performance.api;

import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.platform.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Commands on the evaluation (penilaian kinerja) of a unit's employees for a period (PERF-06, PERF-07, PERF-09,
 * PERF-10). Commands about one employee name the employee; the unit is the employee's unit on the period's last day.
 */
public final class EvaluationCommands {

    private EvaluationCommands() {
    }

    /** The official one level up sets the unit's organisation rating (predikat kinerja organisasi). */
    public record SetOrganisationRatingCommand(String unitId, int year, String period, OrganisationRating rating,
                                               Actor actor) {
    }

    /** The appraiser rates work results and behaviour (BerAKHLAK); the predikat follows from the matrix. */
    public record RateEmployeeCommand(String nip, int year, String period, ExpectationRating workResultRating,
                                      ExpectationRating behaviourRating,
                                      Map<CoreValue, ExpectationRating> behaviourAspects, String note, Actor actor) {
    }

    /** The unit head (or Level I) finalises the unit's predikat for the period, checking the distribution limits. */
    public record FinaliseUnitPredikatCommand(String unitId, int year, String period, Actor actor) {
    }

    /** The employee objects to the finalised result, with reasons, to the appraiser's superior (PERF-09). */
    public record FileObjectionCommand(String nip, int year, String period, String objectionId, List<String> reasons,
                                       Actor actor) {
    }

    /**
     * The receipt of the finalised result (PERF-09: the objection window counts from it): acknowledged by the employee
     * ({@link ReceiptSource#ACKNOWLEDGED_BY_EMPLOYEE}, on {@code receivedOn} or today), or the delivery date recorded
     * by the appraiser ({@link ReceiptSource#DELIVERY_RECORDED_BY_APPRAISER}).
     */
    public record RecordResultReceiptCommand(String nip, int year, String period, ReceiptSource source,
                                             LocalDate receivedOn, Actor actor) {
    }

    /** The superior asks the appraiser and the employee for explanations on an objection (PP 30/2019 Pasal 59(3)). */
    public record RequestObjectionExplanationsCommand(String nip, int year, String period, String objectionId,
                                                      Actor actor) {
    }

    /** The appraiser or the employee gives the explanation the superior asked for (Pasal 59(3)). */
    public record GiveObjectionExplanationCommand(String nip, int year, String period, String objectionId, String text,
                                                  Actor actor) {
    }

    /** The appraiser's superior decides: uphold, or change the ratings; the result is then final (PERF-09). */
    public record DecideObjectionCommand(String nip, int year, String period, String objectionId,
                                         ObjectionDecision decision,
                                         ExpectationRating workResultRating, ExpectationRating behaviourRating,
                                         String reason, Actor actor) {
    }

    /** A reward or sanction against the final predikat (PERF-10). */
    public record RecordFollowUpCommand(String nip, int year, String period, String followUpId, FollowUpKind kind,
                                        String description, String legalBasis, Actor actor) {
    }

    /** Converts a Pejabat Fungsional's final annual predikat to functional credit (angka kredit, PERF-10). */
    public record ConvertFunctionalCreditCommand(String nip, int year, Actor actor) {
    }

    public enum ObjectionDecision { UPHOLD, CHANGE }

    public enum FollowUpKind { REWARD, SANCTION }

    /** Who recorded the employee's receipt of the result. */
    public enum ReceiptSource { ACKNOWLEDGED_BY_EMPLOYEE, DELIVERY_RECORDED_BY_APPRAISER }
}
