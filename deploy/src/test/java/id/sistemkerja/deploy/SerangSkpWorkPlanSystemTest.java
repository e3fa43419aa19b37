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
 * ASG-14 across services (Serang, Perwal Serang 23/2023 Pasal 8(7)): the unit head sets the unit's annual work plan in
 * assignment-service, performance-service learns it from Kafka ({@code assignment.UnitWorkPlanSet}), and an SKP target
 * must rest on an item of it: refused without one, 409 fact-not-yet-known until the plan has arrived, accepted after.
 */
class SerangSkpWorkPlanSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    @Test
    @DisplayName("ASG-14 Serang: an SKP target cites an item of the unit's work plan set in assignment-service and "
            + "received by performance-service over Kafka (Perwal Serang 23/2023 Pasal 8(7)): 422 without an item, "
            + "409 fact-not-yet-known before the plan arrives, 200 once it has")
    void skpRestsOnTheUnitPlan() {
        String agency = "kota-srg-" + UUID.randomUUID().toString().substring(0, 8);
        // the plan for next year is set before 31 December of this year (SRG23 Pasal 7(1))
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear() + 1;
        int base = 1 + new Random().nextInt(900);
        String kadis = Nips.of(LocalDate.of(1975, 4, 2), YearMonth.of(2000, 3), 1, base);
        String kabid = Nips.of(LocalDate.of(1979, 6, 9), YearMonth.of(2004, 3), 2, base + 1);
        String staff = Nips.of(LocalDate.of(1990, 8, 17), YearMonth.of(2015, 3), 1, base + 2);

        OrgPlan plan = new OrgPlan(agency, "Pemerintah Kota Serang (uji)", "Kota Serang Uji", "197801012005011001");
        String dinas = plan.department("dinkes", "DINAS", "Dinas Kesehatan");
        String bidang = plan.unit(dinas, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kadisPos = plan.structural(dinas, "kepala", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String kabidPos = plan.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan", true);
        String jf = plan.functional(bidang, "perawat", "Perawat Ahli Muda", "AHLI_MUDA", 5, false);
        for (String nip : List.of(kadis, kabid, staff)) {
            plan.employee(nip, "Pegawai " + nip.substring(14), "PNS", "III_C", "S1", List.of(), false);
        }
        plan.appoint(kadis, kadisPos, "2024-01-02", "821/1");
        plan.appoint(kabid, kabidPos, "2024-01-02", "821/2");
        plan.appoint(staff, jf, "2024-01-02", "821/3");
        plan.place(staff, bidang, kabidPos, "2024-01-02", "800/1");
        new OrgPlanLoader(api, 2).load(plan);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        ok(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId", "serang-2023",
                "profileVersion", 2, "effectiveFrom", "2023-05-04")));
        for (String service : List.of("assignment", "performance")) {
            OrgDirectory replica = sut.system().context(service).getBean(OrgDirectory.class);
            AgencyProfiles profiles = sut.system().context(service).getBean(AgencyProfiles.class);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                    profiles.find(agency, LocalDate.now()).isPresent()
                            && replica.appraiserOf(staff, LocalDate.now()).isPresent()
                            && replica.headOf(bidang, LocalDate.now()).isPresent()
                            && replica.headOf(dinas, LocalDate.now()).isPresent());
        }

        String kadisT = api.devToken(kadis, agency, "EMPLOYEE");
        String kabidT = api.devToken(kabid, agency, "EMPLOYEE");
        String staffT = api.devToken(staff, agency, "EMPLOYEE");
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", dinas, "year", year, "targets",
                List.of(Map.of("description", "Meningkatnya derajat kesehatan")))));
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", bidang, "year", year, "targets",
                List.of(Map.of("description", "Cakupan pelayanan", "supportsTargetRef", "pk:" + dinas + ":" + year
                        + "#1")))));
        String skp = "/api/v1/employees/" + staff + "/performance/" + year + "/plan";
        String supports = "pk:" + bidang + ":" + year + "#1";

        ApiClient.Response withoutItem = api.put(skp, staffT, Map.of("targets", List.of(Map.of("description",
                "Asuhan keperawatan", "supportsTargetRef", supports))));
        assertThat(withoutItem.status()).isEqualTo(422);
        assertThat(withoutItem.json().get("ruleId").asText()).isEqualTo("ASG-14");
        assertThat(withoutItem.json().get("article").asText()).isEqualTo("Perwal Serang 23/2023 Pasal 8(7)");
        Map<String, Object> citing = Map.of("targets", List.of(Map.of("description", "Asuhan keperawatan",
                "supportsTargetRef", supports, "workPlanItem", "YK-01")));
        ApiClient.Response beforePlan = api.put(skp, staffT, citing);
        assertThat(beforePlan.status()).isEqualTo(409);
        assertThat(beforePlan.json().get("type").asText())
                .isEqualTo("https://sistemkerja.id/problems/fact-not-yet-known");

        ok(api.post("/api/v1/work-plans", kabidT, Map.of("unitId", bidang, "year", year, "items", List.of(
                Map.of("itemId", "YK-01", "activity", "Pelayanan keperawatan", "output", "Laporan asuhan"),
                Map.of("itemId", "YK-02", "activity", "Mutu pelayanan", "output", "Indikator mutu")))));
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> api.put(skp, staffT, citing).status() == 200);
        JsonNode[] read = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(skp, staffT);
            read[0] = response.json();
            return response.status() == 200 && read[0].path("workPlanItems").size() == 1;
        });
        JsonNode drafted = read[0];
        assertThat(drafted.get("workPlanItems").get(0).get("planId").asText()).isEqualTo(bidang + "@" + year);
        assertThat(drafted.get("workPlanItems").get(0).get("itemId").asText()).isEqualTo("YK-01");
        assertThat(api.put(skp, staffT, Map.of("targets", List.of(Map.of("description", "Asuhan keperawatan",
                "supportsTargetRef", supports, "workPlanItem", "YK-99")))).status()).isEqualTo(422);
    }
}
