package id.sistemkerja.assignment.command;

import id.sistemkerja.assignment.api.AssignmentTerms;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import static id.sistemkerja.assignment.command.AssignmentWorld.terms;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ASG-14: assignments rest on an item of the owning unit's annual work plan where the profile says so. */
class PlanItemsTest {

    private static final RegulationProfile SERANG = AssignmentWorld.PROFILES.get(new ProfileRef("serang-2023", 2));
    private static final RegulationProfile CILEGON = AssignmentWorld.PROFILES.get(new ProfileRef("cilegon-2023", 2));
    private static final String UNIT = "kota-serang.dinkes.yankes";
    private static WorkPlans plans() {
        return planId -> Optional.ofNullable(Map.of(UNIT + "@2026", List.of("i1", "i2")).get(planId));
    }

    private static AssignmentTerms citing(String item) {
        return terms().withPlanItemId(item);
    }

    private static String refusal(AssignmentTerms terms) {
        try {
            PlanItems.check(SERANG.assignmentPlanItem(), UNIT, terms, plans());
            return null;
        } catch (ProblemException p) {
            assertThat(p.violations().get(0).ruleId()).isEqualTo("ASG-14");
            assertThat(p.violations().get(0).article()).isEqualTo("Perwal Serang 23/2023 Pasal 8(1)");
            return p.getMessage();
        }
    }

    @Test
    @DisplayName("ASG-14 Cilegon: assignments rest on no work plan")
    void notRequired() {
        assertThat(PlanItems.check(CILEGON.assignmentPlanItem(), UNIT, terms(), plans())).isFalse();
    }

    @Test
    @DisplayName("ASG-14 Serang: an assignment citing an item in force of the unit's plan for its year rests on the plan (SRG23 Pasal 8(1))")
    void itemInForce() {
        assertThat(PlanItems.check(SERANG.assignmentPlanItem(), UNIT, citing("i2"), plans())).isTrue();
    }

    @Test
    @DisplayName("ASG-14 Serang: an assignment citing no plan item is refused (SRG23 Pasal 8(1))")
    void noItem() {
        assertThat(refusal(terms())).contains("cites an item of the unit's annual work plan for 2026");
    }

    @Test
    @DisplayName("ASG-14 Serang: without a plan for the year the assignment is refused, saying a late plan applies")
    void noPlan() {
        AssignmentTerms t = citing("i1");
        AssignmentTerms nextYear = new AssignmentTerms(t.purpose(), t.competencies(), t.targets(),
                t.otherArrangements(), t.nature(), t.planning(), t.validFrom().plusYears(1),
                t.validUntil().plusYears(1), "i1");
        assertThat(refusal(nextYear)).contains("has no annual work plan for 2027", "late plan applies");
    }

    @Test
    @DisplayName("ASG-14 Serang: an item not in force in the plan is refused, listing the items that are")
    void itemNotInForce() {
        assertThat(refusal(citing("i9"))).contains("item i9 is not in force", "[i1, i2]");
    }
}
