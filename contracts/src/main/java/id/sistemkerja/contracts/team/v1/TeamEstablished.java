package id.sistemkerja.contracts.team.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.List;

/**
 * A work team (tim kerja) was established by decree (SK pembentukan tim, TEAM-07/TEAM-08): active from
 * {@code periodFrom} to {@code periodUntil}.
 *
 * @param scope         where members come from (WITHIN_UNIT ... CROSS_AGENCY); chose the establishing official
 * @param establishedBy NIP of the official who signed the decree
 * @param members       the members the decree names, each with a duty (TEAM-08); they join by assignment order
 */
@IntegrationEvent(type = "team.TeamEstablished", version = 1)
public record TeamEstablished(String teamId,
                              String agencyId,
                              String owningUnitId,
                              String owningDepartmentId,
                              String name,
                              String purpose,
                              AssignmentScope scope,
                              List<String> tasks,
                              List<String> targets,
                              List<DecreeMember> members,
                              LocalDate periodFrom,
                              LocalDate periodUntil,
                              String decreeNumber,
                              LocalDate decreeDate,
                              String establishedBy,
                              String profileId,
                              int profileVersion,
                              List<String> ruleIds) {
}
