package id.sistemkerja.org.command;

import id.sistemkerja.org.api.StructureCommands.EstablishDepartmentCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishOrgUnitCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

/** Establishes departments and units: each new node needs facts of the agency or the parent above it (ORG-01). */
@Component
public class StructureCommandHandler {

    private final Repository<Agency> agencies;
    private final Repository<OrgUnit> units;

    public StructureCommandHandler(Repository<Agency> agencyRepository, Repository<OrgUnit> orgUnitRepository) {
        this.agencies = agencyRepository;
        this.units = orgUnitRepository;
    }

    @CommandHandler
    public String handle(EstablishDepartmentCommand command) throws Exception {
        Aggregates.load(agencies, command.agencyId(), "Agency");
        units.newInstance(() -> new OrgUnit(command));
        return command.departmentId();
    }

    @CommandHandler
    public String handle(EstablishOrgUnitCommand command) throws Exception {
        OrgUnit parent = Aggregates.root(Aggregates.load(units, command.parentUnitId(), "Unit"));
        units.newInstance(() -> new OrgUnit(command, parent));
        return command.unitId();
    }
}
