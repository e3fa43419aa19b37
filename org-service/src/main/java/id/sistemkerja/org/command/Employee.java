package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.org.api.EmployeeCommands.RegisterEmployeeCommand;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An employee (Pegawai ASN, ORG-03), identified by NIP. */
@Aggregate
public class Employee {

    @AggregateIdentifier
    private String nip;
    private String agencyId;

    protected Employee() {
    }

    @CommandHandler
    public Employee(RegisterEmployeeCommand command) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN);
        Nip.parse(command.nip());
        if (command.employmentType() == EmploymentType.PNS && command.rank() == null) {
            throw ProblemException.invalid("rank", "rank (golongan ruang) is required for a PNS");
        }
        apply(new EmployeeRegisteredEvent(command.nip(), command.agencyId(), command.fullName().trim(),
                command.employmentType(), command.rank(), command.education(),
                command.competencies() == null ? List.of() : List.copyOf(command.competencies()),
                command.convertedFromAdministrative()));
    }

    @EventSourcingHandler
    void on(EmployeeRegisteredEvent event) {
        this.nip = event.nip();
        this.agencyId = event.agencyId();
    }
}
