package id.sistemkerja.gateway;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * M6: the per-route cost limit at the gateway. The org chart is limited here to 2 calls per caller and one more per
 * hour, so the third call within the test is refused whatever the machine's speed (no timing in the assertion).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class CostLimitGatewayTest {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("sikerja.dev-issuer.private-key-location", () -> "file:" + TestKeys.PRIVATE);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + TestKeys.PUBLIC);
        // nothing listens here: a routed request passes the limits and ends as 503 problem+json
        registry.add("ORG_SERVICE_URL", () -> "http://localhost:1");
        registry.add("sikerja.gateway.cost.limits[0].name", () -> "org-chart");
        registry.add("sikerja.gateway.cost.limits[0].paths[0]", () -> "/api/v1/agencies/*/org-chart");
        registry.add("sikerja.gateway.cost.limits[0].burst", () -> "2");
        registry.add("sikerja.gateway.cost.limits[0].refill", () -> "1h");
    }

    @Autowired
    WebTestClient web;

    private String token(String subject, String agency) {
        Map<?, ?> response = web.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", subject, "agency", agency, "roles", List.of("AGENCY_ADMIN")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return "Bearer " + response.get("token");
    }

    private EntityExchangeResult<String> get(String path, String token) {
        return web.get().uri(path).header("Authorization", token).exchange().expectBody(String.class).returnResult();
    }

    @Test
    @DisplayName("M6 a caller above the org chart's cost limit gets 429 problem+json with Retry-After; ordinary routes, and the same subject acting for another agency, keep their own allowance")
    void orgChartCostLimited() {
        String bandung = token("197801012005011001", "kota-bandung");
        String chart = "/api/v1/agencies/kota-bandung/org-chart";
        assertThat(get(chart, bandung).getStatus().value()).isEqualTo(503);
        assertThat(get(chart, bandung).getStatus().value()).isEqualTo(503);

        EntityExchangeResult<String> refused = get(chart, bandung);
        assertThat(refused.getStatus().value()).isEqualTo(429);
        assertThat(refused.getResponseHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(Long.parseLong(refused.getResponseHeaders().getFirst("Retry-After"))).isBetween(1L, 3600L);
        assertThat(refused.getResponseBody()).contains("cost-limited", "org-chart");

        // an ordinary route of the same caller is not cost-limited
        assertThat(get("/api/v1/agencies/kota-bandung", bandung).getStatus().value()).isEqualTo(503);
        // the bucket is the caller's (issuer, agency, subject), not the route's or the subject's alone
        assertThat(get(chart, token("197801012005011001", "kota-bekasi")).getStatus().value()).isEqualTo(503);
        assertThat(get(chart, token("198203102006042002", "kota-bandung")).getStatus().value()).isEqualTo(503);
    }
}
