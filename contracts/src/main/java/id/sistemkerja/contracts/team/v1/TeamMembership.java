package id.sistemkerja.contracts.team.v1;

/**
 * One member of a work team whose team assignment (penugasan) is in force.
 *
 * @param nip          the member (Pegawai ASN)
 * @param assignmentId the assignment-service assignment that made them a member; null when the membership was recorded
 *                     in team-service without an assignment order
 * @param orderNumber  number of that assignment order (Surat Perintah Tugas), or null
 */
public record TeamMembership(String nip, String assignmentId, String orderNumber) {
}
