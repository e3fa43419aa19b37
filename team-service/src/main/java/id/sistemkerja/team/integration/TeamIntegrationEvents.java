package id.sistemkerja.team.integration;

import id.sistemkerja.contracts.team.v1.TeamAllowanceEntitlementEnded;
import id.sistemkerja.contracts.team.v1.TeamAllowanceEntitlementStarted;
import id.sistemkerja.contracts.team.v1.TeamCoordinatorAppointed;
import id.sistemkerja.contracts.team.v1.TeamDissolved;
import id.sistemkerja.contracts.team.v1.TeamEnded;
import id.sistemkerja.contracts.team.v1.TeamEstablished;
import id.sistemkerja.contracts.team.v1.TeamLeadAppointed;
import id.sistemkerja.contracts.team.v1.TeamMemberJoined;
import id.sistemkerja.contracts.team.v1.TeamMemberLeft;
import id.sistemkerja.contracts.team.v1.TeamMemberPerformanceReported;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import id.sistemkerja.team.api.TeamEvents.MemberPerformanceReportedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamAllowanceEntitlementStartedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamCoordinatorAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamDissolvedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEndedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamEstablishedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamLeadAppointedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberJoinedEvent;
import id.sistemkerja.team.api.TeamEvents.TeamMemberLeftEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What other services learn from team-service ({@code sk.team.events.v1}, contracts team v1). */
@Configuration(proxyBeanMethods = false)
public class TeamIntegrationEvents {

    @Bean
    public IntegrationEventMapper teamIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(TeamEstablishedEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamEstablished(e.teamId(),
                        e.agencyId(), e.owningUnitId(), e.owningDepartmentId(), e.name(), e.purpose(), e.scope(),
                        e.tasks(), e.targets(), e.members(), e.periodFrom(), e.periodUntil(), e.decreeNumber(),
                        e.decreeDate(), e.establishedBy(), e.decision().profileId(), e.decision().version(),
                        e.decision().ruleIds())))
                .map(TeamEndedEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamEnded(e.teamId(),
                        e.agencyId(), e.owningUnitId(), e.effectiveOn(), e.activeMembers(), e.recordedBy())))
                .map(TeamDissolvedEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamDissolved(e.teamId(),
                        e.agencyId(), e.owningUnitId(), e.effectiveOn(), e.reason(), e.decreeNumber(),
                        e.dissolvedBy(), e.activeMembers(), e.decision().profileId(), e.decision().version(),
                        e.decision().ruleIds())))
                .map(TeamLeadAppointedEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamLeadAppointed(
                        e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), e.homeUnitId(), e.effectiveFrom(),
                        e.previousLeadNip(), e.appointedBy(), e.justification(), e.allowanceEntitled(),
                        e.decision().profileId(), e.decision().version(), e.decision().ruleIds())))
                .map(TeamCoordinatorAppointedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new TeamCoordinatorAppointed(e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(),
                                e.effectiveFrom(), e.appointedBy(), e.allowanceEntitled(), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .map(TeamMemberJoinedEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamMemberJoined(
                        e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(), e.homeUnitId(), e.role(), e.duty(),
                        e.effectiveFrom(), e.assignmentId(), e.orderNumber())))
                .map(TeamMemberLeftEvent.class, e -> new OutgoingEvent(e.agencyId(), new TeamMemberLeft(e.teamId(),
                        e.agencyId(), e.owningUnitId(), e.nip(), e.assignmentId(), e.effectiveOn(), e.cause())))
                // TEAM-09: payroll systems read when an allowance entitlement starts and ends
                .map(TeamAllowanceEntitlementStartedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new TeamAllowanceEntitlementStarted(e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(),
                                e.role(), e.effectiveFrom(), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(TeamAllowanceEntitlementEndedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new TeamAllowanceEntitlementEnded(e.teamId(), e.agencyId(), e.owningUnitId(), e.nip(),
                                e.role(), e.effectiveOn(), e.cause())))
                .map(MemberPerformanceReportedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new TeamMemberPerformanceReported(e.reportId(), e.teamId(), e.agencyId(), e.owningUnitId(),
                                e.memberNip(), e.leadNip(), e.periodFrom(), e.periodUntil(), e.assessment(),
                                e.achievedTargets(), e.recipients(), e.reportedOn(), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .build();
    }
}
