package id.sistemkerja.performance.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of an employee's performance plan (SKP) for a year: the plan and its documentation over the year. */
public final class PlanEvents {

    private PlanEvents() {
    }

    /** The plan's record was opened (first act on the employee's performance of the year). */
    @Revision("1")
    public record PerformancePlanOpenedEvent(String planId, String nip, String agencyId, int year, String unitId) {
    }

    /**
     * Targets drafted; each names the superior target it supports (PERF-08).
     *
     * @param indicatorValidator who validates the targets' indicators (IKI, ORG-11); null in revision 1 events
     * @param workPlanItems      the unit work plan item each target rests on where the profile requires it (ASG-14,
     *                           Serang); empty or null otherwise and in revision 1 events
     */
    @Revision("2")
    public record PerformancePlanDraftedEvent(String planId, String nip, String agencyId, int year, String unitId,
                                              String draftedBy, String appraiserNip, List<Target> targets,
                                              RuleBasis basis, IndicatorValidatorRef indicatorValidator,
                                              List<WorkPlanItemRef> workPlanItems) {
    }

    /**
     * The official who coordinates the employee technically (or the appraiser) validated the indicators (IKI) of the
     * SKP's targets as drafted (ORG-11; Perwal Bekasi 31/2021 Pasal 11(3)).
     */
    @Revision("1")
    public record IndividualIndicatorsValidatedEvent(String planId, String nip, String agencyId, int year,
                                                     IndicatorValidatorRef validator, List<String> targetRefs,
                                                     LocalDate validatedOn, RuleBasis basis) {
    }

    @Revision("1")
    public record PerformancePlanSignedEvent(String planId, String nip, String agencyId, int year, LocalDate signedOn,
                                             RuleBasis basis) {
    }

    /**
     * The appraiser set the plan (ditetapkan).
     *
     * @param appraiserBasis {@code POSITION_HOLDER}, {@code DELEGATION} or {@code STRUCTURAL_LINE}
     */
    @Revision("1")
    public record PerformancePlanSetEvent(String planId, String nip, String agencyId, int year, String unitId,
                                          String appraiserNip, String appraiserBasis, LocalDate setOn,
                                          List<Target> targets, RuleBasis basis) {
    }

    @Revision("1")
    public record WorkRoleRecordedEvent(String planId, String nip, String agencyId, int year, String roleId,
                                        String unitId, String role, String leadNip, String assignerNip,
                                        WorkRoleBasis basisKind, String basisReference, LocalDate from,
                                        LocalDate until, String recordedBy, RuleBasis basis) {
    }

    @Revision("1")
    public record WorkRoleEndedEvent(String planId, String nip, String agencyId, int year, String roleId,
                                     LocalDate until, String endedBy) {
    }

    /** @param setterRole {@code APPRAISER} or {@code UNIT_HEAD} */
    @Revision("1")
    public record ExpectationSetEvent(String planId, String nip, String agencyId, int year, String expectationId,
                                      Integer targetNumber, CoreValue coreValue, String text, String setBy,
                                      FeedbackRole setterRole, LocalDate setOn, RuleBasis basis) {
    }

    @Revision("1")
    public record EvidenceRecordedEvent(String planId, String nip, String agencyId, int year, String evidenceId,
                                        int targetNumber, String period, String realisation, List<String> links,
                                        LocalDate recordedOn, RuleBasis basis) {
    }

    /** @param workRoleId the work role that made the giver a lead or assigning official, if any */
    @Revision("1")
    public record FeedbackGivenEvent(String planId, String nip, String agencyId, int year, String feedbackId,
                                     FeedbackKind kind, String giverNip, FeedbackRole giverRole, String workRoleId,
                                     String text, Integer targetNumber, String period, LocalDate givenOn,
                                     RuleBasis basis) {
    }
}
