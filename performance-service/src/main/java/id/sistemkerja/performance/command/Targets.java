package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.PerformanceIds;
import id.sistemkerja.performance.api.Target;
import id.sistemkerja.performance.api.TargetDraft;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;

import java.util.ArrayList;
import java.util.List;

/** Targets of agreements and plans as recorded: numbered in the order written, each with a description. */
final class Targets {

    private Targets() {
    }

    /**
     * @param supportsOwners for each draft, the owner (agreement or plan) of the superior target it supports, as the
     *                       caller resolved it; null where it supports none
     */
    static List<Target> number(String ownerId, List<TargetDraft> drafts, List<String> supportsOwners) {
        if (drafts == null || drafts.isEmpty()) {
            throw ProblemException.invalid("targets", "at least one target (sasaran kinerja) is required");
        }
        List<Violation> problems = new ArrayList<>();
        List<Target> targets = new ArrayList<>();
        for (int i = 0; i < drafts.size(); i++) {
            TargetDraft draft = drafts.get(i);
            if (draft == null || draft.description() == null || draft.description().isBlank()) {
                problems.add(Violation.ofField("targets[" + i + "].description", "a target needs a description"));
                continue;
            }
            String supports = draft.supportsTargetRef() == null || draft.supportsTargetRef().isBlank() ? null
                    : draft.supportsTargetRef().trim();
            targets.add(new Target(PerformanceIds.targetRef(ownerId, i + 1), i + 1, draft.description().trim(),
                    draft.indicator(), draft.targetValue(), supports, supports == null ? null : supportsOwners.get(i)));
        }
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        return List.copyOf(targets);
    }
}
