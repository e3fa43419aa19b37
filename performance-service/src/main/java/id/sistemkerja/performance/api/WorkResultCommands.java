package id.sistemkerja.performance.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands on a work result (hasil pelaksanaan kegiatan) under review (PERF-02, PERF-03). */
public final class WorkResultCommands {

    private WorkResultCommands() {
    }

    /**
     * The individual, or their team lead, submits a result realising a target of the employee's plan to Level II of
     * the unit where the work is done ({@code unitId}; default: the employee's unit).
     */
    public record SubmitWorkResultCommand(@TargetAggregateIdentifier String workResultId, String nip, int year,
                                          int targetNumber, String unitId, String title, String result,
                                          List<String> links, Actor actor) {
    }

    /** The reviewer at the current level passes the result on (or, at Level I, accepts it) or returns it. */
    public record ReviewWorkResultCommand(@TargetAggregateIdentifier String workResultId, ReviewDecision decision,
                                          String reason, Actor actor) {
    }

    /** A returned result, reworked, goes back to Level II. */
    public record ResubmitWorkResultCommand(@TargetAggregateIdentifier String workResultId, String result,
                                            List<String> links, Actor actor) {
    }

    public enum ReviewDecision { PASS, RETURN }
}
