package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * A plain HTTP client of the SiKerja API through the gateway, as another government application would use it: dev
 * tokens (local run), JSON bodies, {@code Idempotency-Key}s. Used by the demo data loader, the system tests and the
 * benchmark drivers.
 */
public final class ApiClient {

    /** A response: status, body as JSON (or null) and headers. */
    public record Response(int status, JsonNode json, String body, Map<String, List<String>> headers) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse(null);
        }

        /**
         * Not an answer to the request yet: send it again (same {@code Idempotency-Key}) after a pause. A rate limit
         * (429), a gateway or service that is briefly unavailable (502, 503, 504), or a 409 that says retry: the key's
         * first request still in progress ({@code Retry-After}), a fact not yet in the service's replica, a
         * concurrent change ({@code "retryable": true}).
         */
        public boolean retryable() {
            if (status == 429 || status == 502 || status == 503 || status == 504) {
                return true;
            }
            if (status != 409) {
                return false;
            }
            return header("Retry-After") != null
                    || (json != null && (json.path("retryable").asBoolean(false)
                    || json.path("type").asText().endsWith("/fact-not-yet-known")));
        }

        /** A final 409: the record exists already (e.g. created by an earlier run with the same id). */
        public boolean exists() {
            return status == 409 && !retryable();
        }

        /** Seconds the server asked to wait ({@code Retry-After}), if it said. */
        public java.util.OptionalLong retryAfterSeconds() {
            String value = header("Retry-After");
            try {
                return value == null ? java.util.OptionalLong.empty()
                        : java.util.OptionalLong.of(Long.parseLong(value.trim()));
            } catch (NumberFormatException e) {
                return java.util.OptionalLong.empty();
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    private final String baseUrl;
    private final HttpClient http;

    public ApiClient(String baseUrl) {
        this.baseUrl = baseUrl;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** A development token from the gateway's local issuer. */
    public String devToken(String subject, String agency, String... roles) {
        return devTokenInUnit(subject, agency, null, roles);
    }

    /** A development token that also names the caller's organisation unit. */
    public String devTokenInUnit(String subject, String agency, String unit, String... roles) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("subject", subject);
        body.put("agency", agency);
        body.put("roles", List.of(roles));
        if (unit != null) {
            body.put("unit", unit);
        }
        Response response = send("POST", "/auth/dev-token", null, body, null);
        if (!response.ok()) {
            throw new IllegalStateException("Cannot get a development token: " + response.status() + " " + response.body());
        }
        return response.json().get("token").asText();
    }

    public Response get(String path, String token) {
        return send("GET", path, token, null, null);
    }

    public Response post(String path, String token, Object body) {
        return send("POST", path, token, body, null);
    }

    public Response post(String path, String token, Object body, String idempotencyKey) {
        return send("POST", path, token, body, idempotencyKey);
    }

    public Response put(String path, String token, Object body) {
        return send("PUT", path, token, body, null);
    }

    public Response delete(String path, String token) {
        return send("DELETE", path, token, null, null);
    }

    public Response send(String method, String path, String token, Object body, String idempotencyKey) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl + path))
                    .timeout(Duration.ofSeconds(30));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            if (body != null) {
                byte[] bytes = body instanceof String s ? s.getBytes() : JSON.writeValueAsBytes(body);
                request.header("Content-Type", "application/json");
                request.method(method, HttpRequest.BodyPublishers.ofByteArray(bytes));
            } else {
                request.method(method, HttpRequest.BodyPublishers.noBody());
            }
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            JsonNode json = null;
            String text = response.body();
            if (text != null && !text.isBlank() && (text.startsWith("{") || text.startsWith("["))) {
                try {
                    json = JSON.readTree(text);
                } catch (IOException notJson) {
                    json = null;
                }
            }
            return new Response(response.statusCode(), json, text, response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + path + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
