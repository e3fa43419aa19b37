package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.performance.command.rules.PerfRuleSets;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * What every performance decision reads besides its aggregates: today's date (the platform {@link Clock}, so tests
 * control time), the org facts ({@link OrgLevels}), the agency's regulation profile and the performance rule set in
 * force, and from those the {@link RuleBasis} the decision event records.
 */
@Component
public class DecisionContext {

    private final OrgLevels levels;
    private final AgencyProfiles profiles;
    private final PerfRuleSets ruleSets;
    private final Clock clock;

    public DecisionContext(OrgLevels levels, AgencyProfiles profiles, PerfRuleSets ruleSets, Clock clock) {
        this.levels = levels;
        this.profiles = profiles;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OrgLevels levels() {
        return levels;
    }

    /** The regulation profile the agency is bound to today; 409 fact-not-yet-known when unbound. */
    public RegulationProfile profile(String agencyId) {
        return profiles.inForce(agencyId, today());
    }

    /**
     * {@code rule} citing the article of the regulation {@code agencyId} is bound to today (the profile's
     * {@code citations}, e.g. Perwal Cilegon 17/2023 Pasal 13 for PERF-04), so a refusal cites the agency's own
     * regulation; the concordant provisions of {@link PerfRule} only where the agency is not bound yet (a refusal is
     * never turned into a 409 by looking up the citation) or its regulation has no article of its own.
     */
    public CitedRule cited(PerfRule rule, String agencyId) {
        String article = agencyId == null ? rule.article() : profiles.find(agencyId, today())
                .flatMap(profile -> profile.citation(rule.id())).map(Citation::text).orElse(rule.article());
        return new CitedRule(rule.id(), article);
    }

    /** The performance rule set in force today. */
    public PerfRuleSet rules() {
        return ruleSets.inForce(today());
    }

    /** The employee as the org replica knows them; 409 fact-not-yet-known otherwise. */
    public EmployeeFacts employee(String nip) {
        if (nip == null || nip.isBlank()) {
            throw ProblemException.invalid("nip", "nip is required");
        }
        return levels.directory().employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
    }

    /**
     * The basis of a decision taken today for {@code agencyId}: the profile the agency is bound to (409
     * fact-not-yet-known when unbound: no decision under a guessed regulation), {@code rules} and the rule ids.
     */
    public RuleBasis basis(String agencyId, PerfRuleSet rules, PerfRule... applied) {
        RegulationProfile profile = profiles.inForce(agencyId, today());
        return new RuleBasis(profile.id(), profile.version(), rules.id(), rules.version(),
                Arrays.stream(applied).map(PerfRule::id).distinct().toList());
    }
}
