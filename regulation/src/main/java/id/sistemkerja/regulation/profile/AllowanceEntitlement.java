package id.sistemkerja.regulation.profile;

/**
 * Whether a team role carries an additional allowance (tambahan penghasilan, TEAM-09), recorded for payroll systems.
 */
public record AllowanceEntitlement(TeamRole role, boolean entitled) {
}
