package id.sistemkerja.performance.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on an employee's performance plan (Sasaran Kinerja Pegawai, SKP) for a year (PERF-02, PERF-04, PERF-08). */
public final class PlanCommands {

    private PlanCommands() {
    }

    /** Drafts (or redrafts, until signed) the plan's targets; by the employee or the appraiser. */
    public record DraftPerformancePlanCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                              List<TargetDraft> targets, Actor actor) {
    }

    /**
     * The official who validates the SKP's individual performance indicators (IKI) validates them (ORG-11): under
     * technical coordination of JF by level the coordinating official, otherwise the appraiser.
     */
    public record ValidateIndividualIndicatorsCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                                      Actor actor) {
    }

    /** The employee signs the drafted plan. */
    public record SignPerformancePlanCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                             Actor actor) {
    }

    /** The appraiser sets (menetapkan) the signed plan. */
    public record SetPerformancePlanCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                            Actor actor) {
    }

    /**
     * Records the employee's role in the results of the unit where they work (PERF-08): an assignment order, a work
     * team or a special assignment, with the lead and the assigning official who may then give input (PERF-05).
     */
    public record RecordWorkRoleCommand(@TargetAggregateIdentifier String planId, String nip, int year, String roleId,
                                        String unitId, String role, String leadNip, String assignerNip,
                                        WorkRoleBasis basisKind, String basisReference, LocalDate from,
                                        LocalDate until, Actor actor) {
    }

    /** Ends a work role before its planned end (assignment revoked, team dissolved). */
    public record EndWorkRoleCommand(@TargetAggregateIdentifier String planId, String nip, int year, String roleId,
                                     LocalDate until, Actor actor) {
    }

    /**
     * The appraiser or unit head sets an expectation (ekspektasi): on a target ({@code targetNumber}), on a BerAKHLAK
     * value ({@code coreValue}, ekspektasi khusus pimpinan), or in general.
     */
    public record SetExpectationCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                        String expectationId, Integer targetNumber, CoreValue coreValue, String text,
                                        Actor actor) {
    }

    /** The employee documents realisation of a target with links (bukti dukung). */
    public record RecordEvidenceCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                        String evidenceId, int targetNumber, String period, String realisation,
                                        List<String> links, Actor actor) {
    }

    /** Feedback (umpan balik) or appraisal input, at any time (PERF-02, PERF-05). */
    public record GiveFeedbackCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                      String feedbackId, FeedbackKind kind, String text, Integer targetNumber,
                                      String period, Actor actor) {
    }

    /**
     * A team lead's report on a member's performance (TEAM-10, PERF-05), as team-service published it: recorded on the
     * member's SKP as input from the lead, by the system on team-service's word ({@code feedbackId} = the report id).
     */
    public record RecordLeadInputCommand(@TargetAggregateIdentifier String planId, String nip, int year,
                                         String feedbackId, String leadNip, String teamId, String text,
                                         LocalDate reportedOn, Actor actor) {
    }
}
