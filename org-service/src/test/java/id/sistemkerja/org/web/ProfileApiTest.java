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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
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

    private static final Map<String, Object> JF_AHLI_MUDA_S1 = Map.of("positionKind", "FUNGSIONAL",
            "functionalLevel", "AHLI_MUDA", "education", "S1", "rank", "III_D", "competentInField", true,
            "lastYearPredikat", "BAIK", "experienceInField", true);

    private WebTestClient.ResponseSpec coordinatorCheck(String profile, String agency, Map<String, Object> unit) {
        String[] idAndQuery = profile.split("\\?", 2);
        return post("/api/v1/profiles/" + idAndQuery[0] + "/checks/coordinator-eligibility"
                        + (idAndQuery.length > 1 ? "?" + idAndQuery[1] : ""), agency,
                Map.of("candidate", JF_AHLI_MUDA_S1, "unit", unit));
    }

    @Test
    @DisplayName("TEAM-06 Bandung (v2): the coordinator check takes unit.headIsAppraiser — a JF whose appraiser is the "
            + "JPT unit head (one-level structure) is eligible, one appraised by someone else is refused citing Perwal "
            + "Bandung 6/2023 Pasal 11(2) (lampiran B.2 huruf b)")
    void coordinatorCheckBandungHeadIsAppraiser() {
        JsonNode oneLevel = json(coordinatorCheck("bandung-2023?version=2", "kota-bandung",
                Map.of("headKind", "JPT_PRATAMA", "headIsAppraiser", true)).expectStatus().isOk());
        assertThat(oneLevel.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(oneLevel.get("basis").get("profileId").asText()).isEqualTo("bandung-2023");
        assertThat(oneLevel.get("basis").get("version").asInt()).isEqualTo(2);
        assertThat(oneLevel.get("outcome").get("appointedBy").get(0).asText()).isEqualTo("UNIT_HEAD");

        JsonNode twoLevel = json(coordinatorCheck("bandung-2023?version=2", "kota-bandung",
                Map.of("headKind", "JPT_PRATAMA", "headIsAppraiser", false)).expectStatus().isOk());
        assertThat(twoLevel.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(twoLevel.get("failures").findValuesAsText("criterion")).containsExactly("HEAD_IS_APPRAISER");
        assertThat(twoLevel.get("failures").get(0).get("ruleId").asText()).isEqualTo("TEAM-06");
        assertThat(twoLevel.get("failures").get(0).get("article").asText())
                .isEqualTo("Perwal Bandung 6/2023 Pasal 11(2)");
    }

    @Test
    @DisplayName("TEAM-06 Bandung (v2): a coordinator check without unit.headIsAppraiser is 422 naming the field, rule "
            + "TEAM-06 and Perwal Bandung 6/2023 Pasal 11(2), not a refusal of the candidate; version 1 (every unit led "
            + "by a JPT) does not ask for it")
    void coordinatorCheckBandungAsksForHeadIsAppraiser() {
        coordinatorCheck("bandung-2023?version=2", "kota-bandung", Map.of("headKind", "JPT_PRATAMA"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("TEAM-06")
                .jsonPath("$.article").isEqualTo("Perwal Bandung 6/2023 Pasal 11(2)")
                .jsonPath("$.violations[0].field").isEqualTo("unit.headIsAppraiser");
        // v3 takes v2's TEAM-06 unchanged
        coordinatorCheck("bandung-2023?version=3", "kota-bandung", Map.of("headKind", "JPT_PRATAMA"))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.violations[0].field").isEqualTo("unit.headIsAppraiser");

        JsonNode v1 = json(coordinatorCheck("bandung-2023?version=1", "kota-bandung",
                Map.of("headKind", "JPT_PRATAMA")).expectStatus().isOk());
        assertThat(v1.get("verdict").asText()).isEqualTo("ALLOWED");
    }

    @Test
    @DisplayName("TEAM-06 Serang: a coordinator (JF ahli muda, S1, III/d, experience) is eligible in the department for "
            + "penanaman modal and refused elsewhere citing Perwal Serang 23/2023 Pasal 8(5); unit.headIsAppraiser is "
            + "not asked there (absent is no refusal), and the PPK appoints (Pasal 8(6))")
    void coordinatorCheckSerang() {
        JsonNode investment = json(coordinatorCheck("serang-2023?version=2", "kota-serang",
                Map.of("headKind", "JPT_PRATAMA", "departmentAffairs", List.of("PENANAMAN_MODAL")))
                .expectStatus().isOk());
        assertThat(investment.get("verdict").asText()).isEqualTo("ALLOWED");
        assertThat(investment.get("outcome").get("appointedBy").get(0).asText()).isEqualTo("STAFFING_AUTHORITY");

        JsonNode health = json(coordinatorCheck("serang-2023?version=2", "kota-serang",
                Map.of("headKind", "JPT_PRATAMA", "departmentAffairs", List.of("KESEHATAN"), "headIsAppraiser", true))
                .expectStatus().isOk());
        assertThat(health.get("verdict").asText()).isEqualTo("REFUSED");
        assertThat(health.get("failures").findValuesAsText("criterion")).containsExactly("DEPARTMENT_AFFAIR");
        assertThat(health.get("failures").get(0).get("article").asText()).isEqualTo("Perwal Serang 23/2023 Pasal 8(5)");
    }

    private JsonNode ruleOf(String profileId, int version, String ruleId, String agency) {
        JsonNode profile = json(web.get().uri("/api/v1/profiles/" + profileId + "?version=" + version)
                .header("Authorization", token(agency, "EMPLOYEE")).exchange().expectStatus().isOk());
        for (JsonNode rule : profile.get("rules")) {
            if (rule.get("ruleId").asText().equals(ruleId)) {
                return rule;
            }
        }
        throw new AssertionError(ruleId + " missing from " + profileId + " v" + version);
    }

    /** Each citation of a reading as one line (regulation, article, paragraph), as Citation.text() writes it. */
    private static List<String> texts(JsonNode citations) {
        List<String> texts = new java.util.ArrayList<>();
        for (JsonNode c : citations) {
            String paragraph = c.path("paragraph").asText("");
            texts.add(c.get("regulation").asText() + " " + c.get("article").asText()
                    + (paragraph.isEmpty() ? "" : (paragraph.startsWith("(") ? "" : " ") + paragraph));
        }
        return texts;
    }

    @Test
    @DisplayName("ASG-05 Bandung, Bekasi, Cilegon (v2): the unit head's proposal before the appraiser's order within the "
            + "unit is a reading shown by GET /api/v1/profiles/{id}, with the other reading and its articles (BDG23 "
            + "lampiran B.2 huruf d; BKS23 lampiran C.2 huruf d; CLG23 lampiran B); ASG-08 Bandung records its two routes "
            + "(BDG23 Pasal 8(3), 9(2)-(3), lampiran B.2.a angka 2))")
    void proposalAndInvolvementReadings() {
        Map<String, String> cities = Map.of("bandung-2023", "Perwal Bandung 6/2023 lampiran B.2 huruf d",
                "bekasi-2023", "Perwal Bekasi 37/2023 lampiran C.2 huruf d", "cilegon-2023",
                "Perwal Cilegon 17/2023 lampiran B");
        cities.forEach((profileId, article) -> {
            JsonNode reading = ruleOf(profileId, 2, "ASG-05", "kota-bandung").get("data").get("readings").get(0);
            assertThat(reading.get("taken").asText()).startsWith("A condition");
            assertThat(reading.get("other").asText()).contains("without a recorded proposal");
            assertThat(texts(reading.get("citations"))).contains(article);
        });
        JsonNode asg08 = ruleOf("bandung-2023", 2, "ASG-08", "kota-bandung").get("data").get("readings").get(0);
        assertThat(asg08.get("other").asText()).startsWith("Only the appraiser answers");
        assertThat(texts(asg08.get("citations"))).contains("Perwal Bandung 6/2023 Pasal 8(3)",
                "Perwal Bandung 6/2023 Pasal 9(2)-(3)");
    }

    @Test
    @DisplayName("ASG-05 / ASG-12 checks: Sekda issues cross-department individual orders in Bandung; voluntary applications across departments are refused there under the test set's latest Bandung version (a fixture extending version 1, lampiran B.2 huruf b)")
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

    @ParameterizedTest(name = "REG-01 {0}: a binding from {2}, the day before the regulation is in force, is 422 "
            + "naming {3}; from {1} it is bound")
    @CsvSource(delimiter = '|', value = {
            "Serang|2023-05-04|2023-05-03|Perwal Serang 23/2023 Pasal 22|serang-2023",
            "Cilegon|2023-06-05|2023-06-04|Perwal Cilegon 17/2023 Pasal 16|cilegon-2023"})
    @DisplayName("REG-01 Serang and Cilegon: no binding before the regulation is in force (on promulgation)")
    void bindingNotBeforeInForceSerangCilegon(String city, String inForce, String dayBefore, String article,
                                              String profileId) {
        String agency = "kota-" + UUID.randomUUID().toString().substring(0, 8);
        CLOCK.set(Instant.parse("2024-06-01T03:00:00Z"));
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", profileId,
                "profileVersion", 2, "effectiveFrom", dayBefore, "legalBasis", city))
                .expectStatus().isEqualTo(422)
                .expectBody().jsonPath("$.ruleId").isEqualTo("REG-01")
                .jsonPath("$.article").isEqualTo(article)
                .jsonPath("$.violations[0].field").isEqualTo("effectiveFrom");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                Long.class, "profile-binding:" + agency)).isZero();
        post("/api/v1/agencies/" + agency + "/profile-bindings", agency, Map.of("profileId", profileId,
                "profileVersion", 2, "effectiveFrom", inForce, "legalBasis", city)).expectStatus().isCreated();
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
