package id.sistemkerja.regulation.replica;

import java.time.LocalDate;

/** An employee's latest placement (kedudukan) while it has not ended: unit and appraiser position, since a date. */
public record CurrentPlacement(String placementId, String unitId, String departmentId, String appraiserPositionId,
                               LocalDate since) {
}
