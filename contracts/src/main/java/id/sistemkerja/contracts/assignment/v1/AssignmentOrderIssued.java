package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentNature;
import id.sistemkerja.contracts.vocabulary.AssignmentPlanning;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * An assignment order (Surat Perintah Tugas / surat penugasan) was issued: from {@code validFrom} to
 * {@code validUntil} each assignee works on the targets of the owning unit (unit pemilik kinerja). The only way an
 * assignment becomes effective (ASG-04); immutable once issued (changes arrive as {@link AssignmentOrderAmended},
 * {@link AssignmentOrderRevoked}).
 *
 * @param number            unique per issuing agency and year, {@code <prefix>/<seq>/<code>/<year>} (see README)
 * @param agencyId          the issuing agency (instansi); its counter numbered the order
 * @param mode              PENUNJUKAN (appointment) or PENGAJUAN_SUKARELA (voluntary application), ASG-01
 * @param scope             between the assignees' units and the owning unit (ASG-02)
 * @param form              INDIVIDUAL or TEAM (ASG-03); a TEAM order names {@code teamId} (team-service's work team)
 * @param owningAgencyId    agency of the unit that owns the performance target
 * @param assignees         one entry per employee and assignment
 * @param targets           expected performance targets (ekspektasi/target kinerja)
 * @param competencies      competencies the work needs (from the involvement request), possibly empty
 * @param planItemId        item of the owning unit's annual work plan the assignment refers to (ASG-14), or null
 * @param originKind        DIRECT (appointment within a unit), INVOLVEMENT_REQUEST or VOLUNTARY_APPLICATION
 * @param originId          the request or application the order fulfils; null for DIRECT
 * @param issuedBy          NIP of the official who issued it
 * @param issuerCapacity    in which capacity (regulation-profile official, e.g. APPRAISER, HEAD_OF_DEPARTMENT)
 * @param copyTo            NIPs of officials who receive a copy (tembusan)
 * @param ruleIds           rule ids the issuing decision applied (ASG-04, ASG-05, ...)
 */
@IntegrationEvent(type = "assignment.AssignmentOrderIssued", version = 1)
public record AssignmentOrderIssued(String orderId,
                                    String number,
                                    String agencyId,
                                    LocalDate issuedOn,
                                    AssignmentMode mode,
                                    AssignmentScope scope,
                                    AssignmentForm form,
                                    String teamId,
                                    String owningAgencyId,
                                    String owningDepartmentId,
                                    String owningUnitId,
                                    List<AssignedEmployee> assignees,
                                    LocalDate validFrom,
                                    LocalDate validUntil,
                                    String purpose,
                                    List<String> competencies,
                                    List<String> targets,
                                    String otherArrangements,
                                    AssignmentNature nature,
                                    AssignmentPlanning planning,
                                    String planItemId,
                                    String originKind,
                                    String originId,
                                    String issuedBy,
                                    String issuerCapacity,
                                    List<String> copyTo,
                                    String profileId,
                                    int profileVersion,
                                    List<String> ruleIds) {
}
