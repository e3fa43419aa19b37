package id.sistemkerja.team.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.UnitLocation;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;

/**
 * TEAM-07: a team's scope is a fact of the people in it — where each sits relative to the owning unit (ASG-02: within
 * the unit, across units, departments or agencies) — never a declaration. A fact the org replica does not know yet is a
 * retryable 409.
 */
final class TeamScope {

    private TeamScope() {
    }

    /** Where {@code nip} sits relative to {@code owningUnitId} on {@code on}. */
    static AssignmentScope of(OrgDirectory org, TeamOfficials officials, String owningUnitId, String nip,
                              LocalDate on) {
        UnitFacts home = officials.unit(homeUnitOf(org, nip, on));
        UnitFacts owning = officials.unit(owningUnitId);
        return new UnitLocation(home.agencyId(), home.departmentId(), home.unitId())
                .scopeTo(new UnitLocation(owning.agencyId(), owning.departmentId(), owning.unitId()));
    }

    /** The unit {@code nip} belongs to on {@code on} (kedudukan, else the position held). */
    static String homeUnitOf(OrgDirectory org, String nip, LocalDate on) {
        return org.unitOf(nip, on).orElseThrow(() -> ProblemException.notYetKnown(
                "Unit (kedudukan) of employee", nip + " on " + on));
    }

    static String word(AssignmentScope scope) {
        return switch (scope) {
            case CROSS_AGENCY -> "agency (instansi)";
            case CROSS_DEPARTMENT -> "department (perangkat daerah)";
            default -> "unit (unit organisasi)";
        };
    }

    /**
     * The office an official names for a team: unit head, appraiser (of a team: its unit's head) and owning unit head
     * are one office, as are Level I and the owning unit's Level I ({@link TeamOfficials#holds}).
     */
    static Official office(Official official) {
        return switch (official) {
            case UNIT_HEAD, APPRAISER -> Official.OWNING_UNIT_HEAD;
            case LEVEL_ONE -> Official.OWNING_LEVEL_ONE;
            default -> official;
        };
    }
}
