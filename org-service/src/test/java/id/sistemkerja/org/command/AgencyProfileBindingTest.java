package id.sistemkerja.org.command;

import id.sistemkerja.org.api.ProfileBindingCommands;
import id.sistemkerja.org.api.ProfileBindingCommands.BindAgencyProfileCommand;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.ProfileLoader;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

class AgencyProfileBindingTest {

    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    private static final String AGENCY = "kota-bandung";
    private static final String ID = ProfileBindingCommands.bindingId(AGENCY);
    private static final Actor ADMIN = new Actor("197801012005011001", "Admin", AGENCY, null, Set.of("AGENCY_ADMIN"));
    private static final LocalDate TODAY = LocalDate.of(2024, 6, 1);

    private AggregateTestFixture<AgencyProfileBinding> fixture;

    @BeforeEach
    void setUp() {
        fixture = new AggregateTestFixture<>(AgencyProfileBinding.class);
        fixture.registerInjectableResource(PROFILES);
    }

    private static BindAgencyProfileCommand bind(String profile, int version, LocalDate from, Actor actor) {
        return new BindAgencyProfileCommand(ID, AGENCY, profile, version, from, TODAY, "Perwal Bandung 6/2023", actor);
    }

    private static AgencyProfileBoundEvent bound() {
        return new AgencyProfileBoundEvent(ID, AGENCY, "national-7-2022", 1, LocalDate.of(2023, 1, 1), null);
    }

    @Test
    @DisplayName("the first binding may take effect on any date the regulation is in force, also in the past")
    void firstBinding() {
        fixture.givenNoPriorActivity()
                .when(bind("bandung-2023", 2, LocalDate.of(2023, 4, 1), ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new AgencyProfileBoundEvent(ID, AGENCY, "bandung-2023", 2, LocalDate.of(2023, 4, 1),
                        "Perwal Bandung 6/2023"));
    }

    @Test
    @DisplayName("REG-01 Bandung: a binding from 16 February 2023 (promulgation) is refused naming Perwal Bandung 6/2023 "
            + "Pasal 23 (in force 1 April 2023), for version 1 too (the date belongs to the regulation), and stores "
            + "nothing")
    void bandungNotBeforeInForce() {
        for (int version : new int[] {1, 2}) {
            fixture.givenNoPriorActivity()
                    .when(bind("bandung-2023", version, LocalDate.of(2023, 2, 16), ADMIN))
                    .expectException(ProblemException.class)
                    .expectExceptionMessage(org.hamcrest.Matchers.startsWith("REG-01: Perwal Bandung 6/2023 is in "
                            + "force from 2023-04-01 (Perwal Bandung 6/2023 Pasal 23)"))
                    .expectNoEvents();
        }
    }

    @Test
    @DisplayName("REG-01 Bekasi: bekasi-2023 is bound from 6 July 2023 at the earliest (Perwal Bekasi 37/2023 Pasal 21), "
            + "the later of its own and its part's (Perwal Bekasi 31/2021 Pasal 13) in-force dates")
    void bekasiNotBeforeInForce() {
        fixture.givenNoPriorActivity()
                .when(bind("bekasi-2023", 2, LocalDate.of(2023, 7, 5), ADMIN))
                .expectException(ProblemException.class)
                .expectExceptionMessage(org.hamcrest.Matchers.containsString("Perwal Bekasi 37/2023 Pasal 21"))
                .expectNoEvents();
        fixture.givenNoPriorActivity()
                .when(bind("bekasi-2023", 2, LocalDate.of(2023, 7, 6), ADMIN))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    @DisplayName("a rebinding from a later date records the version it replaces")
    void rebinding() {
        fixture.given(bound())
                .when(bind("bandung-2023", 1, LocalDate.of(2024, 7, 1), ADMIN))
                .expectEvents(new AgencyProfileReboundEvent(ID, AGENCY, "bandung-2023", 1, LocalDate.of(2024, 7, 1),
                        "national-7-2022", 1, "Perwal Bandung 6/2023"));
    }

    @Test
    @DisplayName("a rebinding may not take effect in the past: decisions already taken keep their version")
    void noRetroactiveRebinding() {
        fixture.given(bound())
                .when(bind("bandung-2023", 1, LocalDate.of(2024, 3, 1), ADMIN))
                .expectException(ProblemException.class)
                .expectExceptionMessage("a rebinding cannot take effect in the past (2024-03-01 is before today, "
                        + "2024-06-01): decisions already taken keep the profile version they were taken under")
                .expectNoEvents();
    }

    @Test
    @DisplayName("a rebinding takes effect after the binding in force, and to another version")
    void rebindingOrder() {
        fixture.given(bound())
                .when(bind("bandung-2023", 1, LocalDate.of(2023, 1, 1), ADMIN))
                .expectException(ProblemException.class).expectNoEvents();
        fixture.given(bound())
                .when(bind("national-7-2022", 1, LocalDate.of(2025, 1, 1), ADMIN))
                .expectException(ProblemException.class)
                .expectExceptionMessage("Agency kota-bandung is bound to national-7-2022@1 since 2023-01-01 already");
    }

    @Test
    @DisplayName("only a loaded profile version can be bound")
    void unknownProfile() {
        fixture.givenNoPriorActivity()
                .when(bind("bandung-2023", 7, LocalDate.of(2023, 4, 1), ADMIN))
                .expectException(ProblemException.class)
                .expectExceptionMessage("regulation profile bandung-2023@7 does not exist; see GET /api/v1/profiles")
                .expectNoEvents();
    }

    @Test
    @DisplayName("only the agency's admin or staffing authority binds its profile")
    void authority() {
        Actor employee = new Actor("199001012015031001", "Pegawai", AGENCY, null, Set.of("EMPLOYEE"));
        Actor otherAgency = new Actor("197801012005011001", "Admin", "kota-bekasi", null, Set.of("AGENCY_ADMIN"));
        fixture.givenNoPriorActivity().when(bind("bandung-2023", 1, TODAY, employee))
                .expectException(ProblemException.class).expectNoEvents();
        fixture.givenNoPriorActivity().when(bind("bandung-2023", 1, TODAY, otherAgency))
                .expectException(ProblemException.class).expectNoEvents();
    }
}
