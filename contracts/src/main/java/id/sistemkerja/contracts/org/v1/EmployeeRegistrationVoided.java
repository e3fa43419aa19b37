package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/**
 * The national registrar voided {@code agencyId}'s registration of {@code nip}: that agency does not employ the person
 * (security finding M7, a NIP registered by the wrong agency). From now on the employee is no one's in the org
 * directory until {@code rightfulAgencyId} registers the NIP ({@code org.EmployeeRegistered}); consumers forget the
 * employee's current facts (the void registration's closed appointments and placements stay as recorded).
 *
 * @param agencyId         the agency whose registration is void (the event's agency)
 * @param rightfulAgencyId the agency the national register names, the only one that may register the NIP next
 * @param reference        the registrar's reference (e.g. the BKN letter or SIASN record)
 * @param voidedOn         the day the registration was voided
 */
@IntegrationEvent(type = "org.EmployeeRegistrationVoided", version = 1)
public record EmployeeRegistrationVoided(String nip, String agencyId, String rightfulAgencyId, String reason,
                                         String reference, LocalDate voidedOn) {
}
