package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * The team lead reported a member's performance to the member's appraiser and the unit head, as input to the
 * member's appraisal (TEAM-10, PERF-05).
 *
 * @param recipients NIPs of the appraiser and unit head the report went to
 */
@IntegrationEvent(type = "team.TeamMemberPerformanceReported", version = 1)
public record TeamMemberPerformanceReported(String reportId,
                                            String teamId,
                                            String agencyId,
                                            String owningUnitId,
                                            String memberNip,
                                            String leadNip,
                                            LocalDate periodFrom,
                                            LocalDate periodUntil,
                                            String assessment,
                                            List<String> achievedTargets,
                                            List<String> recipients,
                                            LocalDate reportedOn,
                                            String profileId,
                                            int profileVersion,
                                            List<String> ruleIds) {
}
