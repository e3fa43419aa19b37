package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.deploy.demo.DemoAgencies;
import id.sistemkerja.deploy.demo.DemoData;
import id.sistemkerja.deploy.demo.OrgPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Security finding M2 through the gateway, as the review's exploit has it: a token whose subject is the NIP of Kota
 * Bandung's Kepala Dinas Kesehatan (who approved the demo's cross-unit request and issued its order) but whose agency is
 * Kota Bekasi. It neither reads nor acts on Bandung's involvement request and order; the same NIP for Bandung does.
 */
class AgencyBoundarySystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();
    private static final OrgPlan BANDUNG = DemoAgencies.all().get(0);
    private static final String BEKASI = DemoAgencies.all().get(1).agencyId();

    private static String kadinkes;
    private static String orderId;
    private static String requestId;

    @BeforeAll
    static void demo() {
        new DemoData(sut.system().gatewayUrl()).load();
        kadinkes = nip("Drs. Hendra Gunawan, M.Si.");
        String rendy = nip("dr. Rendy Saputra");
        JsonNode assignments = awaitJson("/api/v1/employees/" + rendy + "/assignments",
                api.devToken(rendy, BANDUNG.agencyId(), "EMPLOYEE"), j -> j.path("assignments").size() > 0);
        orderId = assignments.path("assignments").get(0).path("orderId").asText();
        JsonNode order = awaitJson("/api/v1/assignment-orders/" + orderId,
                api.devToken("m2-auditor", BANDUNG.agencyId(), "AUDITOR"), j -> true);
        requestId = order.path("originId").asText();
        assertThat(order.path("issuedBy").toString()).contains(kadinkes);
    }

    @Test
    @DisplayName("M2 ASG-04 ASG-05 ASG-08 Bandung through the gateway: the Kepala Dinas Kesehatan's NIP acting for Kota Bekasi reads neither the request nor the order, and amends, revokes or approves nothing (403, nothing stored); for Bandung it reads both")
    void officialsNipForAnotherAgency() {
        for (String roles : List.of("EMPLOYEE", "AGENCY_ADMIN")) {
            String foreign = api.devToken(kadinkes, BEKASI, roles);
            long before = events();
            assertThat(api.get("/api/v1/assignment-orders/" + orderId, foreign).status()).as(roles).isIn(403, 404);
            assertThat(api.get("/api/v1/involvement-requests/" + requestId, foreign).status()).as(roles)
                    .isIn(403, 404);
            assertThat(api.post("/api/v1/assignment-orders/" + orderId + "/revocation", foreign,
                    Map.of("reason", "dibatalkan")).status()).as(roles).isEqualTo(403);
            assertThat(api.post("/api/v1/assignment-orders/" + orderId + "/amendments", foreign,
                    Map.of("targets", List.of("Laporan bulanan"), "reason", "target bertambah")).status()).as(roles)
                    .isEqualTo(403);
            assertThat(api.post("/api/v1/involvement-requests/" + requestId + "/rejection", foreign,
                    Map.of("reason", "tidak")).status()).as(roles).isIn(403, 409);
            assertThat(events()).as("events stored by the foreign token").isEqualTo(before);
        }
        String own = api.devToken(kadinkes, BANDUNG.agencyId(), "EMPLOYEE");
        assertThat(api.get("/api/v1/assignment-orders/" + orderId, own).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/involvement-requests/" + requestId, own).status()).isEqualTo(200);
    }

    private static long events() {
        JdbcTemplate db = new JdbcTemplate(sut.system().context("assignment").getBean(DataSource.class));
        return db.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier IN (?, ?)",
                Long.class, orderId, requestId);
    }

    private static String nip(String fullName) {
        return BANDUNG.steps().stream().filter(s -> s.phase() == OrgPlan.Phase.EMPLOYEES
                && fullName.equals(s.body().get("fullName"))).map(s -> (String) s.body().get("nip")).findFirst()
                .orElseThrow(() -> new IllegalStateException("No demo employee " + fullName));
    }

    private static JsonNode awaitJson(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && ready.test(response.json());
        });
        return last[0];
    }
}
