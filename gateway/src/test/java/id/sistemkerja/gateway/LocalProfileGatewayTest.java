package id.sistemkerja.gateway;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("local")
class LocalProfileGatewayTest {

    @DynamicPropertySource
    static void keys(DynamicPropertyRegistry registry) {
        registry.add("sikerja.dev-issuer.private-key-location", () -> "file:" + TestKeys.PRIVATE);
        registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + TestKeys.PUBLIC);
        // nothing listens here: a routed request proves validation and routing, then fails as 503 problem+json
        registry.add("ORG_SERVICE_URL", () -> "http://localhost:1");
        registry.add("sikerja.gateway.requests-per-second", () -> "1");
        registry.add("sikerja.gateway.burst", () -> "3");
    }

    @Autowired
    WebTestClient web;

    private String devToken(String subject) {
        Map<?, ?> response = web.post().uri("/auth/dev-token").contentType(MediaType.APPLICATION_JSON)
                .bodyValue(Map.of("subject", subject, "agency", "kota-bandung", "roles", java.util.List.of("EMPLOYEE")))
                .exchange().expectStatus().isOk().expectBody(Map.class).returnResult().getResponseBody();
        return response.get("token").toString();
    }

    @Test
    @DisplayName("the development issuer's token is accepted and the request is routed to the owning service")
    void devTokenIsValidatedAndRouted() {
        web.get().uri("/api/v1/agencies/kota-bandung").header("Authorization", "Bearer " + devToken("199001202015031003"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Correlation-Id");
    }

    @Test
    @DisplayName("a request without a token is refused at the gateway with 401 problem+json")
    void noToken() {
        web.get().uri("/api/v1/agencies/kota-bandung").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("a caller above the rate limit gets 429 problem+json with Retry-After")
    void rateLimited() {
        String token = "Bearer " + devToken("198203102006042002");
        int limited = 0;
        for (int i = 0; i < 10; i++) {
            int status = web.get().uri("/api/v1/agencies/x").header("Authorization", token).exchange()
                    .returnResult(String.class).getStatus().value();
            if (status == 429) {
                limited++;
            }
        }
        assertThat(limited).isGreaterThan(0);
    }

    @Test
    @DisplayName("an unknown path is a 404 problem+json")
    void unknownPath() {
        web.get().uri("/api/v1/nothing").header("Authorization", "Bearer " + devToken("197801012005011001"))
                .exchange().expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }
}
