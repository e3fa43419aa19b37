package id.sistemkerja.deploy;

import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.ProfileRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Regulation profiles through the gateway, and every service learning an agency's binding from Kafka. */
class ProfileBindingSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    @Test
    @DisplayName("a binding made in org-service reaches assignment-, team- and performance-service, which resolve the profile in force by date")
    void everyServiceLearnsBindings() {
        String agency = "kota-profil-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");

        ApiClient.Response profile = api.get("/api/v1/profiles/serang-2023", admin);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("rules")).hasSize(18);

        assertThat(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId",
                "serang-2023", "profileVersion", 1, "effectiveFrom", "2023-05-04")).status()).isEqualTo(201);

        for (String service : new String[] {"assignment", "team", "performance"}) {
            AgencyProfiles profiles = sut.system().context(service).getBean(AgencyProfiles.class);
            await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).alias(service)
                    .until(() -> profiles.find(agency, LocalDate.of(2024, 1, 1)).isPresent());
            assertThat(profiles.inForce(agency, LocalDate.of(2024, 1, 1)).ref())
                    .isEqualTo(new ProfileRef("serang-2023", 1));
            assertThat(profiles.find(agency, LocalDate.of(2023, 5, 3))).as(service).isEmpty();
        }
    }
}
