package id.sistemkerja.performance.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a work result's review (PERF-03). */
public final class WorkResultEvents {

    private WorkResultEvents() {
    }

    /**
     * One level of the review chain: the unit whose head reviews at that level (resolved on the day of the review, so
     * a change of office does not strand a result).
     *
     * @param level {@code LEVEL_II} (first), {@code LEVEL_I} (last, accepts), or {@code INTERMEDIATE} (Asisten in the
     *              Sekretariat Daerah chain)
     */
    public record ReviewLevel(String unitId, String level) {
    }

    /** @param submitterRole {@code EMPLOYEE} or {@code TEAM_LEAD} */
    @Revision("1")
    public record WorkResultSubmittedEvent(String workResultId, String agencyId, String nip, int year,
                                           String planTargetRef, String unitId, String title, String result,
                                           List<String> links, String submittedBy, String submitterRole,
                                           LocalDate submittedOn, List<ReviewLevel> reviewChain, RuleBasis basis) {
    }

    @Revision("1")
    public record WorkResultPassedEvent(String workResultId, String agencyId, int fromStep, int toStep,
                                        String reviewerNip, String reviewUnitId, LocalDate passedOn, String note,
                                        RuleBasis basis) {
    }

    @Revision("1")
    public record WorkResultReturnedEvent(String workResultId, String agencyId, int step, String reviewerNip,
                                          String reviewUnitId, String reason, LocalDate returnedOn, RuleBasis basis) {
    }

    @Revision("1")
    public record WorkResultResubmittedEvent(String workResultId, String agencyId, String result, List<String> links,
                                             String resubmittedBy, int round, LocalDate resubmittedOn) {
    }

    /** Level I accepted the result: the activity is done (PERF-03). */
    @Revision("1")
    public record WorkResultAcceptedEvent(String workResultId, String agencyId, String reviewerNip,
                                          String reviewUnitId, LocalDate acceptedOn, String note, RuleBasis basis) {
    }
}
