package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.util.List;

/**
 * The placement rule for one employee in one unit (ORG-07, ORG-08, ORG-11).
 *
 * @param appraiserKinds              position kinds the appraiser may hold, best first, already narrowed to what
 *                                    the unit has where the profile says so (ORG-08)
 * @param placementDecidedBy          who decides the placement (ORG-07: the PPK)
 * @param underStructuralOfficialInCharge the unit has no job map and the profile places the employee under the
 *                                    structural official in charge of the function (ORG-07, Serang)
 * @param technicalCoordinatorKind    who coordinates the JF technically by level (ORG-11); null when the profile
 *                                    sets no such relation or the employee is no JF
 */
public record PlacementAppraiserRule(List<PositionKind> appraiserKinds,
                                     Official placementDecidedBy,
                                     boolean underStructuralOfficialInCharge,
                                     PositionKind technicalCoordinatorKind) {

    public PlacementAppraiserRule {
        appraiserKinds = List.copyOf(appraiserKinds);
    }
}
