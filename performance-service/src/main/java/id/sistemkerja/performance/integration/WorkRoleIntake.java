package id.sistemkerja.performance.integration;

import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.PlanCommands.EndWorkRoleCommand;
import id.sistemkerja.performance.api.PlanCommands.RecordWorkRoleCommand;
import id.sistemkerja.performance.api.WorkRoleBasis;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.security.CallContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;

/**
 * Where assignment and team events will record an employee's role in the results of the unit where they work
 * (PERF-08) and make a lead or assigning official a giver of appraisal input (PERF-05). Until then the same happens
 * through the API ({@code POST /api/v1/employees/{nip}/performance/{year}/roles}).
 * <p>
 * <b>To wire</b> (once {@code contracts.assignment.v1} / {@code contracts.team.v1} exist), add an
 * {@code IntegrationEventSubscription} bean here, e.g.
 * {@code builder("performance-work-roles", Topics.ASSIGNMENT_EVENTS).on(AssignmentOrderIssued.class, (e, meta) ->
 * intake.roleStarted(...))}, and one on {@link id.sistemkerja.contracts.Topics#TEAM_EVENTS}. What this needs from the
 * events:
 * <ul>
 *   <li>assignment order issued / approved (individual or cross-unit/agency): a stable id (becomes the role id),
 *       the employee's NIP, the unit where the work is done, the role or task, the assigning official's NIP, the
 *       order number, first and last day; revoked/ended: the same id and the last day.</li>
 *   <li>team member added / team dissolved: team id + NIP (role id), the team's unit, the member's role, the lead's
 *       NIP (ketua tim), the establishing official's NIP, the decree number, from/until; member removed or team
 *       dissolved: id and last day. A change of lead: a new role record (the old one ended).</li>
 * </ul>
 * Each role is recorded on the SKP of every calendar year it overlaps. Commands are sent by the system actor of the
 * employee's agency with the producer's correlation id; a replayed event is refused by the plan as a duplicate role id
 * (409), which the idempotent consumer treats as done.
 */
@Component
public class WorkRoleIntake {

    private final CommandDispatcher commands;

    public WorkRoleIntake(CommandDispatcher commands) {
        this.commands = commands;
    }

    /** A role began: recorded on the SKP of each year from {@code from} to {@code until} (or {@code from}'s year). */
    public void roleStarted(String agencyId, String correlationId, String roleId, String nip, String unitId,
                            String role, String leadNip, String assignerNip, WorkRoleBasis basis, String reference,
                            LocalDate from, LocalDate until) {
        CallContext context = context(agencyId, correlationId);
        int last = until == null ? from.getYear() : until.getYear();
        for (int year = from.getYear(); year <= last; year++) {
            commands.sendAndWait(new RecordWorkRoleCommand(PerformanceIds.planId(nip, year), nip, year, roleId,
                    unitId, role, leadNip, assignerNip, basis, reference, from, until, context.actor()), context);
        }
    }

    /** A role ended early (order revoked, member removed, team dissolved). */
    public void roleEnded(String agencyId, String correlationId, String roleId, String nip, LocalDate until) {
        CallContext context = context(agencyId, correlationId);
        commands.sendAndWait(new EndWorkRoleCommand(PerformanceIds.planId(nip, until.getYear()), nip,
                until.getYear(), roleId, until, context.actor()), context);
    }

    private static CallContext context(String agencyId, String correlationId) {
        return CallContext.system(agencyId, correlationId);
    }
}
