package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee applied to take part in a performance target (pengajuan sukarela): within the own unit (ASG-10) or in
 * another unit (ASG-11), where the agency's profile allows it (ASG-12).
 *
 * @param nip          the applicant
 * @param targetUnitId the unit that owns the target (equals {@code homeUnitId} within the unit)
 * @param onBehalf     recorded on the employee's behalf (an oral wish told to the unit head, ASG-10)
 * @param submittedBy  NIP of who recorded it (the employee, or the official who heard the oral wish)
 * @param copyTo       NIPs of the officials copied (tembusan, ASG-11)
 */
@IntegrationEvent(type = "assignment.VoluntaryApplicationSubmitted", version = 1)
public record VoluntaryApplicationSubmitted(String applicationId,
                                            String agencyId,
                                            String nip,
                                            String homeDepartmentId,
                                            String homeUnitId,
                                            String targetDepartmentId,
                                            String targetUnitId,
                                            AssignmentScope scope,
                                            String purpose,
                                            List<String> targets,
                                            LocalDate validFrom,
                                            LocalDate validUntil,
                                            boolean onBehalf,
                                            String submittedBy,
                                            LocalDate submittedOn,
                                            List<String> copyTo,
                                            String profileId,
                                            int profileVersion,
                                            List<String> ruleIds) {
}
