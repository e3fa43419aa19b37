package id.sistemkerja.org.command;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The placement rules that differ by regulation profile, asked after the common rules ({@link CommonPlacementRules}).
 * {@link BoundProfilePlacementRules} answers from the profile the agency is bound to on the placement date.
 */
public interface ProfilePlacementRules {

    ProfilePlacementDecision decide(PlacementProposal proposal);

    /**
     * The article of the regulation {@code agencyId} is bound to on {@code date} for {@code ruleId} (a common rule's
     * own article from the profile's {@code citations}, or a profile rule's entry), so a refusal cites the agency's own
     * regulation rather than the concordant provisions of every city (issue 12 item 12); empty when it has none.
     */
    default Optional<String> article(String agencyId, LocalDate date, String ruleId) {
        return Optional.empty();
    }
}
