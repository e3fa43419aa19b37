package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/** A delegation of appraiser authority was ended early: not in force from {@code effectiveOn}. */
@IntegrationEvent(type = "org.AppraiserDelegationEnded", version = 1)
public record AppraiserDelegationEnded(String delegationId, String agencyId, LocalDate effectiveOn, String reason) {
}
