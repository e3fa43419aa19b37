package id.sistemkerja.contracts.performance.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.Predikat;

/**
 * A reward (penghargaan) or sanction (sanksi) was recorded against an employee's final predikat (PERF-10), for
 * payroll and career systems to act on.
 *
 * @param kind {@code REWARD} or {@code SANCTION}
 */
@IntegrationEvent(type = "performance.FollowUpRecorded", version = 1)
public record FollowUpRecorded(String followUpId, String nip, String agencyId, int year, String period,
                               Predikat predikat, String kind, String description, String legalBasis,
                               String decidedBy) {
}
