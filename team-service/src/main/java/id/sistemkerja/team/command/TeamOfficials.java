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

    private static OfficialCase teamCase(UnitLocation owningUnit, LocalDate date) {
        return OfficialCase.forUnit(owningUnit, date);
    }

    private static UnitLocation location(UnitFacts unit) {
        return new UnitLocation(unit.agencyId(), unit.departmentId(), unit.unitId());
    }
}
