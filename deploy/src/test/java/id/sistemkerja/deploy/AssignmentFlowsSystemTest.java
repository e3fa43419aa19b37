package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The assignment flows end to end through the gateway, each on its own agency set up through org-service's API. */
class AssignmentFlowsSystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();

    private static String token(AssignmentWorld w, String nip, String... roles) {
        return api.devToken(nip, w.agency, roles.length == 0 ? new String[]{"EMPLOYEE"} : roles);
    }

    private static JsonNode ok(ApiClient.Response response) {
        assertThat(response.status()).as(response.body()).isBetween(200, 299);
        return response.json();
    }

    private static JsonNode awaitJson(String path, String token, Predicate<JsonNode> ready) {
        JsonNode[] last = new JsonNode[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            ApiClient.Response response = api.get(path, token);
            last[0] = response.json();
            return response.status() == 200 && ready.test(response.json());
        });
        return last[0];
    }

    private static Map<String, Object> request(String owningUnit, String targetUnit, List<String> requested) {
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", owningUnit);
        body.put("targetUnitId", targetUnit);
        body.put("form", "INDIVIDUAL");
        body.put("requestedNips", requested);
        body.put("terms", AssignmentWorld.terms());
        return body;
    }

    private static void assertAssigned(AssignmentWorld w, String nip, String number) {
        awaitJson("/api/v1/employees/" + nip + "/assignments", token(w, nip),
                j -> j.path("assignments").toString().contains(number));
    }

    @Test
    @DisplayName("ASG-01 within a unit (bekasi-2023): the unit head appoints by a numbered order, the employee's assignments show it")
    void withinUnit() {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-unit", "bekasi-2023");
        Map<String, Object> order = Map.of("owningUnitId", w.u1, "form", "INDIVIDUAL", "assigneeNips", List.of(w.s1a),
                "terms", AssignmentWorld.terms());
        ApiClient.Response issued = api.post("/api/v1/assignment-orders", token(w, w.h1), order, "order-1");
        String number = ok(issued).path("result").asText();
        assertThat(number).isEqualTo("800.1.11/1/" + w.shortName + "/" + AssignmentWorld.today().getYear());
        // the same Idempotency-Key: the same order, no second number
        assertThat(ok(api.post("/api/v1/assignment-orders", token(w, w.h1), order, "order-1")).path("result").asText())
                .isEqualTo(number);
        assertThat(api.post("/api/v1/assignment-orders", token(w, w.s1b), order).status()).isEqualTo(403);
        assertAssigned(w, w.s1a, number);
    }

    @Test
    @DisplayName("ASG-08 cross-unit approved (bandung-2023): request, approval naming the employee, order by the Kepala Perangkat Daerah")
    void crossUnitApproved() {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-cu", "bandung-2023");
        String id = ok(api.post("/api/v1/involvement-requests", token(w, w.h2), request(w.u2, w.u1, List.of(w.s1a))))
                .path("requestId").asText();
        String orderId = ok(api.post("/api/v1/involvement-requests/" + id + "/approval", token(w, w.h1),
                Map.of("nominatedNips", List.of(w.s1a)))).path("result").asText();
        assertThat(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(w, w.h1), Map.of()).status())
                .isEqualTo(403);
        String number = ok(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(w, w.k1), Map.of()))
                .path("result").asText();
        assertAssigned(w, w.s1a, number);
        JsonNode trail = awaitJson("/api/v1/involvement-requests/" + id, token(w, w.h2),
                j -> "FULFILLED".equals(j.path("request").path("state").asText()));
        assertThat(trail.path("request").path("trail").toString()).contains("SUBMITTED", "APPROVED", "ORDER_ISSUED",
                "ASG-08", "ASG-05");
    }

    @Test
    @DisplayName("ASG-08 cross-unit rejected (cilegon-2023): without a reason 422 and nothing recorded; with a reason recorded")
    void crossUnitRejected() {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-rej", "cilegon-2023");
        String id = ok(api.post("/api/v1/involvement-requests", token(w, w.h2), request(w.u2, w.u1, List.of(w.s1a))))
                .path("requestId").asText();
        ApiClient.Response noReason = api.post("/api/v1/involvement-requests/" + id + "/rejection", token(w, w.h1),
                Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(422);
        assertThat(noReason.json().path("violations").get(0).path("ruleId").asText()).isEqualTo("ASG-08");
        ok(api.post("/api/v1/involvement-requests/" + id + "/rejection", token(w, w.h1),
                Map.of("reason", "pegawai sedang bertugas")));
        JsonNode request = awaitJson("/api/v1/involvement-requests/" + id, token(w, w.h2),
                j -> "REJECTED".equals(j.path("request").path("state").asText())).path("request");
        assertThat(request.path("trail")).hasSize(2);
        assertThat(request.path("trail").get(1).path("note").asText()).isEqualTo("pegawai sedang bertugas");
    }

    @Test
    @DisplayName("ASG-05 cross-department (bandung-2023): the order is issued by the Sekretaris Daerah")
    void crossDepartment() {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-cd", "bandung-2023");
        String id = ok(api.post("/api/v1/involvement-requests", token(w, w.h3), request(w.u3, w.u1, List.of(w.s1a))))
                .path("requestId").asText();
        String orderId = ok(api.post("/api/v1/involvement-requests/" + id + "/approval", token(w, w.h1), Map.of()))
                .path("result").asText();
        assertThat(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(w, w.k1), Map.of()).status())
                .isEqualTo(403);
        String number = ok(api.post("/api/v1/assignment-orders/" + orderId + "/issue",
                token(w, "sekda-" + w.agency, "REGIONAL_SECRETARY"), Map.of())).path("result").asText();
        assertAssigned(w, w.s1a, number);
    }

    @Test
    @DisplayName("ASG-09 cross-agency: both agencies' PyB steps, the appraiser's availability, the target unit head's letter")
    void crossAgency() {
        AssignmentWorld own = new AssignmentWorld(sut, "kota-asg-own", "bandung-2023");
        AssignmentWorld target = new AssignmentWorld(sut, "kota-asg-tgt", "cilegon-2023");
        Map<String, Object> body = request(own.u1, null, List.of());
        body.put("targetAgencyId", target.agency);
        String id = ok(api.post("/api/v1/involvement-requests", token(own, own.h1), body)).path("requestId").asText();
        String ownPyb = token(own, "pyb-" + own.agency, "AUTHORIZED_OFFICIAL");
        String targetPyb = token(target, "pyb-" + target.agency, "AUTHORIZED_OFFICIAL");
        String path = "/api/v1/involvement-requests/" + id + "/approval";
        assertThat(api.post(path, targetPyb, Map.of()).status()).isEqualTo(403);
        assertThat(ok(api.post(path, ownPyb, Map.of())).path("result").asText())
                .isEqualTo("PENDING_TARGET_AUTHORIZED_OFFICIAL");
        assertThat(ok(api.post(path, targetPyb, Map.of("targetUnitId", target.u3))).path("result").asText())
                .isEqualTo("PENDING_AVAILABILITY");
        assertThat(ok(api.post(path, token(target, target.h3), Map.of("nominatedNips", List.of(target.s3a))))
                .path("result").asText()).isEqualTo("PENDING_REPLY_ENDORSEMENT");
        assertThat(ok(api.post(path, targetPyb, Map.of())).path("result").asText()).isEqualTo("PENDING_REPLY_ACCEPTANCE");
        String orderId = ok(api.post(path, ownPyb, Map.of())).path("result").asText();
        String number = ok(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(target, target.h3),
                Map.of())).path("result").asText();
        assertThat(number).contains("/" + target.shortName + "/");
        assertAssigned(target, target.s3a, number);
        JsonNode trail = awaitJson("/api/v1/involvement-requests/" + id, ownPyb,
                j -> "FULFILLED".equals(j.path("request").path("state").asText())).path("request").path("trail");
        assertThat(trail).hasSize(7);
    }

    @Test
    @DisplayName("ASG-10 voluntary within a unit (cilegon-2023): the employee applies, the unit head approves and assigns")
    void voluntaryWithinUnit() {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-asg-vol", "cilegon-2023");
        String id = ok(api.post("/api/v1/voluntary-applications", token(w, w.s1a),
                Map.of("terms", AssignmentWorld.terms()))).path("applicationId").asText();
        String orderId = ok(api.post("/api/v1/voluntary-applications/" + id + "/approval", token(w, w.h1), Map.of()))
                .path("result").asText();
        String number = ok(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(w, w.h1), Map.of()))
                .path("result").asText();
        assertAssigned(w, w.s1a, number);
    }

    @Test
    @DisplayName("ASG-11 ASG-12 voluntary across units: bekasi-2023 allows it across departments (target Level I, then own unit head); bandung-2023 version 1 (lampiran B.2 huruf b) refuses")
    void voluntaryCrossUnit() {
        AssignmentWorld bekasi = new AssignmentWorld(sut, "kota-asg-vbks", "bekasi-2023");
        String id = ok(api.post("/api/v1/voluntary-applications", token(bekasi, bekasi.s1a),
                Map.of("targetUnitId", bekasi.u3, "terms", AssignmentWorld.terms()))).path("applicationId").asText();
        String path = "/api/v1/voluntary-applications/" + id + "/approval";
        assertThat(ok(api.post(path, token(bekasi, bekasi.k2), Map.of())).path("result").asText())
                .isEqualTo("PENDING_HOME_APPROVAL");
        String orderId = ok(api.post(path, token(bekasi, bekasi.h1), Map.of())).path("result").asText();
        String number = ok(api.post("/api/v1/assignment-orders/" + orderId + "/issue", token(bekasi, bekasi.k2),
                Map.of())).path("result").asText();
        assertAssigned(bekasi, bekasi.s1a, number);

        AssignmentWorld bandung = new AssignmentWorld(sut, "kota-asg-vbdg", "bandung-2023");
        ApiClient.Response refused = api.post("/api/v1/voluntary-applications", token(bandung, bandung.s1a),
                Map.of("targetUnitId", bandung.u3, "terms", AssignmentWorld.terms()));
        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.json().path("violations").get(0).path("ruleId").asText()).isEqualTo("ASG-12");
    }
}
