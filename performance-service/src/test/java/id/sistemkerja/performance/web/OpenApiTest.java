package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every performance endpoint is documented with both terms, a success response and the problem responses. */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class OpenApiTest {

    @Autowired
    WebTestClient web;
    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("every performance-service operation names the regulation's term and documents its errors")
    void documented() throws Exception {
        // the first request builds the whole document: more than 5 s on a busy machine
        JsonNode doc = json.readTree(web.mutate().responseTimeout(java.time.Duration.ofSeconds(60)).build()
                .get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> checked = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(op -> {
            if (!path.getKey().contains("performance")) {
                return; // platform endpoints (profiles, audit, operations)
            }
            String where = op.getKey().toUpperCase() + " " + path.getKey();
            JsonNode operation = op.getValue();
            assertThat(operation.path("summary").asText()).as(where).matches(".*\\(.+\\).*");
            JsonNode responses = operation.get("responses");
            assertThat(responses.fieldNames()).as(where).toIterable().anyMatch(code -> code.startsWith("2"));
            assertThat(responses.has("403")).as(where).isTrue();
            checked.add(where);
        }));
        assertThat(checked).contains("POST /api/v1/performance/agreements",
                "PUT /api/v1/employees/{nip}/performance/{year}/plan",
                "POST /api/v1/performance/units/{unitId}/evaluations/{year}/{period}/finalisation",
                "GET /api/v1/performance/units/{unitId}/evaluations/{year}/{period}/results.csv",
                "POST /api/v1/employees/{nip}/performance/{year}/evaluations/{period}/objections")
                .hasSizeGreaterThanOrEqualTo(25);
    }
}
