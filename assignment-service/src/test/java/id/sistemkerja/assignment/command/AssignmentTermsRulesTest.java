package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.contracts.vocabulary.AssignmentForm;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentWorld.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ASG-01, ASG-03, ASG-06: what every assignment states, as a plain policy. */
class AssignmentTermsRulesTest {

    @Test
    @DisplayName("ASG-01 ASG-03 ASG-06 complete terms naming an employee make a complete individual order")
    void complete() {
        assertThatCode(() -> AssignmentTermsRules.requireOrderContents(terms(), List.of("199001012015011001"),
                AssignmentForm.INDIVIDUAL, null, null)).doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ASG-01 an assignment is for a period whose last day is not before its first")
    void period() {
        AssignmentTerms t = terms();
        AssignmentTerms backwards = new AssignmentTerms(t.purpose(), t.competencies(), t.targets(),
                t.otherArrangements(), t.nature(), t.planning(), t.validUntil(), t.validFrom(), null);
        assertThat(AssignmentTermsRules.periodAndKind(backwards, null)).extracting(Violation::ruleId, Violation::field)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("ASG-01", "terms.validUntil"));
    }

    @Test
    @DisplayName("ASG-03 an assignment is routine or incidental, planned or unplanned")
    void kind() {
        AssignmentTerms t = terms();
        AssignmentTerms kindless = new AssignmentTerms(t.purpose(), t.competencies(), t.targets(),
                t.otherArrangements(), null, null, t.validFrom(), t.validUntil(), null);
        assertThat(AssignmentTermsRules.periodAndKind(kindless, null)).extracting(Violation::field)
                .containsExactly("terms.nature", "terms.planning");
    }

    @Test
    @DisplayName("ASG-03 a TEAM assignment names its work team")
    void teamNamesItsTeam() {
        assertThatThrownBy(() -> AssignmentTermsRules.requireForm(AssignmentForm.TEAM, " ", null))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.kind()).isEqualTo(ProblemKind.RULE_VIOLATION);
                    assertThat(p.violations()).extracting(Violation::ruleId, Violation::field).containsExactly(
                            org.assertj.core.groups.Tuple.tuple("ASG-03", "teamId"));
                });
    }

    @Test
    @DisplayName("ASG-03 an INDIVIDUAL assignment names no team")
    void individualNamesNoTeam() {
        assertThatThrownBy(() -> AssignmentTermsRules.requireForm(AssignmentForm.INDIVIDUAL, "team-1", null))
                .isInstanceOfSatisfying(ProblemException.class,
                        p -> assertThat(p.kind()).isEqualTo(ProblemKind.INVALID_INPUT));
    }

    @Test
    @DisplayName("ASG-01 a voluntary application names the work and its target")
    void application() {
        assertThatThrownBy(() -> AssignmentTermsRules.requireApplicationContents(new AssignmentTerms(null, List.of(),
                List.of(), null, terms().nature(), terms().planning(), terms().validFrom(), terms().validUntil(),
                null), null))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.violations())
                        .extracting(Violation::ruleId, Violation::field).containsExactly(
                                org.assertj.core.groups.Tuple.tuple("ASG-01", "terms.purpose"),
                                org.assertj.core.groups.Tuple.tuple("ASG-01", "terms.targets")));
    }
}
