package id.sistemkerja.performance.integration;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanAmended;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanSet;
import id.sistemkerja.contracts.assignment.v1.WorkPlanItem;
import id.sistemkerja.performance.command.UnitWorkPlans;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.util.List;
import java.util.Optional;

/**
 * The units' annual work plans (ASG-14) as assignment-service published them, in performance-service's MongoDB
 * (collection {@code asg_work_plans}), for the Serang rule that SKP targets rest on an item of the plan (SRG23 Pasal
 * 8(7)). A plan's document holds the items in force; an amendment applies only when newer than the one applied, so
 * redelivery and replay change nothing.
 */
public class UnitWorkPlanReplica implements UnitWorkPlans {

    public static final String COLLECTION = "asg_work_plans";

    private final MongoTemplate mongo;
    private final IntegrationEventSubscription subscription;

    public UnitWorkPlanReplica(MongoTemplate mongo) {
        this.mongo = mongo;
        this.subscription = IntegrationEventSubscription.builder("performance-work-plans", Topics.ASSIGNMENT_EVENTS)
                .on(UnitWorkPlanSet.class, (e, meta) -> set(e))
                .on(UnitWorkPlanAmended.class, (e, meta) -> amend(e))
                .build();
    }

    /** The Kafka subscription that keeps this replica. */
    public IntegrationEventSubscription subscription() {
        return subscription;
    }

    void set(UnitWorkPlanSet e) {
        // a plan's first record; an amendment that overtook it keeps its newer items
        mongo.upsert(Query.query(Criteria.where("_id").is(e.planId())), new Update().set("unitId", e.unitId())
                .set("agencyId", e.agencyId()).set("year", e.year()).set("setOn", String.valueOf(e.setOn()))
                .setOnInsert("itemIds", ids(e.items())).setOnInsert("amendmentNo", 0), COLLECTION);
    }

    void amend(UnitWorkPlanAmended e) {
        Query older = Query.query(Criteria.where("_id").is(e.planId()).orOperator(
                Criteria.where("amendmentNo").lt(e.amendmentNo()), Criteria.where("amendmentNo").exists(false)));
        Update update = new Update().set("unitId", e.unitId()).set("agencyId", e.agencyId()).set("year", e.year())
                .set("itemIds", ids(e.items())).set("amendmentNo", e.amendmentNo());
        if (mongo.updateFirst(older, update, COLLECTION).getMatchedCount() == 0
                && mongo.findById(e.planId(), Document.class, COLLECTION) == null) {
            mongo.upsert(Query.query(Criteria.where("_id").is(e.planId())), update, COLLECTION);
        }
    }

    @Override
    public Optional<UnitWorkPlan> plan(String planId) {
        Document doc = mongo.findById(planId, Document.class, COLLECTION);
        if (doc == null) {
            return Optional.empty();
        }
        return Optional.of(new UnitWorkPlan(planId, doc.getString("unitId"), doc.getInteger("year"),
                doc.getList("itemIds", String.class), doc.getInteger("amendmentNo", 0)));
    }

    private static List<String> ids(List<WorkPlanItem> items) {
        return items == null ? List.of() : items.stream().map(WorkPlanItem::itemId).toList();
    }
}
