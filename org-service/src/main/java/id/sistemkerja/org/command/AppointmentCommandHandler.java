package id.sistemkerja.org.command;

import id.sistemkerja.org.api.EmployeeCommands.AppointEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.EndAppointmentCommand;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Appoints an employee to a position of a unit's job map (the position's facts travel with the appointment) and ends
 * appointments. A structural position or a unit head has one holder at a time: the unit keeps its tenures, so
 * "who leads this unit on date D" is one answer on the command side too.
 */
@Component
public class AppointmentCommandHandler {

    private final Repository<Employee> employees;
    private final Repository<OrgUnit> units;

    public AppointmentCommandHandler(Repository<Employee> employeeRepository, Repository<OrgUnit> orgUnitRepository) {
        this.employees = employeeRepository;
        this.units = orgUnitRepository;
    }

    @CommandHandler
    public String handle(AppointEmployeeCommand command) {
        if (command.effectiveFrom() == null) {
            throw ProblemException.invalid("effectiveFrom", "effectiveFrom (TMT jabatan) is required");
        }
        String unitId = OrgIds.unitOfPosition(command.positionId());
        if (unitId == null) {
            throw ProblemException.invalid("positionId", "positionId must be <unitId>:<code>, not "
                    + command.positionId());
        }
        Aggregate<OrgUnit> unitAggregate = Aggregates.load(units, unitId, "Unit");
        OrgUnit unit = Aggregates.root(unitAggregate);
        PositionSnapshot position = unit.position(command.positionId())
                .orElseThrow(() -> ProblemException.notFound("Position", command.positionId()));
        Aggregate<Employee> employee = Aggregates.load(employees, command.nip(), "Employee");
        Optional<AppointmentSnapshot> previous = Aggregates.root(employee).openAppointment();
        employee.execute(e -> e.appoint(command, position, unit.agencyId()));
        // the new appointment ends the previous one: its position is free from that day
        previous.ifPresent(held -> vacate(held, command.nip(), command.effectiveFrom()));
        if (unit.isSingleHolder(position.positionId())) {
            unitAggregate.execute(u -> u.fill(position.positionId(), command.nip(), command.effectiveFrom()));
        }
        return command.appointmentId();
    }

    @CommandHandler
    public void handle(EndAppointmentCommand command) {
        Aggregate<Employee> employee = Aggregates.load(employees, command.nip(), "Employee");
        Optional<AppointmentSnapshot> open = Aggregates.root(employee).openAppointment();
        employee.execute(e -> e.endAppointment(command));
        open.ifPresent(held -> vacate(held, command.nip(), command.effectiveOn()));
    }

    private void vacate(AppointmentSnapshot held, String nip, LocalDate effectiveOn) {
        Aggregates.load(units, held.unitId(), "Unit").execute(u -> u.vacate(held.positionId(), nip, effectiveOn));
    }
}
