package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanAmended;
import id.sistemkerja.contracts.assignment.v1.UnitWorkPlanSet;
import id.sistemkerja.performance.integration.UnitWorkPlanReplica;
import id.sistemkerja.performance.web.PerfApi.Response;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ASG-14 on the SKP (Serang: Perwal Serang 23/2023 Pasal 8(7)): every SKP target rests on an item of the unit's annual
 * work plan in force, as assignment-service published it ({@code assignment.UnitWorkPlanSet}/{@code Amended}, consumed
 * into performance-service's replica). The events are handed to the subscription's handlers as Kafka would; holding
 * them back shows that a plan not arrived yet is a retryable 409, never a refusal.
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class SerangWorkPlanTest {

    static final int YEAR = 2025;

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    OrgReplica replica;
    @Autowired
    MongoProfileBindings bindings;
    @Autowired
    UnitWorkPlanReplica workPlans;
    @Autowired
    JdbcTemplate jdbc;

    PerfApi api;
    PerfOrg org;

    @BeforeEach
    void setUp() {
        api = new PerfApi(web, objectMapper);
        org = new PerfOrg(replica, bindings, 1, new ProfileRef("serang-2023", 2), LocalDate.of(2023, 5, 4));
        PerfTestClock.today(LocalDate.of(YEAR, 1, 10));
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.dinas,
                "year", YEAR, "targets", List.of(Map.of("description", "Derajat kesehatan")))).status())
                .isEqualTo(201);
        assertThat(api.post(org.kadis, org.agency, "/api/v1/performance/agreements", Map.of("unitId", org.bidang1,
                "year", YEAR, "targets", List.of(Map.of("description", "Cakupan pelayanan", "supportsTargetRef",
                        "pk:" + org.dinas + ":" + YEAR + "#1")))).status()).isEqualTo(201);
    }

    /** Hands an assignment event to the replica's subscription as the Kafka consumer does (JSON as published). */
    @SuppressWarnings("unchecked")
    private <T> void deliver(String type, Class<T> payloadType, String json) throws Exception {
        T event = objectMapper.readValue(json, payloadType);
        var handler = (IntegrationEventSubscription.Handler<T>) workPlans.subscription().handlerFor(type);
        handler.action().accept(event, new IncomingEvent(UUID.randomUUID().toString(), type, 1, Instant.now(),
                "assignment", org.agency, "x", 0, "c", "system", List.of("SYSTEM")));
    }

    private Response draft(String nip, String workPlanItem) {
        Map<String, Object> target = workPlanItem == null
                ? Map.of("description", "Laporan pelayanan", "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR + "#1")
                : Map.of("description", "Laporan pelayanan", "supportsTargetRef", "pk:" + org.bidang1 + ":" + YEAR
                + "#1", "workPlanItem", workPlanItem);
        return api.put(nip, org.agency, "/api/v1/employees/" + nip + "/performance/" + YEAR + "/plan",
                Map.of("targets", List.of(target)));
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    @Test
    @DisplayName("ASG-14 Serang: an SKP target that names no item of the unit's work plan is refused 422 naming ASG-14 "
            + "and Perwal Serang 23/2023 Pasal 8(7); while the plan has not arrived from assignment-service the draft "
            + "is a retryable 409 fact-not-yet-known; nothing stored either way")
    void refusedOrWaiting() {
        String nip = org.staff1.get(0);
        long before = storedEvents();
        Response none = draft(nip, null);
        assertThat(none.status()).isEqualTo(422);
        assertThat(none.json().get("ruleId").asText()).isEqualTo("ASG-14");
        assertThat(none.json().get("article").asText()).isEqualTo("Perwal Serang 23/2023 Pasal 8(7)");
        assertThat(none.json().get("violations").get(0).get("field").asText())
                .isEqualTo("targets[0].workPlanItem");
        Response waiting = draft(nip, "K-01");
        assertThat(waiting.status()).isEqualTo(409);
        assertThat(waiting.json().get("type").asText()).isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");
        assertThat(storedEvents()).isEqualTo(before);
    }

    @Test
    @DisplayName("ASG-14 Serang: once the plan arrives each SKP target cites an item in force (Perwal Serang 23/2023 "
            + "Pasal 8(7)); an item the plan lacks, or one removed by an amendment, is refused; the cited item is "
            + "recorded on the SKP")
    void citesAnItemInForce() throws Exception {
        String nip = org.staff1.get(0);
        String planId = org.bidang1 + "@" + YEAR;
        deliver("assignment.UnitWorkPlanSet", UnitWorkPlanSet.class, """
                {"planId":"%s","agencyId":"%s","departmentId":"%s","unitId":"%s","year":%d,
                 "items":[{"itemId":"K-01","activity":"Pelayanan kesehatan primer","output":"Laporan"},
                          {"itemId":"K-02","activity":"Surveilans","output":"Data"}],
                 "setOn":"2024-12-20","deadline":"2024-12-31","setBy":"%s","profileId":"serang-2023",
                 "profileVersion":2,"ruleIds":["ASG-14"]}""".formatted(planId, org.agency, org.dinas, org.bidang1,
                YEAR, org.kabid1));
        Response unknownItem = draft(nip, "K-09");
        assertThat(unknownItem.status()).isEqualTo(422);
        assertThat(unknownItem.json().get("detail").asText()).contains("K-09").contains("K-01");
        assertThat(draft(nip, "K-01").status()).isEqualTo(200);
        JsonNode skp = api.await(nip, org.agency, "/api/v1/employees/" + nip + "/performance/" + YEAR + "/plan",
                p -> p.path("workPlanItems").size() == 1);
        assertThat(skp.get("workPlanItems").get(0).get("itemId").asText()).isEqualTo("K-01");
        assertThat(skp.get("workPlanItems").get(0).get("planId").asText()).isEqualTo(planId);

        deliver("assignment.UnitWorkPlanAmended", UnitWorkPlanAmended.class, """
                {"planId":"%s","agencyId":"%s","unitId":"%s","year":%d,"amendmentNo":1,
                 "items":[{"itemId":"K-02","activity":"Surveilans","output":"Data"},
                          {"itemId":"K-03","activity":"Imunisasi","output":"Cakupan"}],
                 "added":[{"itemId":"K-03","activity":"Imunisasi","output":"Cakupan"}],"removedItemIds":["K-01"],
                 "reason":"Perubahan kegiatan","amendedOn":"2025-01-08","amendedBy":"%s","profileId":"serang-2023",
                 "profileVersion":2,"ruleIds":["ASG-14"]}""".formatted(planId, org.agency, org.bidang1, YEAR,
                org.kabid1));
        assertThat(draft(nip, "K-01").status()).as("removed by the amendment").isEqualTo(422);
        assertThat(draft(nip, org.bidang1 + "@" + YEAR + "#K-03").status()).isEqualTo(200);
    }
}
