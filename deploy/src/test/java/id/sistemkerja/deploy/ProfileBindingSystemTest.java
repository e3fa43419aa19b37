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
    @DisplayName("REG-01 a binding made in org-service (not before the regulation is in force: Perwal Bandung 6/2023 Pasal 23) reaches assignment-, team- and performance-service, which resolve the profile in force by date")
    void everyServiceLearnsBindings() {
        String agency = "kota-profil-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");

        ApiClient.Response profile = api.get("/api/v1/profiles/serang-2023", admin);
        assertThat(profile.status()).isEqualTo(200);
        assertThat(profile.json().get("rules")).hasSize(18);

        assertThat(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId",
                "serang-2023", "profileVersion", 1, "effectiveFrom", "2023-05-04")).status()).isEqualTo(201);

        // REG-01: never before the regulation is in force; the refusal names the article and stores nothing
        String bandung = "kota-profil-" + UUID.randomUUID().toString().substring(0, 8);
        String bandungAdmin = api.devToken("197801012005011001", bandung, "AGENCY_ADMIN");
        ApiClient.Response early = api.post("/api/v1/agencies/" + bandung + "/profile-bindings", bandungAdmin,
                Map.of("profileId", "bandung-2023", "profileVersion", 2, "effectiveFrom", "2023-02-16"));
        assertThat(early.status()).isEqualTo(422);
        assertThat(early.json().get("ruleId").asText()).isEqualTo("REG-01");
        assertThat(early.json().get("article").asText()).isEqualTo("Perwal Bandung 6/2023 Pasal 23");
        assertThat(api.post("/api/v1/agencies/" + bandung + "/profile-bindings", bandungAdmin, Map.of("profileId",
                "bandung-2023", "profileVersion", 2, "effectiveFrom", "2023-04-01")).status()).isEqualTo(201);

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
