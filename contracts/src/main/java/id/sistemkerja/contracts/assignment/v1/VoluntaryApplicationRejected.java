package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/** The voluntary application was rejected, with a reason, at {@code step}. */
@IntegrationEvent(type = "assignment.VoluntaryApplicationRejected", version = 1)
public record VoluntaryApplicationRejected(String applicationId,
                                           String agencyId,
                                           String nip,
                                           AssignmentScope scope,
                                           String homeUnitId,
                                           String targetUnitId,
                                           String step,
                                           String reason,
                                           LocalDate rejectedOn,
                                           String rejectedBy,
                                           String rejecterCapacity,
                                           String profileId,
                                           int profileVersion,
                                           List<String> ruleIds) {
}
