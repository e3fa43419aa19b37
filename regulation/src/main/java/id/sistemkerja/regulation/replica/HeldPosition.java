package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

import java.time.LocalDate;

/** The position an employee holds through an appointment, with the facts rules ask about. */
public record HeldPosition(String appointmentId, String positionId, String unitId, String departmentId,
                           PositionKind kind, String title, FunctionalLevel functionalLevel, Integer jobClass,
                           LocalDate since) {
}
