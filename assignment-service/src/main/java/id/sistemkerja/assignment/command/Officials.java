package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.ActingOfficial;
import id.sistemkerja.assignment.api.Recipient;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.ActingCapacity;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.officials.OfficialResolver;
import id.sistemkerja.regulation.officials.ResolvedOfficial;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgDirectory;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The officials a regulation profile names, as assignment-service records them: the regulation kernel's
 * {@link OfficialResolver} (one definition of appraiser, unit head, Level I, ... for every service) mapped to this
 * service's {@link Recipient} and {@link ActingOfficial}. A fact not known yet is a retryable 409, never a guess.
 */
@Component
public class Officials {

    private final OrgDirectory org;
    private final OfficialResolver resolver;

    public Officials(OrgDirectory org) {
        this.org = org;
        this.resolver = new OfficialResolver(org);
    }

    public OfficialResolver resolver() {
        return resolver;
    }

    /** Where the unit sits (agency, department, unit). */
    public UnitLocation locationOfUnit(String unitId) {
        return resolver.locationOfUnit(unitId);
    }

    /** Where the employee sits on {@code date}. */
    public UnitLocation locationOf(String nip, LocalDate date) {
        return resolver.locationOf(nip, date);
    }

    public EmployeeFacts employee(String nip) {
        return resolver.employee(nip);
    }

    /** Kind of the position the employee holds on {@code date}; 409 while the appointment is not known yet. */
    public PositionKind positionKind(String nip, LocalDate date) {
        return resolver.positionKind(nip, date);
    }

    /**
     * Short name of the agency as one token for order numbers ({@code Pemkot Bandung} → {@code PemkotBandung}: a
     * document number carries no spaces); the id when the agency has none. An agency the replica does not know yet is
     * a 409: a number is never made up.
     */
    public String agencyShortName(String agencyId) {
        return org.agency(agencyId).map(a -> a.shortName() == null || a.shortName().isBlank() ? agencyId
                : a.shortName().replaceAll("\\s+", "")).orElseThrow(() -> ProblemException.notYetKnown("Agency",
                agencyId));
    }

    /** Who {@code official} is for the case on its date. */
    public Recipient resolve(Official official, OfficialCase c) {
        return recipient(resolver.resolve(official, c));
    }

    public List<Recipient> resolveAll(List<Official> officials, OfficialCase c) {
        return officials.stream().map(o -> resolve(o, c)).toList();
    }

    /**
     * Who {@code official} is, where the act needs to know it (to address a step, to name a drafter): a retryable 409
     * while a fact needed is not in the replica yet, never an act addressed to nobody. A vacancy resolves to nobody.
     */
    public Recipient resolveKnown(Official official, OfficialCase c) {
        ResolvedOfficial who = resolver.resolve(official, c);
        if (!who.known()) {
            throw ProblemException.notYetKnown(who.notYetKnown() + ", needed to know who the " + official.label()
                    + " is,", "on " + c.date());
        }
        return recipient(who);
    }

    public List<Recipient> resolveAllKnown(List<Official> officials, OfficialCase c) {
        return officials.stream().map(o -> resolveKnown(o, c)).toList();
    }

    /**
     * The capacity in which {@code actor} may take the act as any one of {@code anyOf}; otherwise a 403 naming the rule,
     * the article and who may (409 while a fact needed to know it has not arrived).
     */
    public ActingOfficial authorize(Actor actor, List<Official> anyOf, OfficialCase c, String ruleId, String article,
                                    String act) {
        return acting(resolver.authorize(actor, anyOf, c, ruleId, article, act));
    }

    /** The capacity in which {@code actor} is one of {@code anyOf}, if any (for the agency the office belongs to). */
    public Optional<ActingOfficial> actingAs(Actor actor, List<Official> anyOf, OfficialCase c) {
        return resolver.actingAs(actor, anyOf, c).map(Officials::acting);
    }

    /** The officials in words with who they are on the day, as {@code viewer} may see them. */
    public String describe(List<Official> anyOf, OfficialCase c, Actor viewer) {
        return resolver.describe(anyOf, c, viewer);
    }

    private static ActingOfficial acting(ActingCapacity capacity) {
        return new ActingOfficial(capacity.nip(), capacity.official(), capacity.basis());
    }

    private static Recipient recipient(ResolvedOfficial who) {
        return who.byRole() ? Recipient.role(who.official(), who.role(), who.agencyId())
                : Recipient.people(who.official(), who.nips());
    }
}
