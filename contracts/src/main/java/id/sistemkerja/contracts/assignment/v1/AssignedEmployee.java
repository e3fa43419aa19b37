package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.vocabulary.PositionKind;

/**
 * One employee assigned by an order, and where they sit (their home unit) on the day the order was issued.
 *
 * @param assignmentId the assignment (penugasan) the order created for this employee; reports and endings name it
 * @param nip          the employee (Pegawai ASN)
 * @param agencyId     the employee's agency (instansi); differs from the owning agency across agencies
 * @param departmentId the employee's department (perangkat daerah)
 * @param unitId       the employee's unit (unit organisasi) by placement (or by the structural position held)
 * @param positionKind the employee's position kind (JF / Pelaksana; Administrator / Pengawas only as team members, ASG-13)
 */
public record AssignedEmployee(String assignmentId, String nip, String agencyId, String departmentId, String unitId,
                               PositionKind positionKind) {
}
