package id.sistemkerja.team.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.regulation.officials.ActingCapacity;
import id.sistemkerja.regulation.officials.OfficialCase;
import id.sistemkerja.regulation.officials.OfficialResolver;
import id.sistemkerja.regulation.officials.ResolvedOfficial;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who an official named by a regulation profile is, for a team owned by {@code owningUnit}: the regulation kernel's
 * {@link OfficialResolver} (the same answer assignment- and performance-service give), for a case with no employee
 * named, whose home and owning unit are the team's owning unit. So the appraiser and unit head of a team are the
 * owning unit's head, Level I is the head of the top of its review chain (the Kepala Perangkat Daerah; the Sekda in
 * the Sekretariat Daerah), and agency-wide offices are roles of the team's agency. An actor holds an office only for
 * the agency it belongs to.
 */
final class TeamOfficials {

    private final OfficialResolver resolver;

    TeamOfficials(OrgDirectory org) {
        this.resolver = new OfficialResolver(org);
    }

    UnitFacts unit(String unitId) {
        return resolver.unit(unitId);
    }

    /** NIP of the head of {@code unitId} on {@code date}; retryable 409 when not known yet (or vacant). */
    String headOf(String unitId, LocalDate date) {
        ResolvedOfficial head = resolver.resolve(Official.UNIT_HEAD, teamCase(resolver.locationOfUnit(unitId), date));
        if (head.firstNip() == null) {
            throw ProblemException.notYetKnown("Head (Pimpinan Unit Organisasi) of unit", unitId + " on " + date);
        }
        return head.firstNip();
    }

    boolean isHeadOf(Actor actor, String unitId, LocalDate date) {
        return unitId != null && resolver.actingAs(actor, List.of(Official.UNIT_HEAD),
                teamCase(resolver.locationOfUnit(unitId), date)).isPresent();
    }

    /** The first of {@code anyOf} the actor holds for the owning unit on {@code date}. */
    Optional<Official> capacity(Actor actor, List<Official> anyOf, UnitFacts owningUnit, LocalDate date) {
        return resolver.actingAs(actor, anyOf, teamCase(location(owningUnit), date)).map(ActingCapacity::official);
    }

    boolean holds(Actor actor, Official official, UnitFacts unit, LocalDate date) {
        return capacity(actor, List.of(official), unit, date).isPresent();
    }

    /** The NIP an official is for the owning unit on {@code date}, when the office is held by a person. */
    Optional<String> nipOf(Official official, UnitFacts unit, LocalDate date) {
        return Optional.ofNullable(resolver.resolve(official, teamCase(location(unit), date)).firstNip());
    }

    static String who(List<Official> anyOf) {
        return anyOf.stream().map(Official::label).collect(Collectors.joining(" or "));
    }

    // ------------------------------------------------------------------ added for TEAM-02 (Bekasi), RPT-02 and 12.11

    /**
     * The first of {@code anyOf} the actor holds on {@code date} for the team, where {@link Official#APPRAISER} is the
     * appraiser (Pejabat Penilai Kinerja) of {@code employeeNip} that day (BKS23 Pasal 9(3): the lead is appointed by
     * the candidate's appraiser or the unit head); every other official as {@link #capacity}.
     */
    Optional<Official> capacityFor(Actor actor, List<Official> anyOf, UnitFacts owningUnit, LocalDate date,
                                   String employeeNip) {
        return resolver.actingAs(actor, anyOf, candidateCase(owningUnit, date, employeeNip))
                .map(ActingCapacity::official);
    }

    /**
     * 12.11: before refusing an actor who holds none of {@code anyOf}, make sure who they are is known on the date; an
     * office whose holder (or the candidate's placement, for the appraiser) the replica does not know yet is a
     * retryable 409, never a 403.
     */
    void requireKnown(List<Official> anyOf, UnitFacts owningUnit, LocalDate date, String employeeNip) {
        resolver.resolveAll(anyOf, candidateCase(owningUnit, date, employeeNip)).stream()
                .filter(who -> !who.known()).findFirst().ifPresent(who -> {
                    throw ProblemException.notYetKnown(who.notYetKnown() + ", needed to know who the "
                            + who.official().label() + " is,", "on " + date);
                });
    }

    /**
     * The NIP an official is for the team on {@code date} ({@link #nipOf}); a 409 when the replica does not know yet
     * who holds the office. Empty for offices held by role, and for a vacancy.
     */
    Optional<String> requireNipOf(Official official, UnitFacts unit, LocalDate date) {
        ResolvedOfficial who = resolver.resolve(official, teamCase(location(unit), date));
        if (!who.known()) {
            throw ProblemException.notYetKnown(who.notYetKnown() + ", needed to know who the "
                    + official.label() + " is,", "on " + date);
        }
        return Optional.ofNullable(who.firstNip());
    }

    /** The assigner (pemberi tugas, RPT-02 Serang) of a team member whose assignment {@code assignerNip} gave. */
    Optional<String> assignerOf(String assignerNip, UnitFacts unit, LocalDate date) {
        return Optional.ofNullable(resolver.resolve(Official.ASSIGNER, teamCase(location(unit), date)
                .withAssigner(assignerNip)).firstNip());
    }

    private static OfficialCase candidateCase(UnitFacts owningUnit, LocalDate date, String employeeNip) {
        UnitLocation owning = location(owningUnit);
        return new OfficialCase(employeeNip, owning, owning, date, null, null);
    }

    private static OfficialCase teamCase(UnitLocation owningUnit, LocalDate date) {
        return OfficialCase.forUnit(owningUnit, date);
    }

    private static UnitLocation location(UnitFacts unit) {
        return new UnitLocation(unit.agencyId(), unit.departmentId(), unit.unitId());
    }
}
