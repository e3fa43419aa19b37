package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.command.TeamDirectory.KnownTeam;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** M4, TEAM-07, TEAM-12: which work team a TEAM assignment may name, as a plain policy. */
class TeamOrdersPolicyTest {

    private static final RegulationProfile SERANG = AssignmentWorld.PROFILES.get(new ProfileRef("serang-2023", 2));
    private static final UnitLocation OWNING = new UnitLocation("kota-serang", "kota-serang.dinkes",
            "kota-serang.dinkes.yankes");
    private static final LocalDate ON = LocalDate.of(2026, 3, 2);

    private static TeamDirectory with(String owningUnitId, AssignmentScope scope, TeamDirectory.Status status,
                                      LocalDate endedFrom) {
        return id -> Optional.of(new KnownTeam(id, "kota-serang", owningUnitId, scope, status,
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), endedFrom));
    }

    private static ProblemKind refusal(TeamDirectory teams, AssignmentScope orderScope) {
        try {
            TeamOrders.check(teams, AssignmentForm.TEAM, "team-1", OWNING, orderScope, ON, SERANG);
            return null;
        } catch (ProblemException p) {
            return p.kind();
        }
    }

    @Test
    @DisplayName("M4 a TEAM order names an established team of its own unit, decreed for its scope")
    void ownTeam() {
        assertThatCode(() -> TeamOrders.check(with(OWNING.unitId(), AssignmentScope.CROSS_UNIT,
                TeamDirectory.Status.ESTABLISHED, null), AssignmentForm.TEAM, "team-1", OWNING,
                AssignmentScope.CROSS_UNIT, ON, SERANG)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("M4 a team not in the replica yet is a fact not yet known (retryable 409), never a refusal")
    void notYetKnown() {
        assertThat(refusal(id -> Optional.empty(), AssignmentScope.WITHIN_UNIT))
                .isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN);
    }

    @Test
    @DisplayName("ASG-03 M4 another unit's team is refused")
    void anotherUnitsTeam() {
        assertThatThrownBy(() -> TeamOrders.check(with("kota-serang.dinkes.p2p", AssignmentScope.WITHIN_UNIT,
                TeamDirectory.Status.ESTABLISHED, null), AssignmentForm.TEAM, "team-1", OWNING,
                AssignmentScope.WITHIN_UNIT, ON, SERANG))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.violations().get(0).ruleId())
                        .isEqualTo("ASG-03"));
    }

    @Test
    @DisplayName("TEAM-12 nobody is assigned to a team from the day it ended")
    void endedTeam() {
        assertThatThrownBy(() -> TeamOrders.check(with(OWNING.unitId(), AssignmentScope.WITHIN_UNIT,
                TeamDirectory.Status.ENDED, ON), AssignmentForm.TEAM, "team-1", OWNING, AssignmentScope.WITHIN_UNIT,
                ON, SERANG))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.violations().get(0).ruleId())
                        .isEqualTo("TEAM-12"));
    }

    @Test
    @DisplayName("TEAM-07 Serang: a team decreed within the unit takes no member from another unit; the refusal cites the agency's article (SRG23 Pasal 13)")
    void widerThanTheDecree() {
        assertThatThrownBy(() -> TeamOrders.check(with(OWNING.unitId(), AssignmentScope.WITHIN_UNIT,
                TeamDirectory.Status.ESTABLISHED, null), AssignmentForm.TEAM, "team-1", OWNING,
                AssignmentScope.CROSS_UNIT, ON, SERANG))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.violations().get(0).ruleId()).isEqualTo("TEAM-07");
                    assertThat(p.violations().get(0).article()).startsWith("Perwal Serang 23/2023 Pasal 13");
                });
    }

    @Test
    @DisplayName("an INDIVIDUAL assignment names no team to check")
    void individual() {
        assertThatCode(() -> TeamOrders.check(id -> Optional.empty(), AssignmentForm.INDIVIDUAL, null, OWNING,
                AssignmentScope.WITHIN_UNIT, ON, SERANG)).doesNotThrowAnyException();
    }
}
