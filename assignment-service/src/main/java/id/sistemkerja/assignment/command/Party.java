package id.sistemkerja.assignment.command;

import id.sistemkerja.regulation.profile.UnitLocation;

import java.time.LocalDate;

/**
 * The case an {@link id.sistemkerja.regulation.profile.Official} is named relative to: the employee concerned (may be
 * null while nobody is named yet), their home unit, the unit that owns the performance target (pemilik kinerja), the
 * day of the act and, for reports, who gave the assignment.
 */
public record Party(String nip, UnitLocation home, UnitLocation owning, LocalDate date, String assignerNip) {

    public static Party of(String nip, UnitLocation home, UnitLocation owning, LocalDate date) {
        return new Party(nip, home, owning, date, null);
    }
}
