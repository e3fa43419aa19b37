package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;
import id.sistemkerja.performance.api.EvaluationCommands.RateEmployeeCommand;
import id.sistemkerja.performance.api.EvaluationCommands.SetOrganisationRatingCommand;
import id.sistemkerja.performance.query.PerformanceProjection;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measurements for docs/benchmarks.md ({@code ./mvnw -B -o verify -Pbenchmarks -pl performance-service -am
 * -Dtest=PerformanceBenchmark -Dsurefire.failIfNoSpecifiedTests=false}): finalising the predikat of a unit of 500
 * employees, and the distribution report of an agency of 15,000 employees.
 */
@Tag("benchmark")
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class PerformanceBenchmark {

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
    CommandDispatcher commands;
    @Autowired
    MongoTemplate mongo;

    @Test
    @DisplayName("benchmark: finalising the predikat of a unit of 500 employees (distribution check + 501 events)")
    void finaliseUnitOf500() {
        PerfTestClock.today(LocalDate.of(YEAR, 12, 15));
        PerfApi api = new PerfApi(web, objectMapper.copy());
        List<Long> millis = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            PerfOrg org = new PerfOrg(replica, bindings, 500);
            CallContext kadis = new CallContext(new Actor(org.kadis, "Kadis", org.agency, null, Set.of("EMPLOYEE")),
                    UUID.randomUUID().toString(), null);
            commands.sendAndWait(new SetOrganisationRatingCommand(org.bidang1, YEAR, "TAHUNAN",
                    OrganisationRating.BAIK, kadis.actor()), kadis);
            CallContext kabid = new CallContext(new Actor(org.kabid1, "Kabid", org.agency, null, Set.of("EMPLOYEE")),
                    UUID.randomUUID().toString(), null);
            for (int i = 0; i < org.staff1.size(); i++) {
                // 60% BAIK, 25% SANGAT_BAIK, 15% BUTUH_PERBAIKAN: within the BAIK limits
                ExpectationRating work = i % 20 < 12 ? ExpectationRating.SESUAI_EKSPEKTASI
                        : i % 20 < 17 ? ExpectationRating.DI_ATAS_EKSPEKTASI : ExpectationRating.DI_BAWAH_EKSPEKTASI;
                ExpectationRating behaviour = i % 20 < 12 ? ExpectationRating.SESUAI_EKSPEKTASI
                        : ExpectationRating.DI_ATAS_EKSPEKTASI;
                commands.sendAndWait(new RateEmployeeCommand(org.staff1.get(i), YEAR, "TAHUNAN", work, behaviour,
                        Map.of(), null, kabid.actor()), kabid);
            }
            long start = System.nanoTime();
            PerfApi.Response finalised = api.post(org.kabid1, org.agency, "/api/v1/performance/units/" + org.bidang1
                    + "/evaluations/" + YEAR + "/TAHUNAN/finalisation", null);
            millis.add((System.nanoTime() - start) / 1_000_000);
            assertThat(finalised.status()).isEqualTo(200);
        }
        System.out.println("BENCHMARK finalise unit of 500 (ms, 3 units): " + millis);
    }

    @Test
    @DisplayName("benchmark: predikat distribution report of an agency of 15,000 employees (30 units of 500)")
    void agencyDistributionOf15000() {
        String agency = "perf-bench-" + UUID.randomUUID().toString().substring(0, 8);
        String[] predikat = {"BAIK", "BAIK", "BAIK", "SANGAT_BAIK", "BUTUH_PERBAIKAN"};
        List<Document> evaluations = new ArrayList<>();
        for (int u = 0; u < 30; u++) {
            String unit = agency + ".unit-" + u;
            Document results = new Document();
            for (int e = 0; e < 500; e++) {
                String nip = String.format("1985%014d", u * 1000L + e);
                results.append(nip, new Document("nip", nip).append("workResultRating", "SESUAI_EKSPEKTASI")
                        .append("behaviourRating", "SESUAI_EKSPEKTASI").append("predikat", predikat[e % 5])
                        .append("status", "FINAL").append("appraiserNip", "kabid-" + u)
                        .append("ratedOn", YEAR + "-12-10").append("finalisedOn", YEAR + "-12-15"));
            }
            evaluations.add(new Document("_id", "eval:" + unit + ":" + YEAR + ":TAHUNAN").append("agencyId", agency)
                    .append("unitId", unit).append("year", YEAR).append("period", "TAHUNAN")
                    .append("organisationRating", u % 3 == 0 ? "ISTIMEWA" : "BAIK").append("finalised", true)
                    .append("basis", new Document("ruleSetId", "perf-rules").append("ruleSetVersion", 1))
                    .append("results", results));
        }
        mongo.insert(evaluations, PerformanceProjection.EVALUATIONS);
        PerfApi api = new PerfApi(web, objectMapper.copy());
        String uri = "/api/v1/performance/agencies/" + agency + "/distribution?year=" + YEAR + "&period=TAHUNAN";
        api.get("auditor", agency, uri, "AUDITOR");
        long[] millis = new long[10];
        JsonNode report = null;
        for (int i = 0; i < millis.length; i++) {
            long start = System.nanoTime();
            PerfApi.Response response = api.get("auditor", agency, uri, "AUDITOR");
            millis[i] = (System.nanoTime() - start) / 1_000_000;
            assertThat(response.status()).isEqualTo(200);
            report = response.json();
        }
        assertThat(report.get("employees").asInt()).isEqualTo(15_000);
        assertThat(report.get("units").asInt()).isEqualTo(30);
        Arrays.sort(millis);
        System.out.println("BENCHMARK agency distribution 15000 employees (ms, 10 runs sorted): "
                + Arrays.toString(millis));
    }
}
