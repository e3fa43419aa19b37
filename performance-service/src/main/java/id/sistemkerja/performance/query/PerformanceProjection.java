package id.sistemkerja.performance.query;

import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementAmendedEvent;
import id.sistemkerja.performance.api.AgreementEvents.PerformanceAgreementSetEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeePredikatFinalisedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeeRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.EvaluationOpenedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FollowUpRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FunctionalCreditConvertedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionDecidedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationGivenEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionExplanationsRequestedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ObjectionFiledEvent;
import id.sistemkerja.performance.api.EvaluationEvents.ResultReceiptRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.OrganisationRatedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.UnitPredikatFinalisedEvent;
import id.sistemkerja.performance.api.PlanEvents.EvidenceRecordedEvent;
import id.sistemkerja.performance.api.PlanEvents.ExpectationSetEvent;
import id.sistemkerja.performance.api.PlanEvents.FeedbackGivenEvent;
import id.sistemkerja.performance.api.PlanEvents.IndividualIndicatorsValidatedEvent;
import id.sistemkerja.performance.api.IndicatorValidatorRef;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanOpenedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSetEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSignedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleEndedEvent;
import id.sistemkerja.performance.api.PlanEvents.WorkRoleRecordedEvent;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.WorkResultEvents.ReviewLevel;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultAcceptedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultPassedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultResubmittedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultReturnedEvent;
import id.sistemkerja.performance.api.WorkResultEvents.WorkResultSubmittedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * The read models of performance-service, one document per agreement, plan (SKP), work result and evaluation. Every
 * write is an upsert by id that sets fields (records inside a document are keyed by their id or NIP), so a replay
 * rebuilds the same documents. Dates are stored as ISO text (calendar days, no time zone).
 */
@Component
@ProcessingGroup("performance-views")
public class PerformanceProjection {

    public static final String AGREEMENTS = "perf_agreements";
    public static final String PLANS = "perf_plans";
    public static final String WORK_RESULTS = "perf_work_results";
    public static final String EVALUATIONS = "perf_evaluations";

    private final MongoTemplate mongo;

    public PerformanceProjection(MongoTemplate mongo) {
        this.mongo = mongo;
        mongo.indexOps(PLANS).ensureIndex(new Index().on("year", org.springframework.data.domain.Sort.Direction.ASC)
                .on("roleUnits", org.springframework.data.domain.Sort.Direction.ASC));
        mongo.indexOps(PLANS).ensureIndex(new Index().on("unitId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("year", org.springframework.data.domain.Sort.Direction.ASC));
        mongo.indexOps(WORK_RESULTS).ensureIndex(new Index()
                .on("currentUnitId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("status", org.springframework.data.domain.Sort.Direction.ASC));
        mongo.indexOps(EVALUATIONS).ensureIndex(new Index()
                .on("agencyId", org.springframework.data.domain.Sort.Direction.ASC)
                .on("year", org.springframework.data.domain.Sort.Direction.ASC)
                .on("period", org.springframework.data.domain.Sort.Direction.ASC));
    }

    @ResetHandler
    void reset() {
        List.of(AGREEMENTS, PLANS, WORK_RESULTS, EVALUATIONS).forEach(mongo::dropCollection);
    }

    private void upsert(String collection, String id, Update update) {
        mongo.upsert(query(where("_id").is(id)), update, collection);
    }

    private static String date(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static List<Document> targets(List<Target> targets) {
        return targets.stream().map(t -> new Document("targetRef", t.targetRef()).append("number", t.number())
                .append("description", t.description()).append("indicator", t.indicator())
                .append("targetValue", t.targetValue()).append("supportsTargetRef", t.supportsTargetRef())
                .append("supportsOwnerId", t.supportsOwnerId())).toList();
    }

    private static Document basis(id.sistemkerja.performance.api.RuleBasis basis) {
        return new Document("profileId", basis.profileId()).append("profileVersion", basis.profileVersion())
                .append("ruleSetId", basis.ruleSetId()).append("ruleSetVersion", basis.ruleSetVersion())
                .append("ruleIds", basis.ruleIds());
    }

    // ---------------------------------------------------------------- agreements

    @EventHandler
    void on(PerformanceAgreementSetEvent e) {
        upsert(AGREEMENTS, e.agreementId(), new Update().set("agencyId", e.agencyId()).set("unitId", e.unitId())
                .set("year", e.year()).set("responsibleNip", e.responsibleNip()).set("setByNip", e.setByNip())
                .set("setterRole", e.setterRole()).set("setOn", date(e.setOn())).set("targets", targets(e.targets()))
                .set("basis", basis(e.basis())));
    }

    @EventHandler
    void on(PerformanceAgreementAmendedEvent e) {
        upsert(AGREEMENTS, e.agreementId(), new Update().set("targets", targets(e.targets()))
                .set("amendedOn", date(e.amendedOn())).set("amendedBy", e.setByNip())
                .set("amendmentReason", e.reason()));
    }

    // ---------------------------------------------------------------- plans

    @EventHandler
    void on(PerformancePlanOpenedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("nip", e.nip()).set("agencyId", e.agencyId()).set("year", e.year())
                .set("unitId", e.unitId()).setOnInsert("status", "OPEN"));
    }

    @EventHandler
    void on(PerformancePlanDraftedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("unitId", e.unitId()).set("status", "DRAFTED")
                .set("draftedBy", e.draftedBy()).set("appraiserNip", e.appraiserNip())
                .set("targets", targets(e.targets()))
                .set("indicatorValidator", validator(e.indicatorValidator()))
                .set("indicatorValidation", null)
                .set("workPlanItems", e.workPlanItems() == null ? List.of() : e.workPlanItems().stream()
                        .map(i -> new Document("targetNumber", i.targetNumber()).append("planId", i.planId())
                                .append("itemId", i.itemId())).toList()));
    }

    @EventHandler
    void on(IndividualIndicatorsValidatedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("indicatorValidation", new Document("validatedBy",
                e.validator().nip()).append("validator", validator(e.validator())).append("targetRefs", e.targetRefs())
                .append("validatedOn", date(e.validatedOn())).append("basis", basis(e.basis()))));
    }

    private static Document validator(IndicatorValidatorRef v) {
        return v == null ? null : new Document("nip", v.nip()).append("positionId", v.positionId())
                .append("kind", v.kind()).append("basis", v.basis()).append("nearestAbove", v.nearestAbove());
    }

    @EventHandler
    void on(PerformancePlanSignedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("status", "SIGNED").set("signedOn", date(e.signedOn())));
    }

    @EventHandler
    void on(PerformancePlanSetEvent e) {
        upsert(PLANS, e.planId(), new Update().set("status", "SET").set("setOn", date(e.setOn()))
                .set("appraiserNip", e.appraiserNip()).set("appraiserBasis", e.appraiserBasis()));
    }

    @EventHandler
    void on(WorkRoleRecordedEvent e) {
        upsert(PLANS, e.planId(), new Update().addToSet("roleUnits", e.unitId()).set("roles." + e.roleId(),
                new Document("roleId", e.roleId()).append("unitId", e.unitId()).append("role", e.role())
                        .append("leadNip", e.leadNip()).append("assignerNip", e.assignerNip())
                        .append("basisKind", e.basisKind().name()).append("basisReference", e.basisReference())
                        .append("from", date(e.from())).append("until", date(e.until()))
                        .append("recordedBy", e.recordedBy())));
    }

    @EventHandler
    void on(WorkRoleEndedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("roles." + e.roleId() + ".until", date(e.until())));
    }

    @EventHandler
    void on(ExpectationSetEvent e) {
        upsert(PLANS, e.planId(), new Update().set("expectations." + e.expectationId(),
                new Document("expectationId", e.expectationId()).append("targetNumber", e.targetNumber())
                        .append("coreValue", e.coreValue() == null ? null : e.coreValue().name())
                        .append("text", e.text()).append("setBy", e.setBy())
                        .append("setterRole", e.setterRole().name()).append("setOn", date(e.setOn()))));
    }

    @EventHandler
    void on(EvidenceRecordedEvent e) {
        upsert(PLANS, e.planId(), new Update().set("evidence." + e.evidenceId(),
                new Document("evidenceId", e.evidenceId()).append("targetNumber", e.targetNumber())
                        .append("period", e.period()).append("realisation", e.realisation())
                        .append("links", e.links()).append("recordedOn", date(e.recordedOn()))));
    }

    @EventHandler
    void on(FeedbackGivenEvent e) {
        upsert(PLANS, e.planId(), new Update().set("feedback." + e.feedbackId(),
                new Document("feedbackId", e.feedbackId()).append("kind", e.kind().name())
                        .append("giverNip", e.giverNip()).append("giverRole", e.giverRole().name())
                        .append("workRoleId", e.workRoleId()).append("text", e.text())
                        .append("targetNumber", e.targetNumber()).append("period", e.period())
                        .append("givenOn", date(e.givenOn()))));
    }

    // ---------------------------------------------------------------- work results

    @EventHandler
    void on(WorkResultSubmittedEvent e) {
        ReviewLevel first = e.reviewChain().get(0);
        upsert(WORK_RESULTS, e.workResultId(), new Update().set("agencyId", e.agencyId()).set("nip", e.nip())
                .set("year", e.year()).set("planTargetRef", e.planTargetRef()).set("unitId", e.unitId())
                .set("title", e.title()).set("result", e.result()).set("links", e.links())
                .set("submittedBy", e.submittedBy()).set("submitterRole", e.submitterRole())
                .set("submittedOn", date(e.submittedOn())).set("pendingSince", date(e.submittedOn()))
                .set("chain", e.reviewChain().stream().map(l -> new Document("unitId", l.unitId())
                        .append("level", l.level())).toList())
                .set("status", "IN_REVIEW").set("step", 0).set("round", 1)
                .set("currentUnitId", first.unitId()).set("currentLevel", first.level()));
    }

    @EventHandler
    void on(WorkResultPassedEvent e) {
        Document doc = mongo.findById(e.workResultId(), Document.class, WORK_RESULTS);
        @SuppressWarnings("unchecked")
        List<Document> chain = doc == null ? List.of() : (List<Document>) doc.get("chain");
        Document next = chain.get(e.toStep());
        upsert(WORK_RESULTS, e.workResultId(), new Update().set("step", e.toStep())
                .set("currentUnitId", next.getString("unitId")).set("currentLevel", next.getString("level"))
                .set("pendingSince", date(e.passedOn()))
                .set("reviews." + e.fromStep() + "r" + e.toStep(), new Document("decision", "PASS")
                        .append("reviewerNip", e.reviewerNip()).append("unitId", e.reviewUnitId())
                        .append("on", date(e.passedOn())).append("note", e.note())));
    }

    @EventHandler
    void on(WorkResultReturnedEvent e) {
        Document doc = mongo.findById(e.workResultId(), Document.class, WORK_RESULTS);
        @SuppressWarnings("unchecked")
        List<Document> chain = doc == null ? List.of() : (List<Document>) doc.get("chain");
        upsert(WORK_RESULTS, e.workResultId(), new Update().set("status", "RETURNED").set("step", 0)
                .set("currentUnitId", null).set("currentLevel", null).set("pendingSince", null)
                .set("firstUnitId", chain.isEmpty() ? null : chain.get(0).getString("unitId"))
                .set("returnReason", e.reason()).set("returnedBy", e.reviewerNip())
                .set("returnedOn", date(e.returnedOn())));
    }

    @EventHandler
    void on(WorkResultResubmittedEvent e) {
        Document doc = mongo.findById(e.workResultId(), Document.class, WORK_RESULTS);
        @SuppressWarnings("unchecked")
        List<Document> chain = doc == null ? List.of() : (List<Document>) doc.get("chain");
        Document first = chain.get(0);
        upsert(WORK_RESULTS, e.workResultId(), new Update().set("status", "IN_REVIEW").set("step", 0)
                .set("round", e.round()).set("result", e.result()).set("links", e.links())
                .set("currentUnitId", first.getString("unitId")).set("currentLevel", first.getString("level"))
                .set("pendingSince", date(e.resubmittedOn())));
    }

    @EventHandler
    void on(WorkResultAcceptedEvent e) {
        upsert(WORK_RESULTS, e.workResultId(), new Update().set("status", "ACCEPTED").set("currentUnitId", null)
                .set("currentLevel", null).set("pendingSince", null).set("acceptedBy", e.reviewerNip())
                .set("acceptedOn", date(e.acceptedOn())));
    }

    // ---------------------------------------------------------------- evaluations

    @EventHandler
    void on(EvaluationOpenedEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("agencyId", e.agencyId()).set("unitId", e.unitId())
                .set("year", e.year()).set("period", e.period()).set("periodStart", date(e.periodStart()))
                .set("periodEnd", date(e.periodEnd())).setOnInsert("finalised", false));
    }

    @EventHandler
    void on(OrganisationRatedEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("organisationRating", e.rating().name())
                .set("organisationRatedBy", e.ratedBy()).set("organisationRatedOn", date(e.ratedOn())));
    }

    @EventHandler
    void on(EmployeeRatedEvent e) {
        String at = "results." + e.nip();
        upsert(EVALUATIONS, e.evaluationId(), new Update().set(at + ".nip", e.nip())
                .set(at + ".workResultRating", e.workResultRating().name())
                .set(at + ".behaviourRating", e.behaviourRating().name())
                .set(at + ".behaviourAspects", e.behaviourAspects().entrySet().stream().collect(
                        java.util.stream.Collectors.toMap(x -> x.getKey().name(), x -> x.getValue().name())))
                .set(at + ".predikat", e.predikat().name()).set(at + ".appraiserNip", e.appraiserNip())
                .set(at + ".note", e.note()).set(at + ".appraisalInputIds", e.appraisalInputIds())
                .set(at + ".behaviourExpectations", behaviourExpectations(e))
                .set(at + ".ratedOn", date(e.ratedOn())).set(at + ".status", "RATED")
                .set(at + ".basis", basis(e.basis())));
    }

    /** PERF-06b: the leader's behaviour expectations that were before the appraiser, as the SKP records them. */
    private List<Document> behaviourExpectations(EmployeeRatedEvent e) {
        if (e.behaviourExpectationIds() == null || e.behaviourExpectationIds().isEmpty()) {
            return List.of();
        }
        Document plan = mongo.findById(id.sistemkerja.performance.api.PerformanceIds.planId(e.nip(), e.year()),
                Document.class, PLANS);
        Document expectations = plan == null ? null : plan.get("expectations", Document.class);
        return e.behaviourExpectationIds().stream().map(id -> {
            Document found = expectations == null ? null : expectations.get(id, Document.class);
            return found != null ? found : new Document("expectationId", id);
        }).toList();
    }

    @EventHandler
    void on(UnitPredikatFinalisedEvent e) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        e.counts().forEach((k, v) -> counts.put(k.name(), v));
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("finalised", true)
                .set("finalisedOn", date(e.finalisedOn())).set("finalisedBy", e.finalisedBy())
                .set("countsAtFinalisation", counts).set("violations", e.violations())
                .set("onViolation", e.onViolation()).set("rounding", e.rounding()).set("basis", basis(e.basis())));
    }

    @EventHandler
    void on(EmployeePredikatFinalisedEvent e) {
        String at = "results." + e.nip();
        Update update = new Update().set(at + ".predikat", e.predikat().name())
                .set(at + ".workResultRating", e.workResultRating().name())
                .set(at + ".behaviourRating", e.behaviourRating().name()).set(at + ".finalisation", e.finalisation())
                .set(at + ".status", "FINAL");
        if ("UNIT_FINALISATION".equals(e.finalisation())) {
            update.set(at + ".finalisedOn", date(e.finalisedOn()));
        }
        upsert(EVALUATIONS, e.evaluationId(), update);
    }

    @EventHandler
    void on(ObjectionFiledEvent e) {
        String at = "results." + e.nip() + ".objection";
        upsert(EVALUATIONS, e.evaluationId(), new Update().set(at, new Document("objectionId", e.objectionId())
                .append("reasons", e.reasons()).append("filedOn", date(e.filedOn()))
                .append("deadline", date(e.deadline())).append("addressedToNip", e.addressedToNip())
                .append("status", "PENDING")).set("results." + e.nip() + ".status", "OBJECTED"));
    }

    @EventHandler
    void on(ResultReceiptRecordedEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("results." + e.nip() + ".receipts." + e.source().name(),
                new Document("receivedOn", date(e.receivedOn())).append("recordedBy", e.recordedBy())
                        .append("recordedOn", date(e.recordedOn()))));
    }

    @EventHandler
    void on(ObjectionExplanationsRequestedEvent e) {
        String at = "results." + e.nip() + ".objection.explanations";
        upsert(EVALUATIONS, e.evaluationId(), new Update().set(at + ".requestedFrom", e.requestedFrom())
                .set(at + ".requestedOn", date(e.requestedOn())).set(at + ".answerBy", date(e.answerBy()))
                .set(at + ".requestedBy", e.requestedBy()));
    }

    @EventHandler
    void on(ObjectionExplanationGivenEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("results." + e.nip() + ".objection.explanations."
                + e.giverRole(), new Document("giverNip", e.giverNip()).append("text", e.text())
                .append("givenOn", date(e.givenOn()))));
    }

    @EventHandler
    void on(ObjectionDecidedEvent e) {
        String at = "results." + e.nip();
        upsert(EVALUATIONS, e.evaluationId(), new Update().set(at + ".objection.status", "DECIDED")
                .set(at + ".objection.decision", e.decision().name())
                .set(at + ".objection.previousPredikat", e.previousPredikat().name())
                .set(at + ".objection.reason", e.reason()).set(at + ".objection.decidedBy", e.decidedBy())
                .set(at + ".objection.decidedOn", date(e.decidedOn())).set(at + ".predikat", e.predikat().name())
                .set(at + ".status", "FINAL"));
    }

    @EventHandler
    void on(FollowUpRecordedEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("results." + e.nip() + ".followUps." + e.followUpId(),
                new Document("followUpId", e.followUpId()).append("kind", e.kind().name())
                        .append("description", e.description()).append("legalBasis", e.legalBasis())
                        .append("predikat", e.predikat().name()).append("recordedBy", e.recordedBy())
                        .append("recordedOn", date(e.recordedOn()))));
    }

    @EventHandler
    void on(FunctionalCreditConvertedEvent e) {
        upsert(EVALUATIONS, e.evaluationId(), new Update().set("results." + e.nip() + ".functionalCredit",
                new Document("functionalLevel", e.functionalLevel().name())
                        .append("annualCoefficient", e.annualCoefficient()).append("percentage", e.percentage())
                        .append("credit", e.credit()).append("convertedOn", date(e.convertedOn()))));
    }
}
