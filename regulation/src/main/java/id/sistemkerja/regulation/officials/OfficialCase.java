package id.sistemkerja.regulation.officials;

import id.sistemkerja.regulation.profile.UnitLocation;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The case an {@link id.sistemkerja.regulation.profile.Official} is named relative to (see {@link OfficialResolver}):
 * the employee concerned (null while nobody is named yet), the unit where they sit ({@code home}), the unit that owns
 * the performance target ({@code owning}, pemilik kinerja; the target of a voluntary application), the day of the act
 * and, where the case has them, who gave the assignment (pemberi tugas) and who leads the team (ketua tim).
 * Within one unit, and for a team or a unit's own plan, {@code home} and {@code owning} are the same unit.
 *
 * @param assignerNip the official who gave the assignment (RPT-01 Serang: ASSIGNER); null when the case has none
 * @param teamLeadNip the team's lead (TEAM_LEAD); null when the case has none
 */
public record OfficialCase(String employeeNip, UnitLocation home, UnitLocation owning, LocalDate date,
                           String assignerNip, String teamLeadNip) {

    public OfficialCase {
        Objects.requireNonNull(home, "home");
        Objects.requireNonNull(owning, "owning");
        Objects.requireNonNull(date, "date");
    }

    /** An employee (or nobody yet) sitting in {@code home}, working for {@code owning}, on {@code date}. */
    public static OfficialCase of(String employeeNip, UnitLocation home, UnitLocation owning, LocalDate date) {
        return new OfficialCase(employeeNip, home, owning, date, null, null);
    }

    /** A unit's own matter (a team it owns, its plan): no employee named, home and owning unit the same. */
    public static OfficialCase forUnit(UnitLocation unit, LocalDate date) {
        return new OfficialCase(null, unit, unit, date, null, null);
    }

    public OfficialCase withAssigner(String nip) {
        return new OfficialCase(employeeNip, home, owning, date, nip, teamLeadNip);
    }

    public OfficialCase withTeamLead(String nip) {
        return new OfficialCase(employeeNip, home, owning, date, assignerNip, nip);
    }

    /**
     * The same case seen from the side where the employee sits: the department concerned is the employee's, so
     * {@code HEAD_OF_DEPARTMENT} is the Kepala Perangkat Daerah where the employee sits (BDG23 Pasal 8(3), 9(3): the
     * request is answered by the head of the unit and/or department where the employee is).
     */
    public OfficialCase employeeSide() {
        return new OfficialCase(employeeNip, home, home, date, assignerNip, teamLeadNip);
    }
}
