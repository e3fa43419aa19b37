package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.AgreementCommands.SetPerformanceAgreementCommand;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementAmendedEvent;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementSetEvent;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.PerformanceIds.TargetRef;
import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.Repository;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Sets a unit's performance agreement (PERF-01). Level I sets the agreement of the unit at the top of a review chain
 * and divides its targets to Level II: the agreement of a unit below the top is set by the head one level up on the
 * chain (in the Sekretariat Daerah: Sekda for an Asisten, the Asisten for a Kepala Bagian), and each of its targets
 * names the target of the agreement one level up that it supports (penjenjangan kinerja).
 */
@Component
public class AgreementCommandHandler {

    private final Repository<PerformanceAgreement> agreements;
    private final DecisionContext context;

    public AgreementCommandHandler(Repository<PerformanceAgreement> performanceAgreementRepository,
                                   DecisionContext context) {
        this.agreements = performanceAgreementRepository;
        this.context = context;
    }

    @CommandHandler
    public String handle(SetPerformanceAgreementCommand command) {
        OrgLevels levels = context.levels();
        UnitFacts unit = levels.unit(command.unitId());
        Access.requireAgency(command.actor(), unit.agencyId());
        PerfRuleSet rules = context.rules();
        if (command.year() < 2000 || command.year() > 2100) {
            throw ProblemException.invalid("year", "year must be a calendar year, not " + command.year());
        }
        LocalDate today = context.today();
        CitedRule perf01 = context.cited(PerfRule.PERF_01, unit.agencyId());
        String setterUnit = levels.agreementSetterUnit(unit.unitId()).orElseThrow(() -> perf01.refusal(
                "unitId", "unit " + unit.unitId() + " is below the review levels of its tree ("
                        + levels.reviewUnits(unit.unitId()) + "); its head coordinates like a team lead (ORG-09), "
                        + "so it has no performance agreement of its own"));
        // who heads a unit is a fact of the org replica: missing is not known yet (retryable), never a refusal
        String setter = levels.headOf(setterUnit, today).orElseThrow(() -> ProblemException.notYetKnown(
                "Head of unit (whose head sets this agreement)", setterUnit + " on " + today));
        if (!setter.equals(command.actor().subject())) {
            throw perf01.forbidden("The performance agreement (perjanjian kinerja) of unit " + unit.unitId()
                    + " is set by " + (setterUnit.equals(unit.unitId()) ? "Level I, its own head"
                    : "the head of " + setterUnit + ", one level up (Pejabat Level I dividing targets to Level II)")
                    + "; you are " + command.actor().subject() + ".", setter);
        }
        String responsible = levels.headOf(unit.unitId(), today).orElseThrow(() -> ProblemException.notYetKnown(
                "Head of unit (who answers for its targets)", unit.unitId() + " on " + today));
        String agreementId = PerformanceIds.agreementId(unit.unitId(), command.year());
        Optional<String> above = levels.levelAbove(unit.unitId());
        List<Target> targets = Targets.number(agreementId, command.targets(),
                supportedOwners(command, above, perf01));
        RuleBasis basis = context.basis(unit.agencyId(), rules, PerfRule.PERF_01);

        Optional<Aggregate<PerformanceAgreement>> existing = Aggregates.find(agreements, agreementId);
        if (existing.isPresent()) {
            existing.get().execute(a -> a.amend(new PerformanceAgreementAmendedEvent(agreementId, unit.agencyId(),
                    unit.unitId(), command.year(), setter, today, command.reason(), targets, basis)));
        } else {
            Aggregates.create(agreements, () -> new PerformanceAgreement(new PerformanceAgreementSetEvent(agreementId,
                    unit.agencyId(), unit.unitId(), command.year(), responsible, setter,
                    setterUnit.equals(unit.unitId()) ? "LEVEL_ONE" : "LEVEL_ABOVE", today, targets, basis)));
        }
        return agreementId;
    }

    /**
     * The owner of each target's superior target. Below the top of the chain every target supports a target of the
     * agreement one level up, same year (PERF-01); at the top a superior target is optional.
     */
    private List<String> supportedOwners(SetPerformanceAgreementCommand command, Optional<String> above,
                                         CitedRule perf01) {
        List<TargetDraft> drafts = command.targets() == null ? List.of() : command.targets();
        List<Violation> problems = new ArrayList<>();
        List<String> owners = new ArrayList<>();
        String expectedOwner = above.map(u -> PerformanceIds.agreementId(u, command.year())).orElse(null);
        for (int i = 0; i < drafts.size(); i++) {
            TargetDraft draft = drafts.get(i);
            String ref = draft == null ? null : draft.supportsTargetRef();
            String field = "targets[" + i + "].supportsTargetRef";
            if (ref == null || ref.isBlank()) {
                if (expectedOwner != null) {
                    problems.add(perf01.violation(field, "unit " + command.unitId() + " is below "
                            + above.get() + ": each target names the target of " + expectedOwner
                            + " it supports (penjenjangan kinerja)"));
                }
                owners.add(null);
                continue;
            }
            Optional<TargetRef> parsed = PerformanceIds.parseTargetRef(ref.trim());
            if (parsed.isEmpty() || !parsed.get().ofAgreement()
                    || (expectedOwner != null && !parsed.get().ownerId().equals(expectedOwner))) {
                problems.add(perf01.violation(field, "'" + ref + "' is not a target of "
                        + (expectedOwner != null ? expectedOwner + " (the agreement one level up)"
                        : "a performance agreement") + "; write it as pk:<unitId>:<year>#<n>"));
                owners.add(null);
                continue;
            }
            boolean exists = Aggregates.find(agreements, parsed.get().ownerId()).map(Aggregates::root)
                    .flatMap(a -> a.target(parsed.get().number())).isPresent();
            if (!exists) {
                problems.add(perf01.violation(field, "target " + ref + " does not exist (set the agreement "
                        + "one level up first)"));
            }
            owners.add(parsed.get().ownerId());
        }
        if (!problems.isEmpty()) {
            throw ProblemException.rules("PERF-01: " + problems.get(0).message()
                    + (problems.size() > 1 ? " (and " + (problems.size() - 1) + " more)" : ""), problems);
        }
        return owners;
    }
}
