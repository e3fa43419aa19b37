package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Assignee;
import id.sistemkerja.assignment.api.AssignmentOrderEvents.AssignmentOrderIssuedEvent;
import id.sistemkerja.assignment.api.OrderOrigin;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentMode;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.OrderIssuer;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static id.sistemkerja.assignment.command.AssignmentRule.ASG_04;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_13;
import static id.sistemkerja.assignment.command.AssignmentRule.ASG_14;

/**
 * The issue of an order, a decision across the facts of several records: who may issue it (ASG-05, by the regulation of
 * the agency that decides), whom it assigns (ASG-13 per assignee, where each sits on the day), which team (M4) and
 * which plan item (ASG-14) it names, and its number, taken last through {@link OrderNumbers} — after every check, in
 * the issuing command's transaction, so numbers have neither gaps nor duplicates (ASG-04). {@link AssignmentOrder}
 * applies the event it returns.
 */
@Component
public class OrderIssuance {

    /** Number format: {@code 800.1.11/<sequence>/<agency short name>/<year>} (see README). */
    public static final String NUMBER_PREFIX = "800.1.11";

    private final Officials officials;
    private final AgencyProfiles profiles;
    private final TeamDirectory teams;
    private final WorkPlans plans;
    private final OrderNumbers numbers;
    private final TeamRosters rosters;

    public OrderIssuance(Officials officials, AgencyProfiles profiles, TeamDirectory teams, WorkPlans plans,
                         OrderNumbers numbers, TeamRosters rosters) {
        this.officials = officials;
        this.profiles = profiles;
        this.teams = teams;
        this.plans = plans;
        this.numbers = numbers;
        this.rosters = rosters;
    }

    /** The order {@code d} issued by {@code actor} on {@code today}, numbered, under {@code commonRules}. */
    AssignmentOrderIssuedEvent issue(OrderDraft d, Actor actor, LocalDate today, List<AssignmentRule> commonRules) {
        List<UnitLocation> homes = new ArrayList<>();
        for (String nip : d.nips()) {
            homes.add(officials.locationOf(nip, today));
        }
        // ASG-05: across agencies the regulation of the agency asked (where the target unit head issues) names the
        // issuer, not the requesting agency's
        String decidingAgency = d.scope() == AssignmentScope.CROSS_AGENCY
                && d.origin().kind() == OrderOrigin.Kind.INVOLVEMENT_REQUEST ? homes.get(0).agencyId()
                : d.owning().agencyId();
        RegulationProfile profile = profiles.inForce(decidingAgency, today);
        Decision<OrderIssuer> issuerDecision = profile.orderIssuer(d.scope(), d.form(), d.mode());
        OrderIssuer issuer = issuerDecision.orElseThrow("scope");
        TimeOrder.requireInTimeOrder(today, d.draftedOn(), "the act it rests on, on", profile);
        RegulationProfile owningProfile = decidingAgency.equals(d.owning().agencyId()) ? profile
                : profiles.inForce(d.owning().agencyId(), today);
        TeamOrders.check(teams, d.form(), d.teamId(), d.owning(), d.scope(), today, owningProfile);
        List<Assignee> assignees = new ArrayList<>();
        ActingOfficial acting = null;
        Set<AssignmentRule> rules = new LinkedHashSet<>(List.of(ASG_04));
        rules.addAll(commonRules);
        for (int i = 0; i < d.nips().size(); i++) {
            String nip = d.nips().get(i);
            UnitLocation home = homes.get(i);
            PositionKind kind = officials.positionKind(nip, today);
            if (TeamOnlyParticipation.check(kind, d.form(), "assigneeNips", profile)) {
                rules.add(ASG_13);
            }
            // ASG-05: only the official the profile names for the scope, form and mode issues the order
            acting = officials.authorize(actor, issuer.anyOf(), OfficialCase.of(nip, home, d.owning(), today),
                    issuerDecision.grounds(), "issue this " + d.scope() + " " + d.form() + " assignment order");
            assignees.add(new Assignee(d.orderId() + "-" + (assignees.size() + 1), nip, home, kind));
        }
        requireProposal(d, issuerDecision, acting, actor, homes.get(0), today, profile);
        if (PlanItems.check(owningProfile.assignmentPlanItem(), d.owning().unitId(), d.terms(), plans)) {
            rules.add(ASG_14);
        }
        // the issuing agency numbers the order: the employee's side for home officials, otherwise the owning side
        String agencyId = isHomeSide(acting.capacity()) ? assignees.get(0).home().agencyId() : d.owning().agencyId();
        int year = today.getYear();
        String shortName = officials.agencyShortName(agencyId);
        long sequence = numbers.next(agencyId, year); // last: after every check, in the command's transaction
        String number = NUMBER_PREFIX + "/" + sequence + "/" + shortName + "/" + year;
        return new AssignmentOrderIssuedEvent(d.orderId(), number, sequence, agencyId, today, d.origin(), d.mode(),
                d.scope(), d.form(), d.teamId(), d.owning(), assignees, d.terms(), acting, d.draftedBy(), d.copies(),
                issuerDecision.basis().with(rules.toArray(AssignmentRule[]::new)));
    }

    /** TEAM-12 needs to know which orders gave a team's assignments: recorded with the issue, in its transaction. */
    void recordTeamAssignments(AssignmentOrderIssuedEvent issued) {
        if (issued.form() == AssignmentForm.TEAM) {
            rosters.join(issued.teamId(), issued.orderId());
        }
    }

    /**
     * ASG-05: where the appraiser appoints on the unit head's proposal (usulan), an appointment within the unit rests on
     * one: the issuer is that official (a proposal of their own), or the order was proposed by them (origin PROPOSAL,
     * the proposer recorded as {@code draftedBy}).
     */
    private void requireProposal(OrderDraft d, Decision<OrderIssuer> issuerDecision, ActingOfficial acting,
                                 Actor actor, UnitLocation home, LocalDate today, RegulationProfile profile) {
        Official proposer = issuerDecision.outcome().proposalBy();
        if (proposer == null || d.mode() != AssignmentMode.PENUNJUKAN || d.scope() != AssignmentScope.WITHIN_UNIT
                || d.origin().kind() == OrderOrigin.Kind.PROPOSAL || acting.capacity() == proposer) {
            return;
        }
        OfficialCase c = OfficialCase.of(d.nips().get(0), home, d.owning(), today);
        if (officials.actingAs(actor, List.of(proposer), c).isPresent()) {
            return; // the issuer is also the proposing official
        }
        throw issuerDecision.refusal("proposal", "ASG-05: under " + profile.regulation().shortName() + " the "
                + acting.capacity().label() + " appoints on the proposal (usulan) of the "
                + officials.describe(List.of(proposer), c, actor) + ": it records the proposal first "
                + "(POST /api/v1/assignment-orders/proposals), then the order is issued from it");
    }

    static boolean isHomeSide(Official official) {
        return official == Official.APPRAISER || official == Official.UNIT_HEAD || official == Official.LEVEL_ONE;
    }
}
