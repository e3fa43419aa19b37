package id.sistemkerja.assignment.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ASG-04: acts in time order, as a plain policy. */
class TimeOrderTest {

    private static final RegulationProfile BANDUNG = AssignmentWorld.PROFILES.get(new ProfileRef("bandung-2023", 2));
    private static final LocalDate ISSUED = LocalDate.of(2026, 3, 2);

    @Test
    @DisplayName("ASG-04 an act on the day of the act it rests on, or later, is in time order")
    void sameDayOrLater() {
        assertThatCode(() -> TimeOrder.requireInTimeOrder(ISSUED, ISSUED, "the order, issued", BANDUNG))
                .doesNotThrowAnyException();
        assertThatCode(() -> TimeOrder.requireInTimeOrder(ISSUED.plusDays(1), ISSUED, "the order, issued", BANDUNG))
                .doesNotThrowAnyException();
    }

    @Test
    @DisplayName("ASG-04 Bandung: an act dated before the act it rests on is refused on its date, citing the agency's article (BDG23 Pasal 8(1))")
    void before() {
        assertThatThrownBy(() -> TimeOrder.requireInTimeOrder(ISSUED.minusDays(1), ISSUED, "the order, issued",
                BANDUNG)).isInstanceOfSatisfying(ProblemException.class, p -> {
                    org.assertj.core.api.Assertions.assertThat(p.violations().get(0).field()).isEqualTo("date");
                    org.assertj.core.api.Assertions.assertThat(p.violations().get(0).article())
                            .isEqualTo("Perwal Bandung 6/2023 Pasal 8(1)");
                    org.assertj.core.api.Assertions.assertThat(p.getMessage())
                            .contains("ASG-04: this act would be dated 2026-03-01, before the order, issued 2026-03-02");
                });
    }
}
