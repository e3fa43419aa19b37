package id.sistemkerja.performance.query;

import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.command.rules.DistributionCheck;
import id.sistemkerja.performance.command.rules.PerfRuleSet;
import id.sistemkerja.performance.command.rules.PerfRuleSets;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * What a unit head and an auditor read (blocking MongoDB reads: call through {@code Blocking.mono}): agreements, an
 * employee's plan with evidence and feedback, the Matriks Peran Hasil of a unit, pending reviews by age, a unit's
 * evaluation and predikat distribution with the limits, an agency's distribution, and the CSV of a unit's results.
 */
@Component
public class PerformanceQueries {

    /** One row of the Matriks Peran Hasil: an employee working in the unit and their targets supporting its results. */
    public record RoleMatrixRow(String nip, String homeUnitId, List<Document> roles, List<Document> targets) {
    }

    public record RoleMatrix(String unitId, int year, Document agreement, List<RoleMatrixRow> rows) {
    }

    /** A unit's predikat distribution for a period with each limit of its organisation rating. */
    public record Distribution(String unitId, int year, String period, String organisationRating, boolean finalised,
                               int employees, Map<Predikat, Integer> counts, List<DistributionCheck.Finding> limits,
                               List<String> violations, String ruleSet) {
    }

    /** An agency's distribution for a period: totals and each unit's. */
    public record AgencyDistribution(String agencyId, int year, String period, int units, int employees,
                                     Map<Predikat, Integer> counts, int unitsWithViolations,
                                     List<Distribution> perUnit) {
    }

    private final MongoTemplate mongo;
    private final PerfRuleSets ruleSets;
    private final Clock clock;

    public PerformanceQueries(MongoTemplate mongo, PerfRuleSets ruleSets, Clock clock) {
        this.mongo = mongo;
        this.ruleSets = ruleSets;
        this.clock = clock;
    }

    public Optional<Document> agreement(String unitId, int year) {
        return Optional.ofNullable(mongo.findById(PerformanceIds.agreementId(unitId, year), Document.class,
                PerformanceProjection.AGREEMENTS));
    }

    /** The employee's SKP with roles, expectations, evidence and feedback as lists. */
    public Optional<Document> plan(String nip, int year) {
        return Optional.ofNullable(mongo.findById(PerformanceIds.planId(nip, year), Document.class,
                PerformanceProjection.PLANS)).map(PerformanceQueries::listed);
    }

    private static Document listed(Document plan) {
        for (String key : List.of("roles", "expectations", "evidence", "feedback")) {
            Object value = plan.get(key);
            plan.put(key, value instanceof Document map ? new ArrayList<>(map.values()) : List.of());
        }
        return plan;
    }

    /**
     * PERF-08 Matriks Peran Hasil: every employee whose plan belongs to the unit or records a role in it, with their
     * targets (each naming the superior target it supports) next to the unit's agreement.
     */
    public RoleMatrix roleMatrix(String unitId, int year) {
        Query q = Query.query(where("year").is(year).orOperator(where("unitId").is(unitId),
                where("roleUnits").is(unitId))).with(Sort.by("nip"));
        List<RoleMatrixRow> rows = new ArrayList<>();
        for (Document plan : mongo.find(q, Document.class, PerformanceProjection.PLANS)) {
            List<Document> roles = new ArrayList<>();
            if (plan.get("roles") instanceof Document map) {
                map.values().stream().map(Document.class::cast).filter(r -> unitId.equals(r.getString("unitId")))
                        .forEach(roles::add);
            }
            @SuppressWarnings("unchecked")
            List<Document> targets = (List<Document>) plan.getOrDefault("targets", List.of());
            rows.add(new RoleMatrixRow(plan.getString("nip"), plan.getString("unitId"), roles, targets));
        }
        return new RoleMatrix(unitId, year, agreement(unitId, year).orElse(null), rows);
    }

    /** PERF-03 results waiting for review at a level of {@code unitId} (or of any unit of the agency), oldest first. */
    public List<Document> pendingReviews(String agencyId, String unitId) {
        Criteria c = where("status").is("IN_REVIEW").and("agencyId").is(agencyId);
        if (unitId != null) {
            c = c.and("currentUnitId").is(unitId);
        }
        LocalDate today = LocalDate.now(clock);
        List<Document> pending = mongo.find(Query.query(c).with(Sort.by("pendingSince", "_id")), Document.class,
                PerformanceProjection.WORK_RESULTS);
        pending.forEach(d -> d.put("ageDays", ChronoUnit.DAYS.between(LocalDate.parse(d.getString("pendingSince")),
                today)));
        return pending;
    }

    public Optional<Document> workResult(String workResultId) {
        return Optional.ofNullable(mongo.findById(workResultId, Document.class, PerformanceProjection.WORK_RESULTS));
    }

    public Optional<Document> evaluation(String unitId, int year, String period) {
        return Optional.ofNullable(mongo.findById(PerformanceIds.evaluationId(unitId, year, period), Document.class,
                PerformanceProjection.EVALUATIONS));
    }

    /** The results of an evaluation, by NIP. */
    public static List<Document> results(Document evaluation) {
        return evaluation.get("results") instanceof Document map
                ? map.values().stream().map(Document.class::cast).toList() : List.of();
    }

    public Optional<Distribution> distribution(String unitId, int year, String period) {
        return evaluation(unitId, year, period).map(this::distributionOf);
    }

    /** Current predikat (after objections) against the limits of the rule set the unit was finalised under. */
    private Distribution distributionOf(Document evaluation) {
        Map<Predikat, Integer> counts = new EnumMap<>(Predikat.class);
        for (Document r : results(evaluation)) {
            counts.merge(Predikat.valueOf(r.getString("predikat")), 1, Integer::sum);
        }
        PerfRuleSet rules = Optional.ofNullable(evaluation.get("basis", Document.class))
                .flatMap(b -> ruleSets.version(b.getInteger("ruleSetVersion")))
                .orElseGet(() -> ruleSets.inForce(LocalDate.now(clock)));
        String rating = evaluation.getString("organisationRating");
        List<DistributionCheck.Finding> limits = rating == null ? List.of()
                : DistributionCheck.check(OrganisationRating.valueOf(rating), counts, rules.distribution());
        int employees = counts.values().stream().mapToInt(Integer::intValue).sum();
        return new Distribution(evaluation.getString("unitId"), evaluation.getInteger("year"),
                evaluation.getString("period"), rating, Boolean.TRUE.equals(evaluation.getBoolean("finalised")),
                employees, counts, limits,
                limits.stream().filter(f -> !f.holds()).map(DistributionCheck.Finding::text).toList(), rules.ref());
    }

    /** The predikat distribution of every unit of an agency for a period, with totals. */
    public AgencyDistribution agencyDistribution(String agencyId, int year, String period) {
        Query q = Query.query(where("agencyId").is(agencyId).and("year").is(year).and("period").is(period))
                .with(Sort.by("unitId"));
        List<Distribution> units = mongo.find(q, Document.class, PerformanceProjection.EVALUATIONS).stream()
                .map(this::distributionOf).toList();
        Map<Predikat, Integer> totals = new EnumMap<>(Predikat.class);
        units.forEach(u -> u.counts().forEach((p, n) -> totals.merge(p, n, Integer::sum)));
        return new AgencyDistribution(agencyId, year, period, units.size(),
                units.stream().mapToInt(Distribution::employees).sum(), totals,
                (int) units.stream().filter(u -> !u.violations().isEmpty()).count(), units);
    }

    /** CSV of a unit's results for a period: one line per employee. */
    public String csv(Document evaluation) {
        StringBuilder csv = new StringBuilder("unitId,year,period,nip,workResultRating,behaviourRating,predikat,"
                + "status,appraiserNip,ratedOn,finalisedOn,objection,objectionDecision\n");
        List<Document> rows = new ArrayList<>(results(evaluation));
        rows.sort(java.util.Comparator.comparing(d -> d.getString("nip")));
        for (Document r : rows) {
            Document objection = r.get("objection", Document.class);
            csv.append(String.join(",", List.of(evaluation.getString("unitId"),
                    String.valueOf(evaluation.getInteger("year")), evaluation.getString("period"), r.getString("nip"),
                    r.getString("workResultRating"), r.getString("behaviourRating"), r.getString("predikat"),
                    r.getString("status"), nz(r.getString("appraiserNip")), nz(r.getString("ratedOn")),
                    nz(r.getString("finalisedOn")), objection == null ? "" : objection.getString("status"),
                    objection == null ? "" : nz(objection.getString("decision"))).stream()
                    .map(PerformanceQueries::cell).toList())).append('\n');
        }
        return csv.toString();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static String cell(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }
}
