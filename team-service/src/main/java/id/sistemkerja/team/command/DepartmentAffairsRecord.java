package id.sistemkerja.team.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.team.api.DepartmentAffairsCommands.DepartmentAffairsRecordedEvent;
import id.sistemkerja.team.api.DepartmentAffairsCommands.RecordDepartmentAffairsCommand;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;
import java.util.Locale;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** The recorded government affairs of one department (TEAM-06); each recording replaces the previous list. */
@Aggregate
public class DepartmentAffairsRecord {

    @AggregateIdentifier
    private String recordId;

    protected DepartmentAffairsRecord() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RecordDepartmentAffairsCommand command, OrgDirectory org) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN);
        UnitFacts department = org.unit(command.departmentId()).orElseThrow(() -> ProblemException.notYetKnown(
                "Department (perangkat daerah)", command.departmentId()));
        if (!department.isDepartment() || !command.agencyId().equals(department.agencyId())) {
            throw ProblemException.invalid("departmentId", command.departmentId() + " is not a department "
                    + "(perangkat daerah) of agency " + command.agencyId());
        }
        if (command.affairs() == null || command.affairs().isEmpty()) {
            throw ProblemException.invalid("affairs", "at least one government affair (urusan pemerintahan), e.g. "
                    + "PENANAMAN_MODAL");
        }
        List<String> affairs = command.affairs().stream().map(a -> a.trim().toUpperCase(Locale.ROOT)
                .replace(' ', '_')).distinct().sorted().toList();
        apply(new DepartmentAffairsRecordedEvent(command.recordId(), command.agencyId(), command.departmentId(),
                affairs, command.legalBasis(), command.actor().subject()));
    }

    @EventSourcingHandler
    void on(DepartmentAffairsRecordedEvent event) {
        recordId = event.recordId();
    }
}
