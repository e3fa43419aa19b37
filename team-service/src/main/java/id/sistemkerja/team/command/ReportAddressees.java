package id.sistemkerja.team.command;

import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.Official;
import id.sistemkerja.regulation.profile.ReportRecipients;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * RPT-02: to whom a team report goes — the officials the profile names for the reporter's role, as the people they are
 * on the day: the team lead, the assigner (Serang: the pemberi tugas), the owning unit's officials. An office whose
 * holder the org replica does not know yet is a retryable 409.
 */
final class ReportAddressees {

    private ReportAddressees() {
    }

    static List<String> of(Decision<ReportRecipients> recipients, TeamOfficials officials, UnitFacts owningUnit,
                           String teamId, String leadNip, Supplier<String> assigner, LocalDate on) {
        List<String> nips = new ArrayList<>();
        for (Official official : recipients.outcome().anyOf()) {
            if (official == Official.TEAM_LEAD) {
                if (leadNip == null) {
                    throw recipients.refusal("teamId", "a member reports to the team lead (ketua tim); team " + teamId
                            + " has none yet");
                }
                nips.add(leadNip);
            } else if (official == Official.ASSIGNER) {
                nips.add(assigner.get());
            } else {
                officials.requireNipOf(official, owningUnit, on).ifPresent(nips::add);
            }
        }
        return nips.stream().distinct().toList();
    }
}
