package id.sistemkerja.assignment.query;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentEndedEvent;
import id.sistemkerja.assignment.api.AssignmentEvents.AssignmentReportSubmittedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderAmendedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderDraftedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderRevokedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRecommendedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestRejectedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementRequestSubmittedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestEvents.InvolvementStepApprovedEvent;
import id.sistemkerja.assignment.api.InvolvementRequestState;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanAmendedEvent;
import id.sistemkerja.assignment.api.UnitWorkPlanEvents.UnitWorkPlanSetEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationRejectedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationSubmittedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationEvents.VoluntaryApplicationTargetApprovedEvent;
import id.sistemkerja.assignment.api.VoluntaryApplicationState;
import id.sistemkerja.assignment.query.Views.AssignmentView;
import id.sistemkerja.assignment.query.Views.OrderView;
import id.sistemkerja.assignment.query.Views.ReportView;
import id.sistemkerja.assignment.query.Views.RequestView;
import id.sistemkerja.assignment.query.Views.TrailEntry;
import id.sistemkerja.assignment.query.Views.WorkPlanView;
import id.sistemkerja.regulation.profile.DecisionBasis;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Read models of requests, applications, orders, assignments, reports and work plans. Idempotent: documents are
 * upserted by id and trail entries are keyed by event id, so a replay rebuilds the same documents.
 */
@Component
@ProcessingGroup("assignment-views")
public class AssignmentProjection {

    private final MongoTemplate mongo;

    public AssignmentProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(Views.ASSIGNMENTS).ensureIndex(new Index().on("nip", Sort.Direction.ASC));
        mongo.indexOps(Views.ORDERS).ensureIndex(new Index().on("number", Sort.Direction.ASC));
        mongo.indexOps(Views.REQUESTS).ensureIndex(new Index().on("owningUnitId", Sort.Direction.ASC));
        mongo.indexOps(Views.REQUESTS).ensureIndex(new Index().on("homeUnitId", Sort.Direction.ASC));
        mongo.indexOps(Views.REPORTS).ensureIndex(new Index().on("assignmentId", Sort.Direction.ASC));
    }

    // ------------------------------------------------------------------ involvement requests

    @EventHandler
    void on(InvolvementRequestSubmittedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Set<String> readers = readers(e.requestedBy(), e.addressedTo(), e.copies());
        readers.addAll(e.requestedNips());
        save(new RequestView(e.requestId(), OrderOrigin.Kind.INVOLVEMENT_REQUEST.name(), e.agencyId(),
                e.targetAgencyId(), e.scope(), e.form(), e.teamId(), e.owningUnit().unitId(),
                e.targetUnit() == null ? null : e.targetUnit().unitId(), null, e.requestedNips(), e.terms(),
                e.state().name(), true, e.submittedOn(), at, e.addressedTo(), e.copies(), readers, null, null,
                List.of(entry(eventId, "SUBMITTED", at, e.submittedOn(), e.requestedBy(), e.state().name(), null,
                        e.decision()))), Views.REQUESTS, e.requestId());
    }

    @EventHandler
    void on(InvolvementRecommendedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.REQUESTS, e.requestId(), entry(eventId, "RECOMMENDED", at, e.recommendedOn(), e.recommendedBy(),
                null, e.note(), e.decision()), new Update().addToSet("readers", e.recommendedBy().nip()));
    }

    @EventHandler
    void on(InvolvementStepApprovedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Update update = new Update().set("state", e.to().name()).set("pending", e.to().isPending())
                .set("addressedTo", e.addressedTo());
        addReaders(update, e.approvedBy(), e.addressedTo());
        if (e.targetUnit() != null) {
            update.set("homeUnitId", e.targetUnit().unitId());
        }
        if (e.nominatedNips() != null) {
            update.set("employeeNips", e.nominatedNips());
        }
        trail(Views.REQUESTS, e.requestId(), entry(eventId, "APPROVED_" + e.from().name(), at, e.approvedOn(),
                e.approvedBy(), e.to().name(), e.note(), e.decision()), update);
    }

    @EventHandler
    void on(InvolvementRequestApprovedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Update update = new Update().set("state", InvolvementRequestState.APPROVED.name()).set("pending", false)
                .set("employeeNips", e.nominatedNips()).set("orderId", e.orderId())
                .addToSet("readers", e.approvedBy().nip());
        trail(Views.REQUESTS, e.requestId(), entry(eventId, "APPROVED", at, e.approvedOn(), e.approvedBy(),
                InvolvementRequestState.APPROVED.name(), e.note(), e.decision()), update);
    }

    @EventHandler
    void on(InvolvementRequestRejectedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.REQUESTS, e.requestId(), entry(eventId, "REJECTED", at, e.rejectedOn(), e.rejectedBy(),
                        InvolvementRequestState.REJECTED.name(), e.reason(), e.decision()),
                new Update().set("state", InvolvementRequestState.REJECTED.name()).set("pending", false)
                        .addToSet("readers", e.rejectedBy().nip()));
    }

    // ------------------------------------------------------------------ voluntary applications

    @EventHandler
    void on(VoluntaryApplicationSubmittedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Set<String> readers = readers(e.submittedBy(), e.addressedTo(), e.copies());
        readers.add(e.nip());
        save(new RequestView(e.applicationId(), OrderOrigin.Kind.VOLUNTARY_APPLICATION.name(), e.agencyId(),
                e.agencyId(), e.scope(), null, null, e.target().unitId(), e.home().unitId(), e.nip(),
                List.of(e.nip()), e.terms(), e.state().name(), true, e.submittedOn(), at, e.addressedTo(),
                e.copies(), readers, null, null, List.of(entry(eventId, e.onBehalf() ? "RECORDED_ON_BEHALF"
                        : "SUBMITTED", at, e.submittedOn(), e.submittedBy(), e.state().name(), null, e.decision()))),
                Views.REQUESTS, e.applicationId());
    }

    @EventHandler
    void on(VoluntaryApplicationTargetApprovedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Update update = new Update().set("state", VoluntaryApplicationState.PENDING_HOME_APPROVAL.name())
                .set("addressedTo", e.addressedTo());
        addReaders(update, e.approvedBy(), e.addressedTo());
        trail(Views.REQUESTS, e.applicationId(), entry(eventId, "TARGET_APPROVED", at, e.approvedOn(),
                e.approvedBy(), VoluntaryApplicationState.PENDING_HOME_APPROVAL.name(), e.note(), e.decision()), update);
    }

    @EventHandler
    void on(VoluntaryApplicationApprovedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.REQUESTS, e.applicationId(), entry(eventId, "APPROVED", at, e.approvedOn(), e.approvedBy(),
                        VoluntaryApplicationState.APPROVED.name(), e.note(), e.decision()),
                new Update().set("state", VoluntaryApplicationState.APPROVED.name()).set("pending", false)
                        .set("orderId", e.orderId()).addToSet("readers", e.approvedBy().nip()));
    }

    @EventHandler
    void on(VoluntaryApplicationRejectedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.REQUESTS, e.applicationId(), entry(eventId, "REJECTED", at, e.rejectedOn(), e.rejectedBy(),
                        VoluntaryApplicationState.REJECTED.name(), e.reason(), e.decision()),
                new Update().set("state", VoluntaryApplicationState.REJECTED.name()).set("pending", false)
                        .addToSet("readers", e.rejectedBy().nip()));
    }

    // ------------------------------------------------------------------ orders and assignments

    @EventHandler
    void on(AssignmentOrderDraftedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Set<String> readers = readers(e.draftedBy(), null, e.copies());
        readers.addAll(e.assigneeNips());
        save(new OrderView(e.orderId(), null, null, e.agencyId(), "DRAFTED", e.origin().kind().name(),
                e.origin().id(), e.mode(), e.scope(), e.form(), e.teamId(), e.owningUnit(), e.assigneeNips(),
                List.of(), e.terms(), e.draftedBy(), null, null, e.copies(), readers,
                List.of(entry(eventId, "DRAFTED", at, null, e.draftedBy(), "DRAFTED", null, null))),
                Views.ORDERS, e.orderId());
    }

    @EventHandler
    void on(AssignmentOrderIssuedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        Set<String> readers = readers(e.issuedBy(), null, e.copies());
        if (e.draftedBy() != null && e.draftedBy().nip() != null) {
            readers.add(e.draftedBy().nip());
        }
        e.assignees().forEach(a -> readers.add(a.nip()));
        List<TrailEntry> trail = new ArrayList<>();
        OrderView existing = mongo.findById(e.orderId(), OrderView.class, Views.ORDERS);
        if (existing != null) {
            existing.trail().stream().filter(t -> !t.eventId().equals(eventId)).forEach(trail::add);
        }
        trail.add(entry(eventId, "ISSUED", at, e.issuedOn(), e.issuedBy(), "ISSUED", e.number(), e.decision()));
        save(new OrderView(e.orderId(), e.number(), e.sequence(), e.agencyId(), "ISSUED", e.origin().kind().name(),
                e.origin().id(), e.mode(), e.scope(), e.form(), e.teamId(), e.owningUnit(),
                e.assignees().stream().map(Assignee::nip).toList(),
                e.assignees().stream().map(Assignee::assignmentId).toList(), e.terms(), e.draftedBy(), e.issuedBy(),
                e.issuedOn(), e.copies(), readers, trail), Views.ORDERS, e.orderId());
        for (Assignee a : e.assignees()) {
            save(new AssignmentView(a.assignmentId(), e.orderId(), e.number(), e.agencyId(), a.nip(), a.home(),
                    e.owningUnit(), e.mode(), e.scope(), e.form(), e.teamId(), e.terms().purpose(), e.terms().targets(),
                    e.terms().planItemId(), e.terms().validFrom(), e.terms().validUntil(), e.issuedOn(),
                    e.issuedBy().nip(), null, null, null, 0), Views.ASSIGNMENTS, a.assignmentId());
        }
        if (e.origin().id() != null) {
            // the request or application the order fulfils
            String state = e.origin().kind() == OrderOrigin.Kind.INVOLVEMENT_REQUEST
                    ? InvolvementRequestState.FULFILLED.name() : VoluntaryApplicationState.FULFILLED.name();
            trail(Views.REQUESTS, e.origin().id(), entry(eventId, "ORDER_ISSUED", at, e.issuedOn(), e.issuedBy(),
                    state, e.number(), e.decision()), new Update().set("state", state).set("pending", false)
                    .set("orderId", e.orderId()).set("orderNumber", e.number()));
        }
    }

    @EventHandler
    void on(AssignmentOrderAmendedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.ORDERS, e.orderId(), entry(eventId, "AMENDED_" + e.amendmentNo(), at, e.amendedOn(),
                e.amendedBy(), "ISSUED", e.reason(), e.decision()), new Update().set("terms", e.terms()));
        mongo.updateMulti(Query.query(where("_id").in(e.assignmentIds())), new Update()
                .set("purpose", e.terms().purpose()).set("targets", e.terms().targets())
                .set("validUntil", e.terms().validUntil()), Views.ASSIGNMENTS);
    }

    @EventHandler
    void on(AssignmentOrderRevokedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.ORDERS, e.orderId(), entry(eventId, "REVOKED", at, e.revokedOn(), e.revokedBy(), "REVOKED",
                e.reason(), e.decision()), new Update().set("status", "REVOKED"));
    }

    @EventHandler
    void on(AssignmentEndedEvent e) {
        mongo.updateFirst(Query.query(where("_id").is(e.assignmentId())), new Update().set("endedOn", e.effectiveOn())
                .set("endCause", e.cause()).set("endReason", e.reason()), Views.ASSIGNMENTS);
    }

    @EventHandler
    void on(AssignmentReportSubmittedEvent e) {
        save(new ReportView(e.reportId(), e.assignmentId(), e.orderId(), e.agencyId(), e.nip(), e.submittedOn(),
                e.periodFrom(), e.periodUntil(), e.summary(), e.outputs(), e.recipients(), e.hierarchical(),
                e.decision().profileId(), e.decision().version(), e.decision().ruleIds()), Views.REPORTS, e.reportId());
        long count = mongo.count(Query.query(where("assignmentId").is(e.assignmentId())), Views.REPORTS);
        mongo.updateFirst(Query.query(where("_id").is(e.assignmentId())), new Update().set("reports", (int) count),
                Views.ASSIGNMENTS);
    }

    // ------------------------------------------------------------------ work plans

    @EventHandler
    void on(UnitWorkPlanSetEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        save(new WorkPlanView(e.planId(), e.agencyId(), e.unit().unitId(), e.year(), e.items(), e.setOn(),
                e.deadline(), e.setBy().nip(), 0, List.of(entry(eventId, e.late() ? "SET_LATE" : "SET", at, e.setOn(),
                e.setBy(), null, null, e.decision())), e.late()), Views.PLANS, e.planId());
    }

    @EventHandler
    void on(UnitWorkPlanAmendedEvent e, @MessageIdentifier String eventId, @Timestamp Instant at) {
        trail(Views.PLANS, e.planId(), entry(eventId, "AMENDED_" + e.amendmentNo(), at, e.amendedOn(),
                e.amendedBy(), null, e.reason(), e.decision()), new Update().set("items", e.items())
                .set("amendments", e.amendmentNo()));
    }

    // ------------------------------------------------------------------ helpers

    private void save(Object document, String collection, String id) {
        mongo.save(document, collection);
    }

    /** Appends the entry once (keyed by event id) together with {@code update}. */
    private void trail(String collection, String id, TrailEntry entry, Update update) {
        mongo.updateFirst(Query.query(where("_id").is(id).and("trail.eventId").ne(entry.eventId())),
                update.push("trail", entry), collection);
    }

    private static TrailEntry entry(String eventId, String act, Instant at, LocalDate date, ActingOfficial by,
                                    String state, String note, DecisionBasis basis) {
        return new TrailEntry(eventId, act, at, date, by == null ? null : by.nip(),
                by == null ? null : by.capacityName(), by == null ? null : by.basis(), state, note,
                basis == null ? null : basis.profileId(), basis == null ? null : basis.version(),
                basis == null ? List.of() : basis.ruleIds());
    }

    private static Set<String> readers(ActingOfficial by, Recipient addressedTo, List<Recipient> copies) {
        Set<String> readers = new LinkedHashSet<>();
        if (by != null && by.nip() != null) {
            readers.add(by.nip());
        }
        if (addressedTo != null) {
            readers.addAll(addressedTo.nips());
        }
        if (copies != null) {
            copies.forEach(c -> readers.addAll(c.nips()));
        }
        return readers;
    }

    private static void addReaders(Update update, ActingOfficial by, Recipient recipient) {
        Set<String> nips = readers(by, recipient, null);
        if (!nips.isEmpty()) {
            update.addToSet("readers").each(nips.toArray());
        }
    }
}
