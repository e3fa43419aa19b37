package id.sistemkerja.platform.sample;

import id.sistemkerja.platform.idempotency.InstanceLiveness;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a retry with the same {@code Idempotency-Key} gets after the process that ran the first request died
 * (docs/reliability.md): the key is taken over at once, and a command that had already committed is answered from its
 * recorded outcome instead of running a second time.
 */
@SiKerjaServiceTest
class IdempotencyRecoveryTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    InstanceLiveness liveness;

    private final String token = TestTokens.token("199001012015031001", "kota-bandung", "AGENCY_ADMIN");

    private WebTestClient.ResponseSpec post(String path, String body, String key) {
        return web.post().uri(path).header("Authorization", "Bearer " + token).header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private String newThing() {
        return post("/api/v1/things", "{\"name\":\"noted\"}", UUID.randomUUID().toString()).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
    }

    private int notes(String thingId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ? "
                + "AND payloadtype LIKE '%NoteAddedEvent'", Integer.class, thingId);
    }

    /** The state a kill -9 leaves: the command committed, its response was never recorded, the key names the dead run. */
    private void crashAfterCommit(String key, long owner) {
        assertThat(jdbc.update("UPDATE sk_idempotency SET state = 'IN_PROGRESS', status = NULL, content_type = NULL, "
                + "location = NULL, body = NULL, completed_at = NULL, owner = ? WHERE idem_key = ?", owner, key))
                .isEqualTo(1);
    }

    @Test
    @DisplayName("a retry after the process died between commit and response is answered like the first run, and the "
            + "command is not applied twice")
    void retryAfterCrashBetweenCommitAndResponse() {
        String thing = newThing();
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = post("/api/v1/things/" + thing + "/notes", "{\"text\":\"noted after a crash\"}", key)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        long deadInstance = ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE >>> 1); // holds no lock: gone
        crashAfterCommit(key, deadInstance);

        Map<?, ?> retry = post("/api/v1/things/" + thing + "/notes", "{\"text\":\"noted after a crash\"}", key)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(notes(thing)).isEqualTo(1);
    }

    @Test
    @DisplayName("a key whose request is still running in a live instance answers 409 in progress, retryable, with "
            + "Retry-After")
    void keyOfALiveInstanceIsInProgress() {
        String thing = newThing();
        String key = UUID.randomUUID().toString();
        post("/api/v1/things/" + thing + "/notes", "{\"text\":\"running\"}", key).expectStatus().isCreated();
        crashAfterCommit(key, liveness.instanceId()); // this instance is alive: its request is still running

        post("/api/v1/things/" + thing + "/notes", "{\"text\":\"running\"}", key)
                .expectStatus().isEqualTo(409)
                .expectHeader().valueEquals("Retry-After", "1")
                .expectBody().jsonPath("$.retryable").isEqualTo(true);
        assertThat(notes(thing)).isEqualTo(1);
    }

    @Test
    @DisplayName("a second command with the same key after the response was lost creates no second record even when the "
            + "key's row is gone")
    void commandOutcomeWithoutKeyRow() {
        String thing = newThing();
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = post("/api/v1/things/" + thing + "/notes", "{\"text\":\"kept\"}", key)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        jdbc.update("DELETE FROM sk_idempotency WHERE idem_key = ?", key); // e.g. abandoned and taken over

        Map<?, ?> retry = post("/api/v1/things/" + thing + "/notes", "{\"text\":\"kept\"}", key)
                .expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();

        assertThat(retry).isEqualTo(first);
        assertThat(notes(thing)).isEqualTo(1);
    }
}
