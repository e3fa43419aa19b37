package id.sistemkerja.regulation.replica;

import org.springframework.data.annotation.Id;

import java.time.LocalDate;

/**
 * One placement (kedudukan): the employee sits in {@code unitId} under the appraiser position, in force from
 * {@code from} (inclusive) to {@code until} (exclusive, null = open).
 */
public record PlacementRecord(@Id String placementId, String agencyId, String nip, String unitId, String departmentId,
                              String appraiserPositionId, LocalDate from, LocalDate until, String decreeNumber) {

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(from) && (until == null || date.isBefore(until));
    }
}
