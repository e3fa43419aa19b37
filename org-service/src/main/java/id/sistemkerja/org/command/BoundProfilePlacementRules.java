package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.org.api.ProfileBindingCommands;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.PlacementAppraiserRule;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.profile.UnitFacts;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.modelling.command.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The placement rules of the regulation profile the agency is bound to on the placement date: ORG-07 (Serang: a unit
 * without a job map falls back to the structural official in charge; Cilegon: no job map in the text, so none is
 * checked) and ORG-08 (Bandung: a Pelaksana under a Pengawas, under the Administrator where the unit has none, under
 * the JPT where it has neither). The rules are profile data ({@link RegulationProfile#placementAppraiser}); this class
 * only maps the proposal onto them. The technical coordination of a JF by level (ORG-11, Bekasi 2021) is not placement
 * and is never applied here: it decides who validates the JF's IKI (regulation {@code TechnicalCoordination}).
 * <p>
 * The binding is read from the agency's {@link AgencyProfileBinding} aggregate in the same unit of work, so a binding
 * recorded a moment ago already governs the next placement (no read-model lag). Before the agency's first binding
 * takes effect the common core applies: PermenPANRB 7/2022 binds every agency, the municipal regulations only from
 * their binding, and the decision records exactly that profile.
 */
public class BoundProfilePlacementRules implements ProfilePlacementRules {

    /** The common core every agency is under until its own regulation is bound. */
    public static final String COMMON_CORE = "national-7-2022";

    private final Repository<AgencyProfileBinding> bindings;
    private final EventStore eventStore;
    private final RegulationProfiles profiles;

    public BoundProfilePlacementRules(Repository<AgencyProfileBinding> bindings, EventStore eventStore,
                                      RegulationProfiles profiles) {
        this.bindings = bindings;
        this.eventStore = eventStore;
        this.profiles = profiles;
    }

    @Override
    public ProfilePlacementDecision decide(PlacementProposal proposal) {
        RegulationProfile profile = profileFor(proposal.agencyId(), proposal.effectiveFrom());
        AppointmentSnapshot held = proposal.employeePosition();
        if (held == null || held.kind().isStructural()) {
            // ORG-04 (common) refuses the placement; the profile has nothing to add
            return new ProfilePlacementDecision(profile.id(), String.valueOf(profile.version()), List.of(), false,
                    List.of());
        }
        Decision<PlacementAppraiserRule> decision = profile.placementAppraiser(held.kind(), held.functionalLevel(),
                facts(proposal));
        List<String> ruleIds = decision.basis().ruleIds();
        if (decision.isRefused()) {
            String jobMapArticle = decision.citations().stream().filter(c -> "ORG-07".equals(c.ruleId()))
                    .map(Citation::text).findFirst().orElse(null);
            return new ProfilePlacementDecision(profile.id(), String.valueOf(profile.version()), ruleIds, false, true,
                    decision.violations("unitId"), jobMapArticle);
        }
        PlacementAppraiserRule rule = decision.outcome();
        PositionKind appraiserKind = proposal.appraiserPosition().kind();
        List<Violation> violations = new ArrayList<>();
        boolean ledByFunctional = proposal.unit().headKind() == PositionKind.FUNGSIONAL;
        // ORG-08: the position kinds a Pelaksana's appraiser may hold (ORG-06 governs a unit led by a JF; the ORG-07
        // fallback places under whichever structural official is in charge)
        if (held.kind() == PositionKind.PELAKSANA && !ledByFunctional && !rule.underStructuralOfficialInCharge()
                && !rule.appraiserKinds().isEmpty() && !rule.appraiserKinds().contains(appraiserKind)) {
            violations.add(violation(decision, "ORG-08", "a Pelaksana in " + proposal.unit().unitId()
                    + " is placed under " + or(rule.appraiserKinds()) + " as appraiser (Pejabat Penilai Kinerja); "
                    + proposal.appraiserPosition().positionId() + " is " + appraiserKind));
        }
        String jobMapArticle = decision.citations().stream().filter(c -> "ORG-07".equals(c.ruleId()))
                .map(Citation::text).findFirst().orElse(null);
        return new ProfilePlacementDecision(profile.id(), String.valueOf(profile.version()), ruleIds,
                rule.underStructuralOfficialInCharge(), rule.followsJobMap(), violations, jobMapArticle);
    }

    @Override
    public Optional<String> article(String agencyId, LocalDate date, String ruleId) {
        return profileFor(agencyId, date).citation(ruleId).map(Citation::text);
    }

    private RegulationProfile profileFor(String agencyId, LocalDate date) {
        String bindingId = ProfileBindingCommands.bindingId(agencyId);
        // an agency never bound has no binding stream: ask the store before loading (no not-found exception per call)
        ProfileRef bound = eventStore.lastSequenceNumberFor(bindingId)
                .flatMap(sequence -> Aggregates.find(bindings, bindingId))
                .map(Aggregates::root)
                .flatMap(binding -> binding.inForce(date))
                .orElse(null);
        if (bound != null) {
            return profiles.get(bound);
        }
        return profiles.latest(COMMON_CORE).orElseThrow(() -> new IllegalStateException(
                "the common core profile " + COMMON_CORE + " is not loaded"));
    }

    /**
     * The unit as the profile asks about it. Its structural kinds are the unit's own plus the proposed appraiser's when
     * that one sits in the line above: "the unit has no Pengawas" (ORG-08) looks at the unit, while a profile that
     * prefers no kind (the common core) admits any structural official of the line.
     */
    private static UnitFacts facts(PlacementProposal proposal) {
        UnitSnapshot unit = proposal.unit();
        Set<PositionKind> structural = EnumSet.noneOf(PositionKind.class);
        structural.addAll(unit.structuralKinds());
        if (proposal.appraiserPosition().kind().isStructural()) {
            structural.add(proposal.appraiserPosition().kind());
        }
        String departmentKind = unit.departmentKind() == null ? null : unit.departmentKind().name();
        return new UnitFacts(unit.headKind(), structural, unit.hasJobMap(), departmentKind, Set.of(), false);
    }

    private static Violation violation(Decision<?> decision, String ruleId, String message) {
        String article = decision.citations().stream().filter(c -> ruleId.equals(c.ruleId())).map(Citation::text)
                .findFirst().orElse(ruleId);
        return Violation.ofRule(ruleId, article, "appraiserPositionId", message);
    }

    private static String or(List<PositionKind> kinds) {
        return String.join(" or ", kinds.stream().map(Enum::name).toList());
    }
}
