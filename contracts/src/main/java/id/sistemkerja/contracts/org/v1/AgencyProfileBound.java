package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/**
 * An agency was bound to a regulation profile version from a date on (first binding or rebinding). Decisions about
 * the agency's records on or after {@code effectiveFrom} are taken under this profile version, until a later binding
 * takes effect; earlier bindings stay in force for earlier dates.
 *
 * @param profileId      regulation profile id, e.g. {@code bandung-2023}
 * @param profileVersion version of that profile
 * @param effectiveFrom  first day (Asia/Jakarta calendar) the binding applies
 */
@IntegrationEvent(type = "org.AgencyProfileBound", version = 1)
public record AgencyProfileBound(String agencyId, String profileId, int profileVersion, LocalDate effectiveFrom) {
}
