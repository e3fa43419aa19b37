package id.sistemkerja.team.command;

import id.sistemkerja.contracts.team.v1.DecreeMember;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;

import java.util.ArrayList;
import java.util.List;

import static id.sistemkerja.team.command.TeamActs.hasText;
import static id.sistemkerja.team.command.TeamRule.TEAM_08;

/**
 * TEAM-08: a team works on specific and measurable targets, and the decree that establishes it (SK pembentukan tim)
 * has a number and states the team's tasks, its targets and its members, each with a clear role. Each gap is named.
 */
final class DecreeContents {

    private DecreeContents() {
    }

    /** A proposal (or its resubmission) states specific and measurable targets. */
    static void requireTargets(List<String> targets) {
        if (targets == null || targets.stream().noneMatch(TeamActs::hasText)) {
            throw TEAM_08.invalid("targets", "a team needs specific and measurable targets (target kinerja yang "
                    + "spesifik dan terukur)");
        }
    }

    /** Every gap of the decree, one violation each. */
    static List<Violation> missing(String decreeNumber, List<String> tasks, List<String> targets,
                                   List<DecreeMember> members) {
        List<Violation> missing = new ArrayList<>();
        if (!hasText(decreeNumber)) {
            missing.add(TEAM_08.violation("decreeNumber", "the decree (SK pembentukan tim) has a number"));
        }
        if (tasks == null || tasks.stream().noneMatch(TeamActs::hasText)) {
            missing.add(TEAM_08.violation("tasks", "the decree states the team's tasks (tugas)"));
        }
        if (targets == null || targets.stream().noneMatch(TeamActs::hasText)) {
            missing.add(TEAM_08.violation("targets", "the decree states specific and measurable targets (target "
                    + "kinerja)"));
        }
        if (members == null || members.isEmpty()) {
            missing.add(TEAM_08.violation("members", "the decree names the members (anggota tim) with their roles"));
        } else {
            for (int i = 0; i < members.size(); i++) {
                DecreeMember member = members.get(i);
                if (member == null || !hasText(member.nip()) || !hasText(member.duty())) {
                    missing.add(TEAM_08.violation("members[" + i + "]", "each member is named (NIP) with a clear "
                            + "role (peran)"));
                }
            }
        }
        return missing;
    }

    /** 422 naming every gap of the decree; nothing is stored. */
    static void requireComplete(String decreeNumber, List<String> tasks, List<String> targets,
                                List<DecreeMember> members) {
        List<Violation> missing = missing(decreeNumber, tasks, targets, members);
        if (!missing.isEmpty()) {
            throw ProblemException.rules("TEAM-08: the establishing decree states tasks, targets and members with "
                    + "clear roles", missing);
        }
    }
}
