package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.time.LocalDate;

/**
 * An employee was appointed to a position (pengangkatan dalam jabatan) from {@code effectiveFrom}; the employee's
 * previous appointment, if any, ends that day. Carries the position's facts so a consumer needs nothing else.
 */
@IntegrationEvent(type = "org.EmployeeAppointed", version = 1)
public record EmployeeAppointed(String appointmentId,
                                String nip,
                                String agencyId,
                                String positionId,
                                String unitId,
                                String departmentId,
                                PositionKind positionKind,
                                String positionTitle,
                                FunctionalLevel functionalLevel,
                                Integer jobClass,
                                LocalDate effectiveFrom,
                                String decreeNumber) {
}
