package id.sistemkerja.regulation.officials;

/**
 * Where an employee's appraiser (Pejabat Penilai Kinerja, ORG-04/05) sits on a date and who appraises from there:
 * the one resolution of the appraiser ({@link OfficialResolver#appraiserSeat}) that the officials of every service and
 * the ORG-11 query ({@code regulation.coordination.TechnicalCoordination}) share.
 *
 * @param positionId  the appraiser position of the placement in force, or for a structural official the head position
 *                    of the direct superior's unit; null when the structure has no superior above the employee
 * @param nip         who appraises that day: the delegate of a delegation in force (ORG-05), else the holder; null
 *                    when the position is vacant (or there is no superior)
 * @param basis       why, e.g. {@code holder of kota-bandung.dinkes:kadis}, {@code delegation d1 (SK 800/1)},
 *                    {@code ... (structural line)}, {@code no structural superior}
 * @param source      where the answer comes from: the holder of the placement's appraiser position, a delegation in
 *                    force (ORG-05), the structural line (an official who is not placed), or none (no superior)
 * @param notYetKnown the org fact missing from the replica to answer (then the other fields are null); null when
 *                    known
 */
public record AppraiserSeat(String positionId, String nip, Source source, String basis, String notYetKnown) {

    /** Where the answer comes from (the names performance-service records as {@code appraiserBasis}). */
    public enum Source { POSITION_HOLDER, DELEGATION, STRUCTURAL_LINE, NONE }

    static AppraiserSeat unknown(String missing) {
        return new AppraiserSeat(null, null, null, null, missing);
    }

    /** The facts to answer were known (a vacancy, or no superior at all, is known too). */
    public boolean known() {
        return notYetKnown == null;
    }
}
