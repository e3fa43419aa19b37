package id.sistemkerja.org.command;

import java.util.List;

/**
 * The profile part of placement when no regulation profile is wired in: nothing beyond the common core
 * ({@code national-7-2022}), and that is what the decision records.
 * <p>
 * TODO(lead, after the profile-binding branch is merged): replace this bean with one that reads the agency's bound
 * profile and answers, from profile data:
 * <ul>
 * <li>ORG-07 {@code serang-2023} (SRG23 Pasal 5(2)): while the unit has no job map
 *     ({@link UnitSnapshot#hasJobMap()} false), set {@code placementWithoutJobMapAllowed} and require the appraiser to
 *     be the structural official in charge of the function (a structural position of the unit or of the line above
 *     it);</li>
 * <li>ORG-08 {@code bandung-2023} (BDG23 Pasal 6(4)): a Pelaksana ({@code employeePosition.kind() == PELAKSANA}) is
 *     placed under a Pengawas; under an Administrator only when {@code unit.hasPengawas()} is false;</li>
 * <li>ORG-11 {@code bekasi-2021} (BKS21 Pasal 6(6-9)): JF ahli madya/utama under a JPT, ahli muda under an
 *     Administrator, ahli pertama and every keterampilan level under a Pengawas; in the Inspektorat
 *     ({@code unit.departmentKind() == INSPEKTORAT}) every JF under an Administrator.</li>
 * </ul>
 * and return the profile id, version and the rule ids it applied.
 */
public class CommonCoreOnly implements ProfilePlacementRules {

    public static final String PROFILE_ID = "national-7-2022";
    /** The common rules compiled into org-service. */
    public static final String PROFILE_VERSION = "builtin";

    @Override
    public ProfilePlacementDecision decide(PlacementProposal proposal) {
        return new ProfilePlacementDecision(PROFILE_ID, PROFILE_VERSION, List.of(), false, List.of());
    }
}
