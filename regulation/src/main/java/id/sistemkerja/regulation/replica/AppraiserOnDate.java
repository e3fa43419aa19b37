package id.sistemkerja.regulation.replica;

import java.time.LocalDate;

/**
 * Who appraised (Pejabat Penilai Kinerja) an employee on a date, and why.
 *
 * @param appraiserPositionId the appraiser position of the placement in force
 * @param appraiserNip        the holder of that position on the date, or the delegate; null when the position was
 *                            vacant and no delegation was in force
 * @param basis               {@code POSITION_HOLDER}: the holder of the appraiser position; {@code DELEGATION}: a
 *                            delegation in force (ORG-05)
 * @param delegationId        the delegation, when {@code basis} is {@code DELEGATION}
 * @param legalBasis          the delegation's legal basis, when {@code basis} is {@code DELEGATION}
 */
public record AppraiserOnDate(String nip, LocalDate date, String placementId, String unitId,
                              String appraiserPositionId, String appraiserNip, Basis basis, String delegationId,
                              String legalBasis) {

    public enum Basis { POSITION_HOLDER, DELEGATION }
}
