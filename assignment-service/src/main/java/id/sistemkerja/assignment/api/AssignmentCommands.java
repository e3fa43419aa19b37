package id.sistemkerja.assignment.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on assignments (penugasan) once an order made them effective. */
public final class AssignmentCommands {

    private AssignmentCommands() {
    }

    /** The individually assigned employee reports on the assignment (pertanggungjawaban, RPT-01). */
    public record SubmitAssignmentReportCommand(@TargetAggregateIdentifier String orderId, String assignmentId,
                                                String reportId, String summary, List<String> outputs,
                                                LocalDate periodFrom, LocalDate periodUntil, Actor actor) {
    }

    /**
     * Ends every active assignment of work team {@code teamId} from {@code effectiveOn}, as one recorded act (TEAM-12:
     * a team's members' team assignments end with it). Sent for a dissolved or expired team.
     *
     * @param decreeNumber the decree that dissolved the team, if any
     * @param source       what caused it, e.g. the team-service event id; free text
     */
    public record EndTeamAssignmentsCommand(String teamId, String agencyId, LocalDate effectiveOn, String reason,
                                            String decreeNumber, String source, Actor actor) {
    }
}
