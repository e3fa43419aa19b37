package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.api.EmployeeCommands.PlaceEmployeeCommand;
import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The PPK's placement decision (kedudukan, ORG-07): reads the employee, the unit and the appraiser position from the
 * event store, applies the common rules ({@link CommonPlacementRules}) and the profile's ({@link ProfilePlacementRules}),
 * and records the decision on the employee with the profile and rule ids that justified it. A refusal names every
 * broken rule and stores nothing.
 */
@Component
public class PlacementCommandHandler {

    private final Repository<Employee> employees;
    private final Repository<OrgUnit> units;
    private final ProfilePlacementRules profileRules;

    public PlacementCommandHandler(Repository<Employee> employeeRepository, Repository<OrgUnit> orgUnitRepository,
                                   ProfilePlacementRules profileRules) {
        this.employees = employeeRepository;
        this.units = orgUnitRepository;
        this.profileRules = profileRules;
    }

    @CommandHandler
    public String handle(PlaceEmployeeCommand command) {
        if (command.effectiveFrom() == null) {
            throw ProblemException.invalid("effectiveFrom", "effectiveFrom (TMT kedudukan) is required");
        }
        Aggregate<Employee> employeeAggregate = Aggregates.load(employees, command.nip(), "Employee");
        Employee employee = Aggregates.root(employeeAggregate);
        Access.requireAgency(command.actor(), employee.agencyId());
        if (!command.actor().hasRole(Roles.STAFFING_AUTHORITY)) {
            // ORG-07: placement is decided by the Pejabat Pembina Kepegawaian
            throw ProblemException.forbidden(OrgRule.ORG_07.id(), profileRules.article(employee.agencyId(),
                    command.effectiveFrom(), OrgRule.ORG_07.id()).orElse(OrgRule.ORG_07.article()),
                    "Placement (kedudukan) is decided by the Pejabat Pembina Kepegawaian (role "
                            + Roles.STAFFING_AUTHORITY + ")");
        }
        OrgUnit unit = Aggregates.root(Aggregates.load(units, command.unitId(), "Unit"));
        if (!unit.agencyId().equals(employee.agencyId())) {
            throw ProblemException.forbidden("Unit " + command.unitId() + " belongs to agency " + unit.agencyId()
                    + ", employee " + command.nip() + " to agency " + employee.agencyId() + ".", null);
        }
        String appraiserUnitId = OrgIds.unitOfPosition(command.appraiserPositionId());
        if (appraiserUnitId == null) {
            throw ProblemException.invalid("appraiserPositionId", "appraiserPositionId must be <unitId>:<code>, not "
                    + command.appraiserPositionId());
        }
        OrgUnit appraiserUnit = appraiserUnitId.equals(unit.unitId()) ? unit
                : Aggregates.root(Aggregates.load(units, appraiserUnitId, "Unit"));
        PositionSnapshot appraiser = appraiserUnit.position(command.appraiserPositionId())
                .orElseThrow(() -> ProblemException.notFound("Position", command.appraiserPositionId()));

        PlacementProposal proposal = new PlacementProposal(employee.agencyId(), command.nip(),
                command.effectiveFrom(), employee.appointmentOn(command.effectiveFrom()).orElse(null),
                unit.snapshot(), appraiser, appraiserUnit.snapshot());
        ProfilePlacementDecision profile = profileRules.decide(proposal);
        List<Violation> violations = new ArrayList<>(CommonPlacementRules.check(proposal,
                profile.placementWithoutJobMapAllowed(), profile.followsJobMap()).stream().map(profile::cited)
                .map(v -> ownArticle(v, employee.agencyId(), command.effectiveFrom())).toList());
        violations.addAll(profile.violations());
        if (!violations.isEmpty()) {
            throw ProblemException.rules(violations.get(0).ruleId() + ": " + violations.get(0).message()
                    + (violations.size() > 1 ? " (and " + (violations.size() - 1) + " more)" : ""), violations);
        }
        List<String> ruleIds = new ArrayList<>(CommonPlacementRules.ruleIds(proposal));
        profile.ruleIds().stream().filter(id -> !ruleIds.contains(id)).forEach(ruleIds::add);
        employeeAggregate.execute(e -> e.place(command, unit.snapshot().departmentId(), profile.profileId(),
                profile.profileVersion(), ruleIds));
        return command.placementId();
    }

    /**
     * A common rule's refusal cites the article of the regulation the agency is bound to on the placement date
     * (issue 12 item 12: BDG23 Pasal 6(3) for Bandung, not the concordant provisions of every city); the concordant
     * provisions only where that regulation has no article of its own.
     */
    private Violation ownArticle(Violation violation, String agencyId, LocalDate date) {
        boolean concordant = Arrays.stream(OrgRule.values())
                .anyMatch(r -> r.id().equals(violation.ruleId()) && r.article().equals(violation.article()));
        if (!concordant) {
            return violation;
        }
        return profileRules.article(agencyId, date, violation.ruleId())
                .map(article -> Violation.ofRule(violation.ruleId(), article, violation.field(), violation.message()))
                .orElse(violation);
    }
}
