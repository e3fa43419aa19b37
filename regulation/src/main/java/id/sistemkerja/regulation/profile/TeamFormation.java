package id.sistemkerja.regulation.profile;

/**
 * How a work team is formed (TEAM-04).
 *
 * @param verificationRequired       a verification recommendation is needed before the decree
 * @param proposedBy                 who proposes the team; null when the profile sets no proposal step
 * @param proposedTo                 to whom the proposal goes
 * @param through                    through which body (e.g. the Tim Verifikasi)
 * @param establishedBy              who establishes the team after the recommendation
 * @param beforePerformanceAgreement set before the start-of-year performance agreement
 * @param periodYears                the team's planning period in years; null when not set by the profile
 */
public record TeamFormation(boolean verificationRequired,
                            Official proposedBy,
                            Official proposedTo,
                            Official through,
                            Official establishedBy,
                            boolean beforePerformanceAgreement,
                            Integer periodYears) {
}
