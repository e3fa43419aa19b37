package id.sistemkerja.org.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.MutableClock;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SiKerjaServiceTest
class ProfileApiTest {

    /** Today is 1 June 2024 (Asia/Jakarta) unless a test moves the clock. */
    static final MutableClock CLOCK = MutableClock.jakarta(Instant.parse("2024-06-01T03:00:00Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MutableClock testClock() {
            return CLOCK;
        }
    }

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    AgencyProfiles agencyProfiles;

    private static final Map<String, Object> PELAKSANA_D3_KJ7_IIIA = Map.of("positionKind", "PELAKSANA",
            "jobClass", 7, "education", "D3", "rank", "III_A", "competentInField", true, "lastYearPredikat", "BAIK",
            "experienceInField", true);

    private String token(String agency, String... roles) {
        return "Bearer " + TestTokens.token("197801012005011001", agency, roles);
    }

    private WebTestClient.ResponseSpec post(String uri, String agency, Object body) {
        return web.post().uri(uri).header("Authorization", token(agency, "AGENCY_ADMIN"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private JsonNode json(WebTestClient.ResponseSpec response) {
        try {
            return objectMapper.readTree(response.expectBody().returnResult().getResponseBody());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    @DisplayName("GET /api/v1/profiles lists every profile version; GET /api/v1/profiles/{id} shows each rule with its citation")
    void readProfiles() {
        JsonNode list = json(web.get().uri("/api/v1/profiles").header("Authorization", token("kota-bandung", "EMPLOYEE"))
                .exchange().expectStatus().isOk());
        assertThat(list.findValuesAsText("id")).contains("national-7-2022", "bandung-2023", "bekasi-2023",
                "serang-2023", "cilegon-2023");

        JsonNode serang = json(web.get().uri("/api/v1/profiles/serang-2023?version=1")
                .header("Authorization", token("kota-serang", "EMPLOYEE")).exchange().expectStatus().isOk());
        assertThat(serang.get("regulation").get("shortName").asText()).isEqualTo("Perwal Serang 23/2023");
        JsonNode team05 = null;
        for (JsonNode rule : serang.get("rules")) {
            if (rule.get("ruleId").asText().equals("TEAM-05")) {
                team05 = rule;
            }
        }
        assertThat(team05).isNotNull();
        assertThat(team05.get("citation").get("text").asText()).isEqualTo("Perwal Serang 23/2023 Pasal 8(4) huruf a");
        assertThat(team05.get("summary").asText()).contains("III/b");
        assertThat(team05.get("data").get("criteria").get(1).get("citation").get("regulation").asText())
                .isEqualTo("Perwal Serang 23/2023");
        assertThat(serang.get("rules")).hasSize(18);

        web.get().uri("/api/v1/profiles/atlantis-2099").header("Authorization", token("kota-serang", "EMPLOYEE"))
                .exchange().expectStatus().isNotFound();
    }

    @Test
    @DisplayName("TEAM-05 check: the same Pelaksana (D3, kelas jabatan 7, III/a) is eligible in Bandung and not in Serang, with failed criteria and articles")
    void teamLeadCheck() {
        JsonNode bandung = json(post("/api/v1/profiles/bandung-2023/checks/team-lead-eligibility?version=1",
                "kota-bandung", PELAKSANA_D3_KJ7_IIIA).expectStatus().isOk());
        assertThat(bandung.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(bandung.get("basis").get("ruleIds").get(0).asText()).isEqualTo("TEAM-05");

        JsonNode serang = json(post("/api/v1/profiles/serang-2023/checks/team-lead-eligibility", "kota-serang",
                PELAKSANA_D3_KJ7_IIIA).expectStatus().isOk());
        assertThat(serang.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(serang.get("basis").get("profileId").asText()).isEqualTo("serang-2023");
        assertThat(serang.get("failures").findValuesAsText("criterion")).containsExactly("MIN_EDUCATION", "MIN_RANK");
        assertThat(serang.get("failures").findValuesAsText("article")).containsExactly(
                "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 1", "Perwal Serang 23/2023 Pasal 8(4) huruf a angka 2");

        post("/api/v1/profiles/serang-2023/checks/team-lead-eligibility", "kota-serang", Map.of("jobClass", 7))
                .expectStatus().isBadRequest().expectBody().jsonPath("$.field").isEqualTo("positionKind");
    }

    @Test
    @DisplayName("TEAM-06 check: a coordinator in a unit led by an Administrator is refused in Bandung, citing Pasal 11(2)")
    void coordinatorCheck() {
        Map<String, Object> candidate = Map.of("positionKind", "FUNGSIONAL", "functionalLevel", "AHLI_MUDA",
                "education", "S1", "competentInField", true, "lastYearPredikat", "BAIK");
        JsonNode inJptUnit = json(post("/api/v1/profiles/bandung-2023/checks/coordinator-eligibility", "kota-bandung",
                Map.of("candidate", candidate, "unit", Map.of("headKind", "JPT_PRATAMA"))).expectStatus().isOk());
        assertThat(inJptUnit.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(inJptUnit.get("outcome").get("appointedBy").get(0).asText()).isEqualTo("UNIT_HEAD");

        JsonNode inAdministratorUnit = json(post("/api/v1/profiles/bandung-2023/checks/coordinator-eligibility",
                "kota-bandung", Map.of("candidate", candidate, "unit", Map.of("headKind", "ADMINISTRATOR")))
                .expectStatus().isOk());
        assertThat(inAdministratorUnit.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(inAdministratorUnit.get("failures").get(0).get("article").asText())
                .isEqualTo("Perwal Bandung 6/2023 Pasal 11(2)");
    }

    @Test
    @DisplayName("ASG-05 / ASG-12 checks: Sekda issues cross-department individual orders in Bandung; voluntary applications across departments are refused there")
    void assignmentChecks() {
        JsonNode issuer = json(web.get().uri("/api/v1/profiles/bandung-2023/checks/order-issuer?scope=CROSS_DEPARTMENT"
                        + "&form=INDIVIDUAL").header("Authorization", token("kota-bandung", "EMPLOYEE")).exchange()
                .expectStatus().isOk());
        assertThat(issuer.get("outcome").get("anyOf").get(0).asText()).isEqualTo("REGIONAL_SECRETARY");
        assertThat(issuer.get("citations").get(0).get("text").asText())
                .isEqualTo("Perwal Bandung 6/2023 Pasal 8(4) huruf b");

        JsonNode voluntary = json(web.get().uri("/api/v1/profiles/bandung-2023/checks/voluntary-application-target"
                + "?scope=CROSS_DEPARTMENT").header("Authorization", token("kota-bandung", "EMPLOYEE")).exchange()
                .expectStatus().isOk());
        assertThat(voluntary.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(voluntary.get("failures").get(0).get("ruleId").asText()).isEqualTo("ASG-12");
    }

    @Test
    @DisplayName("REG-01 Bandung: a binding effective before the regulation is in force (16 February 2023, the day of "
            + "promulgation) is refused 422 naming Perwal Bandung 6/2023 Pasal 23, nothing stored; from 1 April 2023 "
            + "it is bound")
    void bindingNotBeforeInForce() {
        String agency = "kota-" + UUID.randomUUID().toString().substring(0, 8);
        CLOCK.set(Instant.parse("2024-06-01T03:00:00Z"));
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", "bandung-2023",
                "profileVersion", 2, "effectiveFrom", "2023-02-16", "legalBasis", "Perwal Bandung 6/2023"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("REG-01")
                .jsonPath("$.article").isEqualTo("Perwal Bandung 6/2023 Pasal 23")
                .jsonPath("$.violations[0].field").isEqualTo("effectiveFrom");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, "profile-binding:" + agency)).isZero();
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", "bandung-2023",
                "profileVersion", 2, "effectiveFrom", "2023-04-01", "legalBasis", "Perwal Bandung 6/2023"))
                .expectStatus().isCreated();
        JsonNode profile = json(web.get().uri("/api/v1/profiles/bandung-2023?version=2")
                .header("Authorization", token(agency, "AUDITOR")).exchange().expectStatus().isOk());
        assertThat(profile.get("regulation").get("inForce").get("from").asText()).isEqualTo("2023-04-01");
    }

    @Test
    @DisplayName("rebinding an agency to a new profile version changes decisions from the effective date only; earlier events keep their version")
    void rebindingChangesDecisionsFromItsDateOnly() throws Exception {
        String agency = "kota-" + UUID.randomUUID().toString().substring(0, 8);
        CLOCK.set(Instant.parse("2024-06-01T03:00:00Z"));

        // no binding yet: decisions wait (retryable), never run under a guessed profile
        post("/api/v1/agencies/" + agency + "/profile-checks/team-lead-eligibility?on=2024-06-01", agency,
                Map.of("positionKind", "PELAKSANA")).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");

        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", "bandung-2023",
                "profileVersion", 1, "effectiveFrom", "2023-04-01", "legalBasis", "Perwal Bandung 6/2023"))
                .expectStatus().isCreated();
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", "bandung-2023",
                "profileVersion", 99, "effectiveFrom", "2025-01-01")).expectStatus().isCreated();
        // retroactive rebinding is refused and stores nothing
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", "national-7-2022",
                "profileVersion", 1, "effectiveFrom", "2024-03-01")).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("effectiveFrom");
        // another agency's admin may not bind it
        web.post().uri("/api/v1/agencies/" + agency + "/profile-bindings")
                .header("Authorization", token("kota-bekasi", "AGENCY_ADMIN")).contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("profileId", "bekasi-2023", "profileVersion", 1, "effectiveFrom", "2026-01-01"))
                .exchange().expectStatus().isForbidden();

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(json(web.get()
                .uri("/api/v1/agencies/" + agency + "/profile-bindings").header("Authorization", token(agency, "AUDITOR"))
                .exchange().expectStatus().isOk()).findValuesAsText("profileVersion")).containsExactly("1", "99"));

        // a Pelaksana with kelas jabatan 6: eligible under version 1 (min 6), not under the amended test version 99 (min 7)
        Map<String, Object> kelas6 = Map.of("positionKind", "PELAKSANA", "jobClass", 6, "education", "D3",
                "competentInField", true, "lastYearPredikat", "BAIK");
        JsonNode before = json(post("/api/v1/agencies/" + agency + "/profile-checks/team-lead-eligibility?on=2024-12-31",
                agency, kelas6).expectStatus().isOk());
        assertThat(before.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(before.get("basis").get("version").asInt()).isEqualTo(1);
        JsonNode after = json(post("/api/v1/agencies/" + agency + "/profile-checks/team-lead-eligibility?on=2025-01-01",
                agency, kelas6).expectStatus().isOk());
        assertThat(after.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(after.get("basis").get("version").asInt()).isEqualTo(99);
        assertThat(after.get("failures").get(0).get("criterion").asText()).isEqualTo("MIN_JOB_CLASS");

        // the platform look-up by date, as every service uses it
        assertThat(agencyProfiles.inForce(agency, LocalDate.of(2024, 12, 31)).ref())
                .isEqualTo(new ProfileRef("bandung-2023", 1));
        assertThat(agencyProfiles.inForce(agency, LocalDate.of(2025, 1, 1)).ref())
                .isEqualTo(new ProfileRef("bandung-2023", 99));
        web.get().uri("/api/v1/agencies/" + agency + "/profile-bindings/in-force?on=2023-03-31")
                .header("Authorization", token(agency, "AUDITOR")).exchange().expectStatus().isNotFound();

        // the events are immutable records: the first still says version 1 from 2023-04-01
        List<String> payloads = jdbc.queryForList("SELECT payload FROM domainevententry WHERE aggregateidentifier = ? "
                + "ORDER BY sequencenumber", String.class, "profile-binding:" + agency);
        assertThat(payloads).hasSize(2);
        assertThat(objectMapper.readTree(payloads.get(0)).get("profileVersion").asInt()).isEqualTo(1);
        assertThat(objectMapper.readTree(payloads.get(0)).get("effectiveFrom").asText()).isEqualTo("2023-04-01");
        assertThat(objectMapper.readTree(payloads.get(1)).get("previousProfileVersion").asInt()).isEqualTo(1);

        // every service learns both bindings from Kafka (org.AgencyProfileBound)
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.ORG_EVENTS,
                rs -> rs.stream().filter(r -> ("profile-binding:" + agency).equals(r.key())).count() >= 2,
                Duration.ofSeconds(30));
        List<JsonNode> published = records.stream().filter(r -> ("profile-binding:" + agency).equals(r.key()))
                .map(r -> {
                    assertThat(new String(r.headers().lastHeader(EventHeaders.EVENT_TYPE).value(),
                            StandardCharsets.UTF_8)).isEqualTo("org.AgencyProfileBound");
                    try {
                        return objectMapper.readTree(r.value()).get("payload");
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }).toList();
        assertThat(published).extracting(p -> p.get("profileId").asText() + "@" + p.get("profileVersion").asInt()
                + " from " + p.get("effectiveFrom").asText())
                .containsExactly("bandung-2023@1 from 2023-04-01", "bandung-2023@99 from 2025-01-01");
    }
}
