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

    // ------------------------------------------------------------------ added for TEAM-02 (Bekasi) and 12.11
    // These only combine the lookups above; when the shared officials resolver replaces them, these follow.

    /**
     * The first of {@code anyOf} the actor holds on {@code date}; {@link Official#APPRAISER} is the appraiser (Pejabat
     * Penilai Kinerja) of {@code employeeNip} that day (BKS23 Pasal 9(3): the lead is appointed by the candidate's
     * appraiser or the unit head), every other official as {@link #holds}.
     */
    Optional<Official> capacityFor(Actor actor, List<Official> anyOf, UnitFacts owningUnit, LocalDate date,
                                   String employeeNip) {
        return anyOf.stream().filter(o -> o == Official.APPRAISER && employeeNip != null
                ? isAppraiserOf(actor, employeeNip, date) : holds(actor, o, owningUnit, date)).findFirst();
    }

    /** Whether the actor is the appraiser of {@code nip} on {@code date} (holder of the position, or the delegate). */
    boolean isAppraiserOf(Actor actor, String nip, LocalDate date) {
        return org.appraiserOf(nip, date).map(a -> actor.subject().equals(a.appraiserNip())).orElse(false);
    }

    /**
     * 12.11: before refusing an actor who holds none of {@code anyOf}, make sure each structural office among them is
     * known on the date; a holder the replica does not know yet is a retryable 409, never a 403.
     */
    void requireKnown(List<Official> anyOf, UnitFacts unit, LocalDate date, String employeeNip) {
        for (Official official : anyOf) {
            if (official == Official.APPRAISER && employeeNip != null) {
                org.appraiserOf(employeeNip, date).orElseThrow(() -> ProblemException.notYetKnown(
                        "Appraiser (Pejabat Penilai Kinerja) of employee", employeeNip + " on " + date));
                continue;
            }
            String unitId = switch (official) {
                case UNIT_HEAD, OWNING_UNIT_HEAD, APPRAISER, ASSIGNER, STRUCTURAL_OFFICIAL_IN_CHARGE -> unit.unitId();
                case LEVEL_ONE, OWNING_LEVEL_ONE -> unit.parentUnitId();
                case HEAD_OF_DEPARTMENT -> unit.departmentId();
                default -> null;
            };
            if (unitId != null) {
                headOf(unitId, date);
            }
        }
    }

    /**
     * The NIP a structural official is for {@code unit} on {@code date} ({@link #nipOf}); a 409 when the office exists
     * but the replica does not know its holder yet. Empty for offices that are roles, or that the structure lacks.
     */
    Optional<String> requireNipOf(Official official, UnitFacts unit, LocalDate date) {
        String unitId = switch (official) {
            case UNIT_HEAD, OWNING_UNIT_HEAD, APPRAISER, STRUCTURAL_OFFICIAL_IN_CHARGE -> unit.unitId();
            case LEVEL_ONE, OWNING_LEVEL_ONE -> unit.parentUnitId();
            case HEAD_OF_DEPARTMENT -> unit.departmentId();
            default -> null;
        };
        return unitId == null ? nipOf(official, unit, date) : Optional.of(headOf(unitId, date));
    }
}
