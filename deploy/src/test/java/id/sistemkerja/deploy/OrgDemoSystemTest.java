package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.deploy.demo.DemoData;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The demo organisation, end to end through the gateway: loaded as a client would load it, served back as Kota
 * Bandung's org chart with the structure variants of Perwal Bandung 6/2023, answering appraiser-as-of questions, and
 * known to a consuming service's org replica through Kafka.
 */
class OrgDemoSystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();
    private static String bandung;

    @BeforeAll
    static void loadDemo() {
        new DemoData(sut.system().gatewayUrl()).load();
        bandung = api.devToken("197801012005011001", "kota-bandung", "AGENCY_ADMIN");
    }

    /** GET through the gateway until the read side answers as {@code ready} expects. */
    private static JsonNode awaitJson(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && ready.test(response.json());
        });
        return last[0];
    }

    private static JsonNode find(JsonNode nodes, String unitId) {
        for (JsonNode node : nodes) {
            if (unitId.equals(node.path("unitId").asText())) {
                return node;
            }
            JsonNode below = find(node.path("units"), unitId);
            if (below != null) {
                return below;
            }
        }
        return null;
    }

    @Test
    @DisplayName("ORG-01 ORG-09 the demo org chart of Kota Bandung is served through the gateway with its structure variants")
    void bandungOrgChart() {
        JsonNode chart = awaitJson("/api/v1/agencies/kota-bandung/org-chart?asOf=2024-03-01", bandung,
                c -> c.path("employeesPlaced").asInt() >= 31 && find(c.path("departments"),
                        "kota-bandung.disdik.sdn-001") != null && find(c.path("departments"),
                        "kota-bandung.disdik.sdn-001").path("head").has("holder"));
        assertThat(chart.path("name").asText()).isEqualTo("Pemerintah Kota Bandung");
        List<String> departments = new ArrayList<>();
        chart.path("departments").forEach(d -> departments.add(d.path("name").asText()));
        assertThat(departments).contains("Sekretariat Daerah", "Inspektorat Daerah", "Dinas Kesehatan",
                "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "Kecamatan Coblong",
                "Rumah Sakit Khusus Gigi dan Mulut", "Dinas Perhubungan", "Satuan Polisi Pamong Praja",
                "RSUD Bandung Kiwari", "Badan Kesatuan Bangsa dan Politik").hasSize(34);

        JsonNode bagianHukum = find(chart.path("departments"), "kota-bandung.setda.asisten-pemkesra.bag-hukum");
        assertThat(bagianHukum.path("head").path("kind").asText()).isEqualTo("ADMINISTRATOR");
        assertThat(bagianHukum.path("head").path("holder").path("fullName").asText()).contains("Bambang Hermawan");
        assertThat(bagianHukum.path("membersPlaced").asInt()).isEqualTo(2);
        JsonNode asisten = find(chart.path("departments"), "kota-bandung.setda.asisten-pemkesra");
        assertThat(asisten.path("kind").asText()).isEqualTo("ASISTEN");

        JsonNode puskesmas = find(chart.path("departments"), "kota-bandung.dinkes.pkm-garuda");
        assertThat(puskesmas.path("kind").asText()).isEqualTo("PUSKESMAS");
        assertThat(puskesmas.path("head").path("kind").asText()).isEqualTo("FUNGSIONAL");
        assertThat(puskesmas.path("membersPlaced").asInt()).isEqualTo(5);
        JsonNode kelurahan = find(chart.path("departments"), "kota-bandung.kec-coblong.kel-dago");
        assertThat(kelurahan.path("kind").asText()).isEqualTo("KELURAHAN");
        assertThat(kelurahan.path("head").path("kind").asText()).isEqualTo("PENGAWAS");
        JsonNode seksi = find(chart.path("departments"), "kota-bandung.dishub.lalin.seksi-manlalin");
        assertThat(seksi.path("kind").asText()).isEqualTo("SEKSI");
        JsonNode dpmptsp = find(chart.path("departments"), "kota-bandung.dpmptsp");
        assertThat(dpmptsp.path("units").size()).isZero();
        assertThat(dpmptsp.path("membersPlaced").asInt()).isEqualTo(2);
    }

    @Test
    @DisplayName("ORG-05 ORG-10 the demo's appraiser delegation is answered by date through the gateway")
    void demoAppraiserAsOf() {
        String asep = "199001202015031003";
        JsonNode during = awaitJson("/api/v1/employees/" + asep + "/appraiser?date=2024-08-01", bandung,
                a -> "DELEGATION".equals(a.path("basis").asText()));
        assertThat(during.path("legalBasis").asText()).contains("800/1024-Dinkes/2024");
        JsonNode after = awaitJson("/api/v1/employees/" + asep + "/appraiser?date=2024-10-01", bandung, a -> true);
        assertThat(after.path("appraiserNip").asText()).isEqualTo("198203102006042002");
        assertThat(after.path("basis").asText()).isEqualTo("POSITION_HOLDER");
    }

    @Test
    @DisplayName("the demo employees reach a consuming service's org replica with their position facts")
    void replicaKnowsPositions() {
        String asep = "199001202015031003";
        JsonNode known = awaitJson("/api/v1/employees/" + asep + "/assignments", bandung,
                a -> a.path("employee").path("position").has("kind"));
        assertThat(known.path("employee").path("position").path("kind").asText()).isEqualTo("PELAKSANA");
        assertThat(known.path("employee").path("position").path("jobClass").asInt()).isEqualTo(5);
    }

    @Test
    @DisplayName("REG-01 the demo binds every agency to its version-2 profile from the day its regulation is in force: "
            + "Kota Bandung from 1 April 2023 (Perwal Bandung 6/2023 Pasal 23), Bekasi 6 July, Serang 4 May, Cilegon "
            + "5 June 2023")
    void demoBindingsInForce() {
        Map<String, String> expected = Map.of("kota-bandung", "bandung-2023@2 2023-04-01",
                "kota-bekasi", "bekasi-2023@2 2023-07-06", "kota-serang", "serang-2023@2 2023-05-04",
                "kota-cilegon", "cilegon-2023@2 2023-06-05");
        expected.forEach((agency, binding) -> {
            String token = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
            JsonNode bindings = awaitJson("/api/v1/agencies/" + agency + "/profile-bindings", token,
                    b -> b.size() == 1);
            JsonNode first = bindings.get(0);
            assertThat(first.get("profileId").asText() + "@" + first.get("profileVersion").asInt() + " "
                    + first.get("effectiveFrom").asText()).as(agency).isEqualTo(binding);
        });
    }

    @Test
    @DisplayName("loading the demo again stores nothing new")
    void demoLoadIsIdempotent() {
        JdbcTemplate orgDb = new JdbcTemplate(sut.system().context("org").getBean(DataSource.class));
        awaitJson("/api/v1/employees/199405052020121001?asOf=2023-01-02", api.devToken("198104042008022004",
                "kota-cilegon", "AGENCY_ADMIN"), e -> e.hasNonNull("placement"));
        long before = orgDb.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE '%kota-bandung%'"
                + " OR payload LIKE '%kota-cilegon%'", Long.class);
        new DemoData(sut.system().gatewayUrl()).load();
        long after = orgDb.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE '%kota-bandung%'"
                + " OR payload LIKE '%kota-cilegon%'", Long.class);
        assertThat(after).isEqualTo(before);
    }
}
