package id.sistemkerja.performance.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.test.TestTokens;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.function.Predicate;


/** HTTP calls of the tests, as a given NIP of a given agency with given roles. */
final class PerfApi {

    record Response(int status, JsonNode json) {
    }

    private final WebTestClient web;
    private final ObjectMapper json;

    PerfApi(WebTestClient web, ObjectMapper json) {
        // the first request of a test JVM initialises much lazily; on a loaded machine it can take more than 5 s
        this.web = web.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        this.json = json;
    }

    Response post(String as, String agency, String uri, Object body, String... roles) {
        return exchange(web.post().uri(uri).header("Authorization", bearer(as, agency, roles))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body == null ? "{}" : body));
    }

    Response put(String as, String agency, String uri, Object body, String... roles) {
        return exchange(web.put().uri(uri).header("Authorization", bearer(as, agency, roles))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body));
    }

    Response get(String as, String agency, String uri, String... roles) {
        return exchange(web.get().uri(uri).header("Authorization", bearer(as, agency, roles)));
    }

    String text(String as, String agency, String uri) {
        return web.get().uri(uri).header("Authorization", bearer(as, agency, "EMPLOYEE")).exchange()
                .expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** GET until the read model satisfies {@code until}. */
    JsonNode await(String as, String agency, String uri, Predicate<JsonNode> until) {
        JsonNode[] last = new JsonNode[1];
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100)).until(() -> {
            Response r = get(as, agency, uri);
            last[0] = r.json();
            return r.status() == 200 && until.test(r.json());
        });
        return last[0];
    }

    private static String bearer(String as, String agency, String... roles) {
        return "Bearer " + TestTokens.token(as, agency, roles.length == 0 ? new String[]{"EMPLOYEE"} : roles);
    }

    private Response exchange(WebTestClient.RequestHeadersSpec<?> spec) {
        var result = spec.exchange().expectBody().returnResult();
        byte[] body = result.getResponseBody();
        try {
            return new Response(result.getStatus().value(), body == null || body.length == 0
                    ? json.nullNode() : json.readTree(body));
        } catch (IOException e) {
            // text bodies (CSV) are read through text()
            throw new UncheckedIOException(e);
        }
    }
}
