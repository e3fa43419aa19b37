package id.sistemkerja.contracts.security;

import java.util.List;
import java.util.Set;

/**
 * Roles a token may carry. Most authority is decided on the object (who is the appraiser, the unit head, the
 * delegate); roles grant what no placement can: administering an agency's data, acting as PPK or PyB, auditing.
 * <p>
 * Every role is bound to the agency of the token's {@code agency} claim (or of its issuer), except the
 * {@link #AGENCY_LESS} roles of the deployment's national auditors, registrars and operators. No role passes every check: the
 * system's own actor (Kafka reactions, schedulers) is not a role and can never come from a token ({@link #SYSTEM} is
 * reserved; a token naming it is refused). {@code docs/security.md} lists what each role may read and do.
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
    /** The agency's Inspektorat auditor: reads its own agency's ledgers, histories and proofs; never writes. */
    public static final String AUDITOR = "AUDITOR";
    /**
     * National auditor (BPK, BKN supervision): reads every agency's ledgers, histories and proofs; never writes and
     * reads no business endpoint. Carried by tokens without an {@code agency} claim.
     */
    public static final String NATIONAL_AUDITOR = "NATIONAL_AUDITOR";
    /**
     * Operations staff of the deployment: replays projections, writes checkpoints, reads actuator metrics; no
     * business data. Their acts touch every agency, so the token carries no {@code agency} claim.
     */
    public static final String OPERATOR = "OPERATOR";
    /**
     * National civil-service registrar (BKN, keeper of the national NIP register): voids a registration of a NIP by an
     * agency that does not employ that person and names the agency that does (security finding M7); reads no business
     * data. Carried by tokens without an {@code agency} claim.
     */
    public static final String NATIONAL_REGISTRAR = "NATIONAL_REGISTRAR";
    /**
     * Client role of a payroll application (tunjangan / TPP) of one agency: reads that agency's team allowance
     * entitlements (TEAM-09) and finalised evaluation results; nothing else.
     */
    public static final String PAYROLL_CLIENT = "PAYROLL_CLIENT";
    /**
     * Client role of an application that records the end of a work team's assignments by hand
     * ({@code POST /api/v1/assignments/team-endings}, TEAM-12) for one agency; nothing else.
     */
    public static final String TEAM_ENDINGS_CLIENT = "TEAM_ENDINGS_CLIENT";
    /**
     * Reserved: marks the system's own acts in stored metadata ({@code actorRoles}). No token may carry it; the
     * validators refuse such a token and the web layer never turns it into an actor.
     */
    public static final String SYSTEM = "SYSTEM";

    /** Roles whose tokens carry no {@code agency} claim: their acts and reads span the deployment. */
    public static final Set<String> AGENCY_LESS = Set.of(NATIONAL_AUDITOR, OPERATOR, NATIONAL_REGISTRAR);
    /** Roles no token may carry. */
    public static final Set<String> RESERVED = Set.of(SYSTEM);
    /** Every role a token may carry, in the order {@code docs/security.md} lists them. */
    public static final List<String> TOKEN_ROLES = List.of(EMPLOYEE, AGENCY_ADMIN, STAFFING_AUTHORITY,
            AUTHORIZED_OFFICIAL, REGIONAL_SECRETARY, VERIFICATION_BOARD, AUDITOR, NATIONAL_AUDITOR, OPERATOR,
            NATIONAL_REGISTRAR, PAYROLL_CLIENT, TEAM_ENDINGS_CLIENT);

    private Roles() {
    }
}
