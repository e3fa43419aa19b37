package id.sistemkerja.regulation.profile;

import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.util.List;

/**
 * The placement rule for one employee in one unit (ORG-07, ORG-08). Who coordinates a JF technically (ORG-11) is not
 * part of placement: see {@link RegulationProfile#technicalCoordinator}.
 *
 * @param appraiserKinds              position kinds the appraiser may hold, best first, already narrowed to what
 *                                    the unit has where the profile says so (ORG-08)
 * @param placementDecidedBy          who decides the placement (ORG-07: the PPK)
 * @param underStructuralOfficialInCharge the unit has no job map and the profile places the employee under the
 *                                    structural official in charge of the function (ORG-07, Serang)
 * @param followsJobMap               placement follows the job map (peta jabatan): the employee is placed in the
 *                                    unit whose job map lists their position (ORG-07); false where the regulation's
 *                                    text has no job map (Cilegon)
 */
public record PlacementAppraiserRule(List<PositionKind> appraiserKinds,
                                     Official placementDecidedBy,
                                     boolean underStructuralOfficialInCharge,
                                     boolean followsJobMap) {

    public PlacementAppraiserRule {
        appraiserKinds = List.copyOf(appraiserKinds);
    }
}
