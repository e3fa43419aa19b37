package id.sistemkerja.regulation.profile;

/**
 * Outcome of the lead priority check (TEAM-03).
 *
 * @param justificationRequired the appointment must record why no priority candidate was chosen
 */
public record LeadPriority(boolean justificationRequired) {
}
