package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/** A placement ended without a new one ({@code effectiveOn} is the first day the employee is no longer placed). */
@IntegrationEvent(type = "org.EmployeePlacementEnded", version = 1)
public record EmployeePlacementEnded(String placementId, String nip, String agencyId, LocalDate effectiveOn,
                                     String reason) {
}
