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
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo acts of the local run in Kota Bandung, loaded with the demo organisation through the gateway: an
 * auditor finds the assignment orders, the work team and the performance agreement and SKP through the query
 * endpoints, and loading again stores nothing new in any service.
 */
class DemoActsSystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();
    private static final String AGENCY = "kota-bandung";
    private static final int YEAR = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
    private static final String GALIH = nip("Galih Permadi, S.Kom.");
    private static final String RENDY = nip("dr. Rendy Saputra");
    private static final String YANTI = nip("Yanti Rohayati, S.K.M.");
    private static final String HENDI = nip("Hendi Permana, S.K.M.");
    private static String auditor;

    @BeforeAll
    static void loadDemo() {
        new DemoData(sut.system().gatewayUrl()).load();
        auditor = api.devToken("inspektorat-auditor", AGENCY, "AUDITOR");
    }

    /** A Kota Bandung demo employee's NIP by full name. */
    private static String nip(String fullName) {
        return DemoAgencies.all().get(0).steps().stream().filter(s -> s.phase() == OrgPlan.Phase.EMPLOYEES
                && fullName.equals(s.body().get("fullName"))).map(s -> (String) s.body().get("nip")).findFirst()
                .orElseThrow();
    }

    private static JsonNode byNumber(JsonNode assignment) {
        return awaitJson("/api/v1/assignment-orders?number=" + URLEncoder.encode(assignment.path("number").asText(),
                StandardCharsets.UTF_8), auditor, j -> true);
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

    /** The employee's demo assignment (by its purpose) as the employee sees it today. */
    private static JsonNode assignment(String nip, String purpose) {
        JsonNode found = awaitJson("/api/v1/employees/" + nip + "/assignments", api.devToken(nip, AGENCY, "EMPLOYEE"),
                j -> j.path("assignments").toString().contains(purpose));
        for (JsonNode assignment : found.path("assignments")) {
            if (purpose.equals(assignment.path("purpose").asText())) {
                return assignment;
            }
        }
        throw new AssertionError(purpose);
    }

    @Test
    @DisplayName("ASG-01 ASG-05 ASG-08 the demo's orders (within Bidang Aptika; Yankes <- Puskesmas Garuda issued by the Kepala Dinas) are found by number")
    void demoOrders() {
        JsonNode within = assignment(GALIH, "Pengembangan aplikasi layanan perizinan terpadu");
        JsonNode cross = assignment(RENDY, "Verifikasi mutu layanan dalam rangka akreditasi puskesmas");
        // ASG-04: one token per part, the agency's short name without its spaces ("Pemkot Bandung")
        assertThat(within.path("number").asText()).matches("800\\.1\\.11/\\d+/PemkotBandung/" + YEAR);
        assertThat(cross.path("number").asText()).matches("800\\.1\\.11/\\d+/PemkotBandung/" + YEAR)
                .isNotEqualTo(within.path("number").asText());
        JsonNode order = byNumber(cross);
        assertThat(order.path("owningUnit").path("unitId").asText()).isEqualTo("kota-bandung.dinkes.yankes");
        assertThat(order.toString()).contains("ASG-08", RENDY);
        JsonNode direct = byNumber(within);
        assertThat(direct.path("owningUnit").path("unitId").asText()).isEqualTo("kota-bandung.diskominfo.aptika");
    }

    @Test
    @DisplayName("TEAM-04 TEAM-07 the demo team was verified, established by the Kepala Dinas' decree naming its members, and has its lead on the roster")
    void demoTeam() {
        JsonNode teams = awaitJson("/api/v1/teams?unitId=kota-bandung.dinkes.yankes", auditor,
                j -> j.toString().contains("Tim Percepatan Akreditasi Puskesmas") && j.toString().contains(YANTI));
        JsonNode team = teams.get(0);
        assertThat(team.path("name").asText()).isEqualTo("Tim Percepatan Akreditasi Puskesmas");
        assertThat(team.path("verifiedBy").asText()).isEqualTo("tim-verifikasi-kota-bandung");
        assertThat(team.path("establishedBy").asText()).isEqualTo("197505152000031001");
        assertThat(team.path("leadNip").asText()).isEqualTo(YANTI);
        assertThat(team.path("decreeMembers").toString()).contains(YANTI, HENDI);
        JsonNode roster = awaitJson("/api/v1/teams/" + team.path("teamId").asText() + "/roster", auditor,
                j -> j.toString().contains(YANTI));
        assertThat(roster.toString()).contains("KETUA");
    }

    @Test
    @DisplayName("PERF-01 PERF-08 the demo's agreements of Dinas Kesehatan and Bidang Yankes and Hendi Permana's SKP set by the Kepala Bidang")
    void demoPerformance() {
        JsonNode agreement = awaitJson("/api/v1/performance/units/kota-bandung.dinkes.yankes/agreements/" + YEAR,
                auditor, j -> true);
        assertThat(agreement.toString()).contains("pk:kota-bandung.dinkes:" + YEAR + "#1");
        JsonNode skp = awaitJson("/api/v1/employees/" + HENDI + "/performance/" + YEAR + "/plan", auditor,
                j -> "SET".equals(j.path("status").asText()));
        assertThat(skp.toString()).contains("pk:kota-bandung.dinkes.yankes:" + YEAR + "#1");
    }

    @Test
    @DisplayName("loading the demo again creates no assignment, team or performance record")
    void demoActsAreIdempotent() {
        assignment(RENDY, "Verifikasi mutu layanan dalam rangka akreditasi puskesmas");
        awaitJson("/api/v1/employees/" + HENDI + "/performance/" + YEAR + "/plan", auditor,
                j -> "SET".equals(j.path("status").asText()));
        awaitJson("/api/v1/teams?unitId=kota-bandung.dinkes.yankes", auditor, j -> j.toString().contains(YANTI));
        List<Long> before = settledCounts();
        new DemoData(sut.system().gatewayUrl()).load();
        assertThat(settledCounts()).isEqualTo(before);
    }

    /** Kota Bandung's stored events in each service, once they stop changing (Kafka consumers catch up). */
    private static List<Long> settledCounts() {
        List<Long>[] last = new List[]{counts()};
        await().atMost(Duration.ofSeconds(60)).pollDelay(Duration.ofSeconds(2)).pollInterval(Duration.ofSeconds(2))
                .until(() -> {
                    List<Long> now = counts();
                    boolean stable = now.equals(last[0]);
                    last[0] = now;
                    return stable;
                });
        return last[0];
    }

    private static List<Long> counts() {
        List<Long> counts = new ArrayList<>();
        for (String service : List.of("org", "assignment", "team", "performance")) {
            JdbcTemplate db = new JdbcTemplate(sut.system().context(service).getBean(DataSource.class));
            counts.add(db.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE '%kota-bandung%'",
                    Long.class));
        }
        return counts;
    }
}
