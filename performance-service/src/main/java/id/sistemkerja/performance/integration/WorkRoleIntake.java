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
 * Records an employee's role in the results of the unit where they work (PERF-08) from another service's events
 * ({@link AssignmentWorkRolesSubscription}); the same happens by hand through the API
 * ({@code POST /api/v1/employees/{nip}/performance/{year}/roles}). Each role is recorded on the SKP of every calendar
 * year it overlaps. Commands are sent by the system actor of the employee's agency with the producer's correlation id.
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
