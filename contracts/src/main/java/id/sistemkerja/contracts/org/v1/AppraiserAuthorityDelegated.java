package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The appraiser authority of a position was delegated (pendelegasian kewenangan, ORG-05) to another official for a
 * period, on a legal basis. While in force, the delegate appraises the employees placed under the position (all of
 * them, or only {@code employeeNips} when that list is not empty).
 *
 * @param validFrom  first day in force
 * @param validUntil last day in force
 * @param grantedBy  NIP or client id that recorded the delegation
 */
@IntegrationEvent(type = "org.AppraiserAuthorityDelegated", version = 1)
public record AppraiserAuthorityDelegated(String delegationId,
                                          String agencyId,
                                          String delegatorPositionId,
                                          String delegateNip,
                                          List<String> employeeNips,
                                          LocalDate validFrom,
                                          LocalDate validUntil,
                                          String legalBasis,
                                          String grantedBy) {
}
