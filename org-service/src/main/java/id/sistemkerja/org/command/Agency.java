package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.api.AgencyCommands.RegisterAgencyCommand;
import id.sistemkerja.org.api.AgencyEvents.AgencyRegisteredEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** An agency (instansi pemerintah, ORG-01): the tenant boundary. */
@Aggregate
public class Agency {

    @AggregateIdentifier
    private String agencyId;

    protected Agency() {
    }

    @CommandHandler
    public Agency(RegisterAgencyCommand command) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN);
        if (command.name() == null || command.name().isBlank()) {
            throw ProblemException.invalid("name", "name (nama instansi) is required");
        }
        apply(new AgencyRegisteredEvent(command.agencyId(), command.name().trim(), command.shortName()));
    }

    @EventSourcingHandler
    void on(AgencyRegisteredEvent event) {
        this.agencyId = event.agencyId();
    }
}
