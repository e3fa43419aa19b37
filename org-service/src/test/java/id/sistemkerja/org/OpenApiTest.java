package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every org endpoint is documented: a summary with the Indonesian term, a success response and the problem responses. */
@SiKerjaServiceTest
class OpenApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("every org-service operation names the regulation's term and documents its errors")
    void documented() throws Exception {
        // the first request builds the whole document: more than 5 s on a busy machine
        JsonNode doc = json.readTree(web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> checked = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (path.getKey().startsWith("/api/v1/profiles")) {
                return; // documented by the profile-binding work
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(where).matches(".*\\(.+\\).*");
            JsonNode responses = operation.get("responses");
            assertThat(responses.fieldNames()).as(where).toIterable().anyMatch(code -> code.startsWith("2"));
            assertThat(responses.has("403")).as(where).isTrue();
            if (!"get".equals(op.getKey())) {
                assertThat(responses.has("422")).as(where).isTrue();
            }
            checked.add(where);
        }));
        assertThat(checked).contains("POST /api/v1/placements", "GET /api/v1/employees/{nip}/appraiser",
                "GET /api/v1/agencies/{agencyId}/org-chart", "POST /api/v1/delegations",
                "GET /api/v1/units/{unitId}/members", "POST /api/v1/units/{unitId}/positions");
    }
}
