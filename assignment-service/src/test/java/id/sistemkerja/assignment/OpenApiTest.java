package id.sistemkerja.assignment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.OpenApiDocumentation;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every assignment endpoint is documented: a summary with the Indonesian term, a success response and problems. */
class OpenApiTest extends AssignmentTestBase {

    @Autowired
    ObjectMapper json;

    @Test
    @DisplayName("every assignment-service operation names the regulation's term and documents its errors")
    void documented() throws Exception {
        JsonNode doc = json.readTree(client().get().uri("/v3/api-docs").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        List<String> checked = OpenApiDocumentation.check(doc, path -> path.contains("assignment")
                || path.contains("involvement") || path.contains("voluntary") || path.contains("work-plans"), true);
        assertThat(checked).contains("POST /api/v1/assignment-orders", "POST /api/v1/assignment-orders/proposals",
                "POST /api/v1/assignment-orders/{orderId}/issue", "POST /api/v1/involvement-requests",
                "POST /api/v1/voluntary-applications", "POST /api/v1/work-plans",
                "GET /api/v1/employees/{nip}/assignments");
    }
}
