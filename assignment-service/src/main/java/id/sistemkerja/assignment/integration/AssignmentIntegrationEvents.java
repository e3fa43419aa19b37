package id.sistemkerja.assignment.integration;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentEndedEvent;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentReportSubmittedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderAmendedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderRevokedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestRejectedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestSubmittedEvent;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.UnitWorkPlanCommands.PlanItem;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationRejectedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationSubmittedEvent;
import id.sistemkerja.contracts.assignment.v1.AssignedEmployee;
import id.sistemkerja.contracts.assignment.v1.AssignmentEnded;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderAmended;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderIssued;
import id.sistemkerja.contracts.assignment.v1.AssignmentOrderRevoked;
import id.sistemkerja.contracts.assignment.v1.AssignmentReportSubmitted;
import id.sistemkerja.contracts.assignment.v1.InvolvementRequestApproved;
import id.sistemkerja.contracts.assignment.v1.InvolvementRequestRejected;
import id.sistemkerja.contracts.assignment.v1.InvolvementRequestSubmitted;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanAmended;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanSet;
import id.sistemkerja.contracts.assignment.v1.VoluntaryApplicationApproved;
import id.sistemkerja.contracts.assignment.v1.VoluntaryApplicationRejected;
import id.sistemkerja.contracts.assignment.v1.VoluntaryApplicationSubmitted;
import id.sistemkerja.contracts.assignment.v1.WorkPlanItem;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.List;

/** What assignment-service publishes ({@code contracts} assignment v1 on {@code sk.assignment.events.v1}). */
@Configuration(proxyBeanMethods = false)
public class AssignmentIntegrationEvents {

    @Bean
    public IntegrationEventMapper assignmentIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(InvolvementRequestSubmittedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new InvolvementRequestSubmitted(e.requestId(), e.agencyId(), e.targetAgencyId(), e.scope(),
                                e.form(), e.teamId(), e.owningUnit().departmentId(), e.owningUnit().unitId(),
                                e.targetUnit() == null ? null : e.targetUnit().departmentId(),
                                e.targetUnit() == null ? null : e.targetUnit().unitId(), e.requestedNips(),
                                e.terms().purpose(), e.terms().competencies(), e.terms().targets(),
                                e.terms().validFrom(), e.terms().validUntil(), nip(e.requestedBy()), e.submittedOn(),
                                nips(e.copies()), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(InvolvementRequestApprovedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new InvolvementRequestApproved(e.requestId(), e.agencyId(), e.targetAgencyId(), e.scope(),
                                e.form(), e.teamId(), e.owningUnit().unitId(),
                                e.targetUnit() == null ? null : e.targetUnit().unitId(), e.nominatedNips(),
                                e.approvedOn(), nip(e.approvedBy()), e.approvedBy().capacityName(),
                                nip(e.recommendedBy()), e.orderId(), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(InvolvementRequestRejectedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new InvolvementRequestRejected(e.requestId(), e.agencyId(), e.targetAgencyId(), e.scope(),
                                e.owningUnit().unitId(), e.targetUnit() == null ? null : e.targetUnit().unitId(),
                                e.step().name(), e.reason(), e.rejectedOn(), nip(e.rejectedBy()),
                                e.rejectedBy().capacityName(), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(VoluntaryApplicationSubmittedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new VoluntaryApplicationSubmitted(e.applicationId(), e.agencyId(), e.nip(),
                                e.home().departmentId(), e.home().unitId(), e.target().departmentId(),
                                e.target().unitId(), e.scope(), e.terms().purpose(), e.terms().targets(),
                                e.terms().validFrom(), e.terms().validUntil(), e.onBehalf(), nip(e.submittedBy()),
                                e.submittedOn(), nips(e.copies()), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(VoluntaryApplicationApprovedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new VoluntaryApplicationApproved(e.applicationId(), e.agencyId(), e.nip(), e.scope(),
                                e.home().unitId(), e.target().unitId(), e.approvedOn(), nip(e.approvedBy()),
                                e.approvedBy().capacityName(), nip(e.targetApprovedBy()), e.orderId(),
                                e.decision().profileId(), e.decision().version(), e.decision().ruleIds())))
                .map(VoluntaryApplicationRejectedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new VoluntaryApplicationRejected(e.applicationId(), e.agencyId(), e.nip(), e.scope(),
                                e.home().unitId(), e.target().unitId(), e.step().name(), e.reason(), e.rejectedOn(),
                                nip(e.rejectedBy()), e.rejectedBy().capacityName(), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .map(AssignmentOrderIssuedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AssignmentOrderIssued(e.orderId(), e.number(), e.agencyId(), e.issuedOn(), e.mode(),
                                e.scope(), e.form(), e.teamId(), e.owningUnit().agencyId(),
                                e.owningUnit().departmentId(), e.owningUnit().unitId(),
                                e.assignees().stream().map(a -> new AssignedEmployee(a.assignmentId(), a.nip(),
                                        a.home().agencyId(), a.home().departmentId(), a.home().unitId(),
                                        a.positionKind())).toList(),
                                e.terms().validFrom(), e.terms().validUntil(), e.terms().purpose(),
                                e.terms().competencies(), e.terms().targets(), e.terms().otherArrangements(),
                                e.terms().nature(), e.terms().planning(), e.terms().planItemId(),
                                e.origin().kind().name(), e.origin().id(), nip(e.issuedBy()),
                                e.issuedBy().capacityName(), nips(e.copies()), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .map(AssignmentOrderAmendedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AssignmentOrderAmended(e.orderId(), e.number(), e.agencyId(), e.amendmentNo(),
                                e.amendedOn(), e.assignmentIds(), e.terms().validFrom(), e.terms().validUntil(),
                                e.terms().purpose(), e.terms().targets(), e.terms().otherArrangements(), e.reason(),
                                nip(e.amendedBy()), e.amendedBy().capacityName(), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .map(AssignmentOrderRevokedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AssignmentOrderRevoked(e.orderId(), e.number(), e.agencyId(), e.revokedOn(),
                                e.effectiveOn(), e.assignmentIds(), e.reason(), nip(e.revokedBy()),
                                e.revokedBy().capacityName(), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .map(AssignmentEndedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AssignmentEnded(e.assignmentId(), e.orderId(), e.number(), e.agencyId(), e.nip(),
                                e.form(), e.teamId(), e.effectiveOn(), e.cause(), e.reason(), nip(e.endedBy()))))
                .map(AssignmentReportSubmittedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AssignmentReportSubmitted(e.reportId(), e.assignmentId(), e.orderId(), e.agencyId(),
                                e.nip(), e.submittedOn(), e.periodFrom(), e.periodUntil(), e.summary(), e.outputs(),
                                nips(e.recipients()), e.hierarchical(), e.decision().profileId(),
                                e.decision().version(), e.decision().ruleIds())))
                .map(UnitWorkPlanSetEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new UnitWorkPlanSet(e.planId(), e.agencyId(), e.unit().departmentId(), e.unit().unitId(),
                                e.year(), items(e.items()), e.setOn(), e.deadline(), nip(e.setBy()),
                                e.decision().profileId(), e.decision().version(), e.decision().ruleIds(),
                                e.late())))
                .map(UnitWorkPlanAmendedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new UnitWorkPlanAmended(e.planId(), e.agencyId(), e.unitId(), e.year(), e.amendmentNo(),
                                items(e.items()), items(e.added()), e.removedItemIds(), e.reason(), e.amendedOn(),
                                nip(e.amendedBy()), e.decision().profileId(), e.decision().version(),
                                e.decision().ruleIds())))
                .build();
    }

    private static String nip(ActingOfficial official) {
        return official == null ? null : official.nip();
    }

    private static List<String> nips(List<Recipient> recipients) {
        return recipients == null ? List.of() : recipients.stream().flatMap(r -> r.nips().stream()).distinct().toList();
    }

    private static List<WorkPlanItem> items(List<PlanItem> items) {
        return items == null ? List.of() : items.stream().map(i -> new WorkPlanItem(i.itemId(), i.activity(),
                i.output())).toList();
    }
}
