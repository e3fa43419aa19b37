package id.sistemkerja.performance.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.performance.command.OrgLevels;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Who reads which performance record (H5, API1/API3), decided per object on the org replica, like assignment-service's
 * reader model: personal performance data (UU PDP 27/2022, PP 30/2019) is not open to every token of the agency.
 * <ul>
 *   <li>An SKP (plan with roles, expectations, evidence, feedback): the employee, their appraiser (or delegate) and
 *   the heads on the review chain of their unit, and the agency's overseers (PPK, PyB, Sekda, BKPSDM administrators,
 *   Inspektorat). The lead or assigning official of a recorded work role reads the plan reduced to their part: the
 *   targets, their own roles and the feedback they gave (API3).</li>
 *   <li>A work result: the employee, who submitted it, the heads on its review chain, the employee's appraiser, and
 *   overseers. Pending reviews list only what the caller may read.</li>
 *   <li>A unit's evaluation (every employee's ratings, objections, follow-ups) and distribution: the heads on the
 *   unit's review chain and overseers; the results CSV also the agency's payroll client.</li>
 *   <li>The role matrix: the heads on the unit's review chain, those working in the unit, and overseers. An agency's
 *   distribution: overseers. Agreements (perjanjian kinerja, published documents): the agency.</li>
 * </ul>
 * Refusals are 403 and name no person.
 */
@Component
public class PerformanceReadAccess {

    static final String[] OVERSEERS = {Roles.STAFFING_AUTHORITY, Roles.AUTHORIZED_OFFICIAL, Roles.REGIONAL_SECRETARY,
            Roles.AGENCY_ADMIN, Roles.AUDITOR};

    private final OrgLevels levels;
    private final Clock clock;

    public PerformanceReadAccess(OrgLevels levels, Clock clock) {
        this.levels = levels;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static boolean overseer(Actor actor, String agencyId) {
        return Access.sameAgency(actor, agencyId) && actor.hasAnyRole(OVERSEERS);
    }

    private boolean onChain(Actor actor, String unitId) {
        return unitId != null && levels.chainHeads(unitId, today()).contains(actor.subject());
    }

    private boolean appraiser(Actor actor, String nip) {
        return levels.appraiserOf(nip, today()).map(a -> a.nip().equals(actor.subject())).orElse(false);
    }

    private static ProblemException refused(String what) {
        return ProblemException.forbidden("You may not read " + what + ".", "the employee, their appraiser, the "
                + "heads on the review chain and the agency's PPK, PyB, Sekda, administrators and auditors");
    }

    /** The plan (SKP) as {@code actor} may see it; refused when they may see none of it. */
    public Document plan(Actor actor, Document plan) {
        String agency = plan.getString("agencyId");
        String nip = plan.getString("nip");
        if (Access.sameAgency(actor, agency) && (actor.subject().equals(nip) || overseer(actor, agency)
                || appraiser(actor, nip) || onChain(actor, plan.getString("unitId"))
                || onChain(actor, levels.unitOf(nip, today()).orElse(null)))) {
            return plan;
        }
        List<Document> ownRoles = new ArrayList<>();
        for (Document role : documents(plan.get("roles"))) {
            if (actor.subject().equals(role.getString("leadNip")) || actor.subject().equals(role.getString("assignerNip"))
                    || (Access.sameAgency(actor, agency) && onChain(actor, role.getString("unitId")))) {
                if (Access.sameAgency(actor, agency) || levels.directory().unit(role.getString("unitId"))
                        .map(u -> u.agencyId().equals(actor.agencyId())).orElse(false)) {
                    ownRoles.add(role);
                }
            }
        }
        if (ownRoles.isEmpty()) {
            throw refused("this SKP");
        }
        Document reduced = new Document();
        for (String key : List.of("_id", "planId", "agencyId", "nip", "year", "unitId", "status", "targets")) {
            if (plan.containsKey(key)) {
                reduced.put(key, plan.get(key));
            }
        }
        reduced.put("roles", ownRoles);
        reduced.put("feedback", documents(plan.get("feedback")).stream()
                .filter(f -> actor.subject().equals(f.getString("giverNip"))).toList());
        return reduced;
    }

    /** A work result, or 403. */
    public Document workResult(Actor actor, Document result) {
        if (!mayReadWorkResult(actor, result)) {
            throw refused("this work result");
        }
        return result;
    }

    public boolean mayReadWorkResult(Actor actor, Document result) {
        String agency = result.getString("agencyId");
        if (!Access.sameAgency(actor, agency)) {
            return false;
        }
        String subject = actor.subject();
        if (subject.equals(result.getString("nip")) || subject.equals(result.getString("submittedBy"))
                || overseer(actor, agency) || appraiser(actor, result.getString("nip"))) {
            return true;
        }
        for (Document level : documents(result.get("chain"))) {
            if (levels.headOf(level.getString("unitId"), today()).map(subject::equals).orElse(false)) {
                return true;
            }
        }
        return onChain(actor, result.getString("unitId"));
    }

    /** A unit's evaluation or distribution: the heads on its review chain and overseers. */
    public void requireUnitEvaluationReader(Actor actor, String agencyId, String unitId) {
        Access.requireAgency(actor, agencyId);
        if (!overseer(actor, agencyId) && !onChain(actor, unitId)) {
            throw refused("the evaluation of this unit");
        }
    }

    /** The results CSV: as the evaluation, and the agency's payroll client. */
    public void requireResultsReader(Actor actor, String agencyId, String unitId) {
        Access.requireAgency(actor, agencyId);
        if (!actor.hasRole(Roles.PAYROLL_CLIENT)) {
            requireUnitEvaluationReader(actor, agencyId, unitId);
        }
    }

    /** The role matrix: heads on the unit's chain, those working in the unit, overseers. */
    public void requireRoleMatrixReader(Actor actor, String agencyId, String unitId) {
        Access.requireAgency(actor, agencyId);
        if (!overseer(actor, agencyId) && !onChain(actor, unitId)
                && !levels.unitOf(actor.subject(), today()).map(unitId::equals).orElse(false)) {
            throw refused("the role matrix of this unit");
        }
    }

    /** An agency's predikat distribution: overseers only. */
    public void requireAgencyOverseer(Actor actor, String agencyId) {
        Access.requireAgency(actor, agencyId);
        if (!overseer(actor, agencyId)) {
            throw refused("the predikat distribution of the agency");
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Document> documents(Object value) {
        if (value instanceof List<?> list) {
            return list.stream().filter(Objects::nonNull).filter(Document.class::isInstance)
                    .map(Document.class::cast).toList();
        }
        if (value instanceof Document map) {
            return map.values().stream().filter(Document.class::isInstance).map(Document.class::cast).toList();
        }
        return List.of();
    }
}
