package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 12 item 12 through the gateway: an involvement request rejected without a reason is refused citing the
 * regulation the agency is bound to (Bandung: Perwal Bandung 6/2023, never Perwal Cilegon 17/2023).
 */
class AssignmentCitationsSystemTest {

    private static final SystemUnderTest sut = SystemUnderTest.get();
    private static final ApiClient api = sut.api();

    private static String token(AssignmentWorld w, String nip) {
        return api.devToken(nip, w.agency, "EMPLOYEE");
    }

    @ParameterizedTest(name = "ASG-08 {0}: a rejection without a reason is 422 citing {2}, not another city's regulation")
    @CsvSource(delimiter = '|', value = {
            "Bandung|bandung-2023|Perwal Bandung 6/2023",
            "Cilegon|cilegon-2023|Perwal Cilegon 17/2023"})
    @DisplayName("ASG-08 refusals cite the agency's own regulation (BDG23 lampiran B.2.a angka 2); CLG23 lampiran B.1 "
            + "huruf b)")
    void rejectionWithoutReasonCitesOwnRegulation(String city, String profileId, String regulation) {
        AssignmentWorld w = new AssignmentWorld(sut, "kota-cite", profileId);
        Map<String, Object> request = new HashMap<>();
        request.put("owningUnitId", w.u2);
        request.put("targetUnitId", w.u1);
        request.put("form", "INDIVIDUAL");
        request.put("requestedNips", List.of(w.s1a));
        request.put("terms", AssignmentWorld.terms());
        ApiClient.Response submitted = api.post("/api/v1/involvement-requests", token(w, w.h2), request);
        assertThat(submitted.status()).as(submitted.body()).isBetween(200, 299);
        String id = submitted.json().path("requestId").asText();

        ApiClient.Response noReason = api.post("/api/v1/involvement-requests/" + id + "/rejection", token(w, w.h1),
                Map.of("reason", ""));
        assertThat(noReason.status()).as(noReason.body()).isEqualTo(422);
        JsonNode violation = noReason.json().path("violations").get(0);
        assertThat(violation.path("ruleId").asText()).isEqualTo("ASG-08");
        assertThat(violation.path("article").asText()).as(city).startsWith(regulation);
    }
}
