package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static id.sistemkerja.assignment.command.AssignmentWorld.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ASG-07: the mandatory elements of an involvement request, as a plain policy. */
class RequestElementsTest {

    private static final RegulationProfile BANDUNG = AssignmentWorld.PROFILES.get(new ProfileRef("bandung-2023", 2));

    @Test
    @DisplayName("ASG-07 a request stating purpose, competencies, target and duration is complete")
    void complete() {
        assertThat(RequestElements.missing(terms(), BANDUNG)).isEmpty();
    }

    @ParameterizedTest(name = "ASG-07 a request without {0} is refused on {1}")
    @CsvSource({
            "its purpose, terms.purpose",
            "the competencies needed, terms.competencies",
            "the expected target, terms.targets",
            "its duration, terms.validFrom"})
    @DisplayName("ASG-07 each missing element is named on its field, citing the agency's own article (BDG23 Pasal 8(3))")
    void eachElement(String element, String field) {
        AssignmentTerms t = terms();
        AssignmentTerms missing = switch (field) {
            case "terms.purpose" -> new AssignmentTerms(null, t.competencies(), t.targets(), t.otherArrangements(),
                    t.nature(), t.planning(), t.validFrom(), t.validUntil(), null);
            case "terms.competencies" -> new AssignmentTerms(t.purpose(), List.of(), t.targets(),
                    t.otherArrangements(), t.nature(), t.planning(), t.validFrom(), t.validUntil(), null);
            case "terms.targets" -> new AssignmentTerms(t.purpose(), t.competencies(), List.of(),
                    t.otherArrangements(), t.nature(), t.planning(), t.validFrom(), t.validUntil(), null);
            default -> new AssignmentTerms(t.purpose(), t.competencies(), t.targets(), t.otherArrangements(),
                    t.nature(), t.planning(), t.validUntil(), t.validFrom(), null);
        };
        assertThat(RequestElements.missing(missing, BANDUNG)).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo(field);
            assertThat(v.ruleId()).isEqualTo("ASG-07");
            assertThat(v.article()).isEqualTo("Perwal Bandung 6/2023 Pasal 8(3), 9(2)");
        });
    }

    @Test
    @DisplayName("ASG-07 while the agency's profile is not known the refusal cites every city's article")
    void withoutAProfile() {
        assertThat(RequestElements.missing(null, null)).extracting(Violation::article).containsOnly(
                AssignmentRule.ASG_07.article());
    }

    @Test
    @DisplayName("ASG-07 an incomplete request is refused as a whole, counting what it misses")
    void refusal() {
        assertThatThrownBy(() -> RequestElements.requireComplete(null, BANDUNG))
                .isInstanceOfSatisfying(ProblemException.class, p -> {
                    assertThat(p.getMessage()).contains("misses 4 mandatory element(s)");
                    assertThat(p.violations()).hasSize(4);
                });
    }
}
