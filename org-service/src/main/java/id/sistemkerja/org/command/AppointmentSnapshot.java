package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.time.LocalDate;

/** The position an employee holds through an appointment, as placement decisions see it. */
public record AppointmentSnapshot(String appointmentId, String positionId, String unitId, String departmentId,
                                  PositionKind kind, String title, FunctionalLevel functionalLevel, Integer jobClass,
                                  LocalDate from) {
}
