package id.sistemkerja.contracts.assignment.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An individually assigned employee reported on the assignment to the officials the profile names (RPT-01).
 *
 * @param recipients   NIPs the report is addressed to
 * @param hierarchical the report travels further up the hierarchy (secara berjenjang, serang-2023)
 */
@IntegrationEvent(type = "assignment.AssignmentReportSubmitted", version = 1)
public record AssignmentReportSubmitted(String reportId,
                                        String assignmentId,
                                        String orderId,
                                        String agencyId,
                                        String nip,
                                        LocalDate submittedOn,
                                        LocalDate periodFrom,
                                        LocalDate periodUntil,
                                        String summary,
                                        List<String> outputs,
                                        List<String> recipients,
                                        boolean hierarchical,
                                        String profileId,
                                        int profileVersion,
                                        List<String> ruleIds) {
}
