package id.sistemkerja.org.command;

import java.time.LocalDate;

/**
 * Everything a placement rule may ask about a proposed placement (kedudukan), read from the event-sourced aggregates
 * in the same unit of work as the decision.
 *
 * @param employeePosition  the position the employee holds on {@code effectiveFrom}; null when none
 * @param unit              the unit the employee is to be placed in
 * @param appraiserPosition the proposed appraiser position (Pejabat Penilai Kinerja)
 * @param appraiserUnit     the unit whose job map lists the appraiser position
 */
public record PlacementProposal(String agencyId, String nip, LocalDate effectiveFrom,
                                AppointmentSnapshot employeePosition, UnitSnapshot unit,
                                PositionSnapshot appraiserPosition, UnitSnapshot appraiserUnit) {
}
