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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A unit's performance year end to end through the gateway (PERF-01..PERF-10): the org set up in org-service and a
 * profile bound, agreements, SKP, a lead's input, a work result returned and accepted, ratings, finalisation, an
 * objection decided by the superior, and the annual predikat in org-service's employee history.
 */
class PerformanceYearSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();

    private JsonNode awaitJson(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && ready.test(response.json());
        });
        return last[0];
    }

    private static void ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 201);
    }

    @Test
    @DisplayName("PERF-01..10 a unit's year from agreement to annual predikat through the gateway, with a returned result, a lead's input and an objection decided after the explanations (PP 30/2019 Pasal 59(3)); the predikat lands in org-service's employee history")
    void unitYear() {
        String agency = "kota-kinerja-" + UUID.randomUUID().toString().substring(0, 8);
        int year = LocalDate.now(ZoneId.of("Asia/Jakarta")).getYear();
        Random random = new Random();
        int base = 1 + random.nextInt(900);
        List<String> nips = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            nips.add(Nips.of(LocalDate.of(1980 + i, 3, 12), YearMonth.of(2005 + i, 1), 1, base + i));
        }
        String kadis = nips.get(0);
        String kabid = nips.get(1);
        List<String> staff = nips.subList(2, 5);

        OrgPlan plan = new OrgPlan(agency, "Pemerintah Kota Kinerja", "Kota Kinerja", "197801012005011001");
        String dinas = plan.department("dinkes", "DINAS", "Dinas Kesehatan");
        String bidang = plan.unit(dinas, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kadisPos = plan.structural(dinas, "kepala", "JPT_PRATAMA", "Kepala Dinas Kesehatan", true);
        String kabidPos = plan.structural(bidang, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan", true);
        String jf = plan.functional(bidang, "epidemiolog", "Epidemiolog Kesehatan", "AHLI_MUDA", 10, false);
        for (String nip : nips) {
            plan.employee(nip, "Pegawai " + nip.substring(14), "PNS", "III_C", "S1", List.of(), false);
        }
        plan.appoint(kadis, kadisPos, "2024-01-02", "821/1");
        plan.appoint(kabid, kabidPos, "2024-01-02", "821/2");
        for (String nip : staff) {
            plan.appoint(nip, jf, "2024-01-02", "821/3");
            plan.place(nip, bidang, kabidPos, "2024-01-02", "800/1");
        }
        new OrgPlanLoader(api, 2).load(plan);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        ok(api.post("/api/v1/agencies/" + agency + "/profile-bindings", admin, Map.of("profileId", "bekasi-2023",
                "profileVersion", 2, "effectiveFrom", "2023-07-06")));

        // performance-service learns the org and the binding from Kafka
        OrgDirectory replica = sut.system().context("performance").getBean(OrgDirectory.class);
        AgencyProfiles profiles = sut.system().context("performance").getBean(AgencyProfiles.class);
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250)).until(() ->
                profiles.find(agency, LocalDate.now()).isPresent()
                        && staff.stream().allMatch(n -> replica.appraiserOf(n, LocalDate.now())
                        .filter(a -> kabid.equals(a.appraiserNip())).isPresent())
                        && replica.headOf(dinas, LocalDate.now()).isPresent());

        String kadisT = api.devToken(kadis, agency, "EMPLOYEE");
        String kabidT = api.devToken(kabid, agency, "EMPLOYEE");
        String ppkT = api.devToken("ppk-" + agency, agency, "STAFFING_AUTHORITY");
        String pk = "pk:" + dinas + ":" + year;

        // PERF-01 planning: Level I sets the Dinas' agreement and divides a target to the Bidang
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", dinas, "year", year, "targets",
                List.of(Map.of("description", "Meningkatnya derajat kesehatan masyarakat")))));
        ok(api.post("/api/v1/performance/agreements", kadisT, Map.of("unitId", bidang, "year", year, "targets",
                List.of(Map.of("description", "Cakupan pelayanan kesehatan", "supportsTargetRef", pk + "#1")))));
        // PERF-08: each SKP names the target it supports; signed by the employee, set by the appraiser
        for (String nip : staff) {
            String me = api.devToken(nip, agency, "EMPLOYEE");
            String skp = "/api/v1/employees/" + nip + "/performance/" + year;
            ok(api.put(skp + "/plan", me, Map.of("targets", List.of(Map.of("description", "Laporan surveilans",
                    "supportsTargetRef", "pk:" + bidang + ":" + year + "#1")))));
            ok(api.post(skp + "/plan/signature", me, Map.of()));
            ok(api.post(skp + "/plan/approval", kabidT, Map.of()));
        }
        String worker = staff.get(0);
        String lead = staff.get(1);
        String objector = staff.get(2);
        String workerSkp = "/api/v1/employees/" + worker + "/performance/" + year;

        // PERF-05: the worker's team lead gives input for the appraiser, recorded with the lead's identity and role
        ok(api.post(workerSkp + "/roles", kabidT, Map.of("unitId", bidang, "role", "Anggota tim surveilans",
                "leadNip", lead, "basisKind", "WORK_TEAM", "from", year + "-01-01")));
        ok(api.post(workerSkp + "/feedback", api.devToken(lead, agency, "EMPLOYEE"), Map.of("kind",
                "APPRAISAL_INPUT", "text", "Kontribusi tinggi dalam tim surveilans", "targetNumber", 1)));
        ok(api.post(workerSkp + "/evidence", api.devToken(worker, agency, "EMPLOYEE"), Map.of("targetNumber", 1,
                "period", "TAHUNAN", "realisation", "12 laporan", "links", List.of("https://arsip.example/l12"))));

        // PERF-03: Level II passes, Level I returns for rework, then accepts the reworked result
        ApiClient.Response submitted = api.post("/api/v1/performance/work-results",
                api.devToken(worker, agency, "EMPLOYEE"), Map.of("nip", worker, "year", year, "targetNumber", 1,
                        "title", "Laporan surveilans", "result", "Laporan v1"));
        ok(submitted);
        String result = "/api/v1/performance/work-results/" + submitted.json().get("id").asText();
        ok(api.post(result + "/reviews", kabidT, Map.of("decision", "PASS")));
        ok(api.post(result + "/reviews", kadisT, Map.of("decision", "RETURN", "reason", "Lengkapi data kasus")));
        ok(api.post(result + "/resubmissions", api.devToken(worker, agency, "EMPLOYEE"), Map.of("result",
                "Laporan v2")));
        ok(api.post(result + "/reviews", kabidT, Map.of("decision", "PASS")));
        ok(api.post(result + "/reviews", kadisT, Map.of("decision", "PASS")));
        assertThat(awaitJson(result, kabidT, r -> "ACCEPTED".equals(r.path("status").asText()))
                .get("returnReason").asText()).isEqualTo("Lengkapi data kasus");

        // PERF-06: organisation rating from one level up, ratings by the appraiser, finalisation within the limits
        String evaluation = "/api/v1/performance/units/" + bidang + "/evaluations/" + year + "/TAHUNAN";
        ok(api.put(evaluation + "/organisation-rating", kadisT, Map.of("rating", "BAIK")));
        Map<String, List<String>> ratings = Map.of(worker, List.of("SESUAI_EKSPEKTASI", "SESUAI_EKSPEKTASI"),
                lead, List.of("DI_ATAS_EKSPEKTASI", "DI_ATAS_EKSPEKTASI"),
                objector, List.of("DI_BAWAH_EKSPEKTASI", "SESUAI_EKSPEKTASI"));
        ratings.forEach((nip, r) -> ok(api.put("/api/v1/employees/" + nip + "/performance/" + year
                + "/evaluations/TAHUNAN/rating", kabidT, Map.of("workResultRating", r.get(0), "behaviourRating",
                r.get(1)))));
        ok(api.post(evaluation + "/finalisation", kabidT, Map.of()));
        JsonNode rated = awaitJson(evaluation, kabidT, e -> e.path("finalised").asBoolean());
        assertThat(rated.get("results").get(worker).get("appraisalInputIds")).hasSize(1);
        assertThat(rated.get("results").get(objector).get("predikat").asText()).isEqualTo("BUTUH_PERBAIKAN");

        // PERF-09: the objection goes to the appraiser's superior (the Kepala Dinas), who changes the result
        String objectorSkp = "/api/v1/employees/" + objector + "/performance/" + year;
        ApiClient.Response objection = api.post(objectorSkp + "/evaluations/TAHUNAN/objections",
                api.devToken(objector, agency, "EMPLOYEE"), Map.of("reasons",
                        List.of("Target triwulan IV tercapai, bukti dukung terlampir")));
        ok(objection);
        String objectionUri = objectorSkp + "/evaluations/TAHUNAN/objections/" + objection.json().get("id").asText();
        String decision = objectionUri + "/decision";
        assertThat(api.post(decision, kabidT, Map.of("decision", "UPHOLD", "reason", "x")).status()).isEqualTo(403);
        // PP 30/2019 Pasal 59(3): the superior asks the appraiser and the employee for explanations before deciding
        assertThat(api.post(decision, kadisT, Map.of("decision", "UPHOLD", "reason", "x")).status()).isEqualTo(422);
        ok(api.post(objectionUri + "/explanation-requests", kadisT, Map.of()));
        ok(api.post(objectionUri + "/explanations", kabidT, Map.of("text", "Target triwulan IV 80%")));
        ok(api.post(objectionUri + "/explanations", api.devToken(objector, agency, "EMPLOYEE"), Map.of("text",
                "Laporan triwulan IV terlampir")));
        ok(api.post(decision, kadisT, Map.of("decision", "CHANGE", "workResultRating", "SESUAI_EKSPEKTASI",
                "behaviourRating", "SESUAI_EKSPEKTASI", "reason", "Bukti dukung menunjukkan target tercapai")));
        // PERF-10: follow-up on the final predikat
        ok(api.post(objectorSkp + "/evaluations/TAHUNAN/follow-ups", ppkT, Map.of("kind", "REWARD", "description",
                "Piagam penghargaan")));

        JsonNode distribution = awaitJson(evaluation + "/distribution", kabidT,
                d -> d.path("counts").path("BAIK").asInt() == 2);
        assertThat(distribution.get("counts").get("SANGAT_BAIK").asInt()).isEqualTo(1);
        String csv = api.get(evaluation + "/results.csv", kabidT).body();
        assertThat(csv).contains(objector + ",SESUAI_EKSPEKTASI,SESUAI_EKSPEKTASI,BAIK,FINAL");

        // the annual predikat flows back to org-service's employee history (TEAM-05 reads it)
        JsonNode history = awaitJson("/api/v1/employees/" + objector + "/history", admin, h -> {
            for (JsonNode entry : h) {
                if ("AnnualPredikatRecorded".equals(entry.path("type").asText())
                        && "BAIK".equals(entry.path("facts").path("predikat").asText())) {
                    return true;
                }
            }
            return false;
        });
        List<String> predikat = new ArrayList<>();
        for (JsonNode entry : history) {
            if ("AnnualPredikatRecorded".equals(entry.path("type").asText())) {
                assertThat(entry.get("facts").get("source").asText()).isEqualTo("PERFORMANCE");
                assertThat(entry.get("facts").get("year").asInt()).isEqualTo(year);
                predikat.add(entry.get("facts").get("predikat").asText());
            }
        }
        // first the finalised result, then the superior's change supersedes it
        assertThat(predikat).containsExactly("BUTUH_PERBAIKAN", "BAIK");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() ->
                sut.system().context("org").getBean(OrgDirectory.class).employee(objector)
                        .flatMap(e -> e.predikatOf(year)).map(p -> p.name().equals("BAIK")).orElse(false));
    }
}
