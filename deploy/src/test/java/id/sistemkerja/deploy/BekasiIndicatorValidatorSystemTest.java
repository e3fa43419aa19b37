package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.deploy.demo.Nips;
import id.sistemkerja.deploy.demo.OrgPlan;
import id.sistemkerja.deploy.demo.OrgPlanLoader;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.replica.OrgDirectory;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * ORG-11 across services (Bekasi, Perwal Bekasi 31/2021 Pasal 6(6), 11(2)-(3)): org-service places a JF ahli madya
 * under the Kepala Bidang (placement, BKS23 Pasal 7(1)) and answers that the Kepala Dinas coordinates the JF and
 * validates the IKI; performance-service, from its own org replica fed over Kafka, records the same official on the
 * SKP and lets only that official validate.
 */
class BekasiIndicatorValidatorSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    @Test
    @DisplayName("ORG-11 Bekasi: the IKI validator org-service names for a JF ahli madya placed under the Kepala Bidang "
            + "(the Kepala Dinas, Perwal Bekasi 31/2021 Pasal 6(6), 11(3)) is the one performance-service records on "
            + "the SKP; the appraiser is refused 403 naming ORG-11, the Kepala Dinas validates")
    void validatorAcrossServices() {
        String agency = "kota-bks-" + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        int base = 1 + new Random().nextInt(900);
        String kadis = Nips.of(LocalDate.of(1974, 3, 5), YearMonth.of(1999, 3), 1, base);
        String kabid = Nips.of(LocalDate.of(1978, 7, 11), YearMonth.of(2003, 3), 2, base + 1);
        String madya = Nips.of(LocalDate.of(1984, 9, 21), YearMonth.of(2009, 3), 1, base + 2);

        OrgPlan plan = new OrgPlan(agency, "Pemerintah Kota Bekasi (uji)", "Kota Bekasi Uji", "197801012005011001");
        String dinas = plan.department("dinkes", "DINAS", "Dinas Kesehatan");
        String bidang = plan.unit(dinas, "p2p", "BIDANG", "Bidang Pencegahan dan Pengendalian Penyakit");
        String kadisPos = plan.structural(dinas, "kepala", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String kabidPos = plan.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang P2P", true);
        String jf = plan.functional(bidang, "epid", "Epidemiolog Kesehatan Ahli Madya", "AHLI_MADYA", 5, false);
        for (String nip : List.of(kadis, kabid, madya)) {
            plan.employee(nip, "Pegawai " + nip.substring(14), "PNS", "IV_A", "S2", List.of(), false);
        }
        plan.appoint(kadis, kadisPos, "2024-01-02", "821/1");
        plan.appoint(kabid, kabidPos, "2024-01-02", "821/2");
        plan.appoint(madya, jf, "2024-01-02", "821/3");
        new OrgPlanLoader(api, 2).load(plan);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        ok(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId", "bekasi-2023",
                "profileVersion", 2, "effectiveFrom", "2023-07-06")));
        // BKS23 Pasal 7(1), lampiran C.1 Gambar 1: placed under the Kepala Bidang; ORG-11 never refuses a placement
        String ppk = api.devToken(plan.ppkSubject(), agency, "STAFFING_AUTHORITY");
        ok(api.post("/api/v1/placements", ppk, Map.of("nip", madya, "unitId", bidang, "appraiserPositionId", kabidPos,
                "effectiveFrom", "2024-01-02")));

        String today = LocalDate.now(ZoneId.of("Asia/Jakarta")).toString();
        JsonNode[] answer = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get("/api/v1/employees/" + madya + "/indicator-validator?date=" + today,
                    admin);
            answer[0] = response.status() == 200 ? response.json() : null;
            return answer[0] != null && kadis.equals(answer[0].path("validatorNip").asText());
        });
        assertThat(answer[0].get("basis").asText()).isEqualTo("TECHNICAL_COORDINATION");
        assertThat(answer[0].get("kind").asText()).isEqualTo("JPT_PRATAMA");

        OrgDirectory replica = sut.system().context("performance").getBean(OrgDirectory.class);
        AgencyProfiles profiles = sut.system().context("performance").getBean(AgencyProfiles.class);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                profiles.find(agency, LocalDate.now()).isPresent()
                        && replica.appraiserOf(madya, LocalDate.now()).isPresent()
                        && replica.headOf(bidang, LocalDate.now()).isPresent()
                        && replica.headOf(dinas, LocalDate.now()).isPresent());

        String kadisT = api.devToken(kadis, agency, "EMPLOYEE");
        String kabidT = api.devToken(kabid, agency, "EMPLOYEE");
        String madyaT = api.devToken(madya, agency, "EMPLOYEE");
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", dinas, "year", year, "targets",
                List.of(Map.of("description", "Menurunnya angka kesakitan")))));
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", bidang, "year", year, "targets",
                List.of(Map.of("description", "Cakupan surveilans", "supportsTargetRef", "pk:" + dinas + ":" + year
                        + "#1")))));
        String skp = "/api/v1/employees/" + madya + "/performance/" + year + "/plan";
        ok(api.put(skp, madyaT, Map.of("targets", List.of(Map.of("description", "Kajian epidemiologi",
                "indicator", "dokumen", "targetValue", "12", "supportsTargetRef", "pk:" + bidang + ":" + year
                        + "#1")))));
        JsonNode[] read = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(skp, madyaT);
            read[0] = response.json();
            return response.status() == 200 && read[0].has("indicatorValidator");
        });
        assertThat(read[0].get("indicatorValidator").get("nip").asText()).isEqualTo(kadis);
        assertThat(read[0].get("indicatorValidator").get("basis").asText()).isEqualTo("TECHNICAL_COORDINATION");
        assertThat(read[0].get("appraiserNip").asText()).isEqualTo(kabid);

        ApiClient.Response byAppraiser = api.post(skp + "/indicator-validation", kabidT, Map.of());
        assertThat(byAppraiser.status()).isEqualTo(403);
        assertThat(byAppraiser.json().get("ruleId").asText()).isEqualTo("ORG-11");
        assertThat(byAppraiser.json().get("article").asText()).startsWith("Perwal Bekasi 31/2021 Pasal 6(6)");
        ok(api.post(skp + "/indicator-validation", kadisT, Map.of()));
    }
}
