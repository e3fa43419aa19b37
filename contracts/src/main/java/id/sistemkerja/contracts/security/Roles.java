package id.sistemkerja.contracts.security;

/**
 * Roles a token may carry. Most authority is decided on the object (who is the appraiser, the unit head, the
 * delegate); roles grant what no placement can: administering an agency's data, acting as PPK or PyB, auditing.
 */
public final class Roles {

    /** Any employee acting for themselves (pegawai). */
    public static final String EMPLOYEE = "EMPLOYEE";
    /** Staffing administrator of an agency (BKPSDM operator): registers structure, employees, positions. */
    public static final String AGENCY_ADMIN = "AGENCY_ADMIN";
    /** Pejabat Pembina Kepegawaian (staffing authority), usually the Wali Kota / Bupati. */
    public static final String STAFFING_AUTHORITY = "STAFFING_AUTHORITY";
    /** Pejabat yang Berwenang (authorized official), usually the Sekda or BKPSDM head. */
    public static final String AUTHORIZED_OFFICIAL = "AUTHORIZED_OFFICIAL";
    /** Sekretaris Daerah. */
    public static final String REGIONAL_SECRETARY = "REGIONAL_SECRETARY";
    /** Member of Bandung's Tim Verifikasi (team formation verification board). */
    public static final String VERIFICATION_BOARD = "VERIFICATION_BOARD";
    /** Inspektorat / BPK auditor: reads ledgers, histories and proofs; never writes. */
    public static final String AUDITOR = "AUDITOR";
    /** Operations staff: replays projections, reads metrics; no business data writes. */
    public static final String OPERATOR = "OPERATOR";
    /** Another government application integrating through the API (client credentials). */
    public static final String SYSTEM = "SYSTEM";

    private Roles() {
    }
}
