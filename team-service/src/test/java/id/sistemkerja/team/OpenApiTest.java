package id.sistemkerja.team;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every team endpoint is documented: a summary with the Indonesian term, a success response and problem responses. */
class OpenApiTest extends TeamApiTest {

    @Test
    @DisplayName("every team-service operation names the regulation's term and documents its errors")
    void documented() throws Exception {
        // the first request builds the whole document: more than 5 s on a busy machine
        JsonNode doc = json.readTree(web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> checked = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!path.getKey().startsWith("/api/v1/teams") && !path.getKey().startsWith("/api/v1/team")
                    && !path.getKey().startsWith("/api/v1/report-requests")
                    && !path.getKey().startsWith("/api/v1/employees")) {
                return; // platform endpoints (operations, audit) are documented by the platform
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
        assertThat(checked).contains("POST /api/v1/teams", "POST /api/v1/teams/{teamId}/decree",
                "POST /api/v1/teams/{teamId}/lead", "GET /api/v1/teams/{teamId}/roster",
                "GET /api/v1/employees/{nip}/teams", "GET /api/v1/report-requests", "GET /api/v1/team/allowances");
    }
}
