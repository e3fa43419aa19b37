package id.sistemkerja.org.command;

import id.sistemkerja.org.api.EmployeeCommands.AppointEmployeeCommand;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Appoints an employee to a position of a unit's job map; the position's facts travel with the appointment. */
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
        OrgUnit unit = Aggregates.root(Aggregates.load(units, unitId, "Unit"));
        PositionSnapshot position = unit.position(command.positionId())
                .orElseThrow(() -> ProblemException.notFound("Position", command.positionId()));
        Aggregates.load(employees, command.nip(), "Employee")
                .execute(employee -> employee.appoint(command, position, unit.agencyId()));
        return command.appointmentId();
    }
}
