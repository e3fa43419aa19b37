package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;

/**
 * An employee's appointment ended without a new one (retirement, dismissal, transfer out).
 *
 * @param effectiveOn first day the employee no longer holds the position
 */
@IntegrationEvent(type = "org.EmployeeAppointmentEnded", version = 1)
public record EmployeeAppointmentEnded(String appointmentId,
                                       String nip,
                                       String agencyId,
                                       String positionId,
                                       LocalDate effectiveOn,
                                       String reason) {
}
