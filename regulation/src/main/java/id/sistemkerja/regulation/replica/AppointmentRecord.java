package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/** One appointment of an employee to a position, in force from {@code from} (inclusive) to {@code until} (exclusive, null = open). */
public record AppointmentRecord(@Id String appointmentId, String agencyId, String nip, String positionId,
                                String unitId, String departmentId, PositionKind positionKind, LocalDate from,
                                LocalDate until, String decreeNumber) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}
