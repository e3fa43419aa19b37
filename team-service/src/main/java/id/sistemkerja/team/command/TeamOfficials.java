package id.sistemkerja.team.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;
import id.sistemkerja.platform.security.Actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Who an official named by a regulation profile is, for a team owned by {@code owningUnit}: structural offices are
 * looked up in the org replica on the date (unit head = holder of the unit's head position), agency-wide offices are
 * the caller's roles. The appraiser (Level II) of a team is the owning unit's head.
 */
final class TeamOfficials {

    private final OrgDirectory org;

    TeamOfficials(OrgDirectory org) {
        this.org = org;
    }

    UnitFacts unit(String unitId) {
        return org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit (unit organisasi)", unitId));
    }

    /** NIP of the head of {@code unitId} on {@code date}; retryable 409 when not known yet. */
    String headOf(String unitId, LocalDate date) {
        return org.headOf(unitId, date).orElseThrow(() -> ProblemException.notYetKnown(
                "Head (Pimpinan Unit Organisasi) of unit", unitId + " on " + date));
    }

    boolean isHeadOf(Actor actor, String unitId, LocalDate date) {
        return unitId != null && org.headOf(unitId, date).map(actor.subject()::equals).orElse(false);
    }

    /** The first of {@code anyOf} the actor holds for the owning unit on {@code date}. */
    Optional<Official> capacity(Actor actor, List<Official> anyOf, UnitFacts owningUnit, LocalDate date) {
        return anyOf.stream().filter(o -> holds(actor, o, owningUnit, date)).findFirst();
    }

    boolean holds(Actor actor, Official official, UnitFacts unit, LocalDate date) {
        return switch (official) {
            case UNIT_HEAD, OWNING_UNIT_HEAD, APPRAISER, ASSIGNER, STRUCTURAL_OFFICIAL_IN_CHARGE ->
                    isHeadOf(actor, unit.unitId(), date);
            case LEVEL_ONE, OWNING_LEVEL_ONE -> isHeadOf(actor, unit.parentUnitId(), date);
            case HEAD_OF_DEPARTMENT -> isHeadOf(actor, unit.departmentId(), date);
            case REGIONAL_SECRETARY -> actor.hasRole(Roles.REGIONAL_SECRETARY);
            case STAFFING_AUTHORITY, MAYOR -> actor.hasRole(Roles.STAFFING_AUTHORITY);
            case AUTHORIZED_OFFICIAL -> actor.hasRole(Roles.AUTHORIZED_OFFICIAL);
            case VERIFICATION_BOARD -> actor.hasRole(Roles.VERIFICATION_BOARD);
            case TEAM_LEAD -> false; // the team itself knows its lead
        };
    }

    /** The NIP an official is for the owning unit on {@code date}, when the office is a structural position. */
    Optional<String> nipOf(Official official, UnitFacts unit, LocalDate date) {
        return switch (official) {
            case UNIT_HEAD, OWNING_UNIT_HEAD, APPRAISER, STRUCTURAL_OFFICIAL_IN_CHARGE ->
                    org.headOf(unit.unitId(), date);
            case LEVEL_ONE, OWNING_LEVEL_ONE -> unit.parentUnitId() == null ? Optional.empty()
                    : org.headOf(unit.parentUnitId(), date);
            case HEAD_OF_DEPARTMENT -> org.headOf(unit.departmentId(), date);
            default -> Optional.empty();
        };
    }

    static String who(List<Official> anyOf) {
        return anyOf.stream().map(Official::label).collect(Collectors.joining(" or "));
    }
}
