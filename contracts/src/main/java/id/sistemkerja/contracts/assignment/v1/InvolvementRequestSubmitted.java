package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * The head of the owning unit sent an involvement request (surat permohonan pelibatan) for employees of another unit,
 * department (ASG-08) or agency (ASG-09), stating purpose, competencies, expected targets and duration (ASG-07).
 *
 * @param agencyId       the requesting (owning) agency
 * @param targetAgencyId the agency where the employees sit (equals {@code agencyId} unless CROSS_AGENCY)
 * @param targetUnitId   the unit where the employees sit; null for a cross-agency request until the target agency's
 *                       authorized official (PyB) names it
 * @param requestedNips  employees the requester asks for by name, possibly empty (the approver nominates)
 * @param copyTo         NIPs of officials copied (tembusan)
 */
@IntegrationEvent(type = "assignment.InvolvementRequestSubmitted", version = 1)
public record InvolvementRequestSubmitted(String requestId,
                                          String agencyId,
                                          String targetAgencyId,
                                          AssignmentScope scope,
                                          AssignmentForm form,
                                          String teamId,
                                          String owningDepartmentId,
                                          String owningUnitId,
                                          String targetDepartmentId,
                                          String targetUnitId,
                                          List<String> requestedNips,
                                          String purpose,
                                          List<String> competencies,
                                          List<String> targets,
                                          LocalDate validFrom,
                                          LocalDate validUntil,
                                          String requestedBy,
                                          LocalDate submittedOn,
                                          List<String> copyTo,
                                          String profileId,
                                          int profileVersion,
                                          List<String> ruleIds) {
}
