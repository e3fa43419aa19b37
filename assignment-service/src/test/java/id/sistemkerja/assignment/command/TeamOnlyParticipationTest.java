package id.sistemkerja.assignment.command;

import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ASG-13: who takes part only as a team member, as a plain policy. */
class TeamOnlyParticipationTest {

    @ParameterizedTest(name = "ASG-13 a {0} assigned {1}: allowed, ASG-13 applied: {2}")
    @CsvSource({
            "FUNGSIONAL, INDIVIDUAL, false",
            "PELAKSANA, TEAM, false",
            "ADMINISTRATOR, TEAM, true",
            "PENGAWAS, TEAM, true"})
    @DisplayName("ASG-13 JF and Pelaksana take part in any form; Administrators and Pengawas as team members (BKS23 lampiran C.2 angka 1 huruf c))")
    void allowed(PositionKind kind, AssignmentForm form, boolean applied) {
        assertThat(TeamOnlyParticipation.check(kind, form, "nip", null)).isEqualTo(applied);
    }

    @ParameterizedTest(name = "ASG-13 a {0} is not assigned {1}")
    @CsvSource({
            "ADMINISTRATOR, INDIVIDUAL",
            "PENGAWAS, INDIVIDUAL",
            "JPT_PRATAMA, TEAM",
            "JPT_PRATAMA, INDIVIDUAL"})
    @DisplayName("ASG-13 an Administrator or Pengawas is not assigned individually, a JPT Pratama not at all")
    void refused(PositionKind kind, AssignmentForm form) {
        assertThatThrownBy(() -> TeamOnlyParticipation.check(kind, form, "nip", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.violations().get(0).ruleId()).isEqualTo("ASG-13");
                    assertThat(p.violations().get(0).field()).isEqualTo("nip");
                });
    }
}
