package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * Who establishes a work team by decree (SK pembentukan tim, TEAM-07) for one scope.
 *
 * @param anyOf                    any one of these officials signs the decree
 * @param leadAndCoordinatorSetBy  officials who set the lead and coordinator, when the profile names them separately
 *                                 (Serang: the PPK); empty when the establishing official does
 */
public record TeamEstablisher(List<Official> anyOf, List<Official> leadAndCoordinatorSetBy) {

    public TeamEstablisher {
        anyOf = List.copyOf(anyOf);
        leadAndCoordinatorSetBy = List.copyOf(leadAndCoordinatorSetBy);
    }
}
