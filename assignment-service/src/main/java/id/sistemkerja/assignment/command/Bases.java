package id.sistemkerja.assignment.command;

import id.sistemkerja.regulation.profile.DecisionBasis;

import java.util.ArrayList;
import java.util.List;

/** Adding the common rules a decision applied to the basis the profile gave (AUD-01). */
final class Bases {

    private Bases() {
    }

    static DecisionBasis with(DecisionBasis basis, String... ruleIds) {
        List<String> all = new ArrayList<>(basis.ruleIds());
        all.addAll(List.of(ruleIds));
        return new DecisionBasis(basis.profileId(), basis.version(), all);
    }
}
