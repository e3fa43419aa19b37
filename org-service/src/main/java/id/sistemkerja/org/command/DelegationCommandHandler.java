package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.org.api.DelegationCommands.DelegateAppraiserAuthorityCommand;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;

/**
 * Records a delegation of appraiser authority (ORG-05): the appraiser is the direct superior, "or another official
 * with delegated authority" recorded with its legal basis and period.
 */
@Component
public class DelegationCommandHandler {

    private final Repository<Delegation> delegations;
    private final Repository<Employee> employees;
    private final Repository<OrgUnit> units;

    public DelegationCommandHandler(Repository<Delegation> delegationRepository,
                                    Repository<Employee> employeeRepository, Repository<OrgUnit> orgUnitRepository) {
        this.delegations = delegationRepository;
        this.employees = employeeRepository;
        this.units = orgUnitRepository;
    }

    @CommandHandler
    public String handle(DelegateAppraiserAuthorityCommand command) throws Exception {
        Access.requireAgency(command.actor(), command.agencyId());
        if (command.validFrom() == null) {
            throw ProblemException.invalid("validFrom", "validFrom is required");
        }
        if (command.validUntil() == null || command.validUntil().isBefore(command.validFrom())) {
            throw ProblemException.invalid("validUntil", "validUntil (last day in force) is required and not before "
                    + "validFrom");
        }
        if (command.legalBasis() == null || command.legalBasis().isBlank()) {
            // ORG-05: the delegation is recorded with its legal basis
            throw OrgRule.ORG_05.refusal("legalBasis", "a delegation of appraiser authority states its legal basis "
                    + "(dasar hukum, e.g. the number of the decree)");
        }
        String unitId = OrgIds.unitOfPosition(command.delegatorPositionId());
        if (unitId == null) {
            throw ProblemException.invalid("delegatorPositionId", "delegatorPositionId must be <unitId>:<code>");
        }
        OrgUnit unit = Aggregates.root(Aggregates.load(units, unitId, "Unit"));
        Access.requireAgency(command.actor(), unit.agencyId());
        PositionSnapshot position = unit.position(command.delegatorPositionId())
                .orElseThrow(() -> ProblemException.notFound("Position", command.delegatorPositionId()));
        boolean appraiserPosition = position.kind().isStructural() || (position.kind() == PositionKind.FUNGSIONAL
                && position.unitHead() && unit.kind().mayBeLedByFunctional());
        if (!appraiserPosition) {
            throw OrgRule.ORG_05.refusal("delegatorPositionId", "position " + position.positionId() + " ("
                    + position.kind() + ") holds no appraiser authority to delegate");
        }
        requireAuthority(command, unit);

        Employee delegate = Aggregates.root(Aggregates.load(employees, command.delegateNip(), "Employee"));
        if (!command.agencyId().equals(delegate.agencyId())) {
            // a voided registration (M7) belongs to no agency; another agency's employee is not named (L3)
            throw OrgRule.ORG_05.refusal("delegateNip", "the delegate is an official of agency "
                    + command.agencyId() + "; " + command.delegateNip() + " is not an employee of it");
        }
        Optional<AppointmentSnapshot> delegatePosition = delegate.appointmentOn(command.validFrom());
        if (delegatePosition.isEmpty()) {
            throw OrgRule.ORG_05.refusal("delegateNip", "the delegate is an official (pejabat): "
                    + command.delegateNip() + " holds no position on " + command.validFrom());
        }
        if (delegatePosition.get().positionId().equals(position.positionId())) {
            throw OrgRule.ORG_05.refusal("delegateNip", command.delegateNip() + " holds " + position.positionId()
                    + " itself; delegate to another official");
        }
        for (String nip : command.employeeNips() == null ? List.<String>of() : command.employeeNips()) {
            Employee covered = Aggregates.root(Aggregates.load(employees, nip, "Employee"));
            Access.requireAgency(command.actor(), covered.agencyId());
        }
        delegations.newInstance(() -> new Delegation(command, List.of(OrgRule.ORG_05.id(), OrgRule.ORG_10.id())));
        return command.delegationId();
    }

    /** The holder of the delegated position (on the first day) or the PPK records the delegation. */
    private void requireAuthority(DelegateAppraiserAuthorityCommand command, OrgUnit unit) {
        if (command.actor().hasRole(Roles.STAFFING_AUTHORITY)) {
            return;
        }
        boolean holder = unit.holderOn(command.delegatorPositionId(), command.validFrom())
                .filter(nip -> nip.equals(command.actor().subject()))
                .isPresent();
        if (!holder) {
            throw OrgRule.ORG_05.forbidden("Only the holder of " + command.delegatorPositionId() + " or the Pejabat "
                    + "Pembina Kepegawaian (role " + Roles.STAFFING_AUTHORITY + ") delegates its appraiser authority");
        }
    }
}
