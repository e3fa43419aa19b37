package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.api.DelegationCommands.DelegateAppraiserAuthorityCommand;
import id.sistemkerja.org.api.DelegationCommands.EndDelegationCommand;
import id.sistemkerja.org.api.DelegationEvents.AppraiserAuthorityDelegatedEvent;
import id.sistemkerja.org.api.DelegationEvents.AppraiserDelegationEndedEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.List;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A delegation of the appraiser authority of a position to another official (ORG-05), with its legal basis and period
 * (historised, ORG-10). {@link DelegationCommandHandler} checks the position, the delegate and the caller's authority
 * before it is created.
 */
@Aggregate
public class Delegation {

    @AggregateIdentifier
    private String delegationId;
    private String agencyId;
    private String grantedBy;
    private LocalDate validFrom;
    private LocalDate validUntil;
    private LocalDate endedFrom;

    protected Delegation() {
    }

    Delegation(DelegateAppraiserAuthorityCommand command, List<String> ruleIds) {
        apply(new AppraiserAuthorityDelegatedEvent(command.delegationId(), command.agencyId(),
                command.delegatorPositionId(), command.delegateNip(),
                command.employeeNips() == null ? List.of() : List.copyOf(command.employeeNips()),
                command.validFrom(), command.validUntil(), command.legalBasis().trim(), command.actor().subject(),
                List.copyOf(ruleIds)));
    }

    @CommandHandler
    public void handle(EndDelegationCommand command) {
        Access.requireAgency(command.actor(), agencyId);
        if (!command.actor().hasRole(Roles.STAFFING_AUTHORITY)
                && !command.actor().subject().equals(grantedBy)) {
            throw OrgRule.ORG_05.forbidden("Only the official who delegated (" + grantedBy + ") or the Pejabat "
                    + "Pembina Kepegawaian ends a delegation of appraiser authority");
        }
        if (command.effectiveOn() == null) {
            throw ProblemException.invalid("effectiveOn", "effectiveOn is required");
        }
        LocalDate lastDay = endedFrom != null ? endedFrom.minusDays(1) : validUntil;
        if (command.effectiveOn().isAfter(lastDay)) {
            throw ProblemException.conflict("Delegation " + delegationId + " is no longer in force after " + lastDay);
        }
        if (command.effectiveOn().isBefore(validFrom)) {
            throw OrgRule.ORG_10.refusal("effectiveOn", "the delegation starts on " + validFrom
                    + "; it cannot end before that");
        }
        apply(new AppraiserDelegationEndedEvent(delegationId, agencyId, command.effectiveOn(), command.reason()));
    }

    @EventSourcingHandler
    void on(AppraiserAuthorityDelegatedEvent event) {
        this.delegationId = event.delegationId();
        this.agencyId = event.agencyId();
        this.grantedBy = event.grantedBy();
        this.validFrom = event.validFrom();
        this.validUntil = event.validUntil();
    }

    @EventSourcingHandler
    void on(AppraiserDelegationEndedEvent event) {
        this.endedFrom = event.effectiveOn();
    }
}
