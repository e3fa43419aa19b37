package id.sistemkerja.platform.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import id.sistemkerja.platform.kafka.IntegrationEventConsumers;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.platform.test.TestTokens;
import id.sistemkerja.platform.web.IdempotencyPurge;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import reactor.core.publisher.Flux;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The security review's findings at the platform level (docs/security.md), through a whole service: token validation
 * on the service itself (H1, C1), bounded bodies (H2, M5), idempotency scope and purge (M3), what consumers accept
 * (H4), oversize events (M5) and the actuator (L1, L2).
 */
@SiKerjaServiceTest
class PlatformSecurityTest {

    private static final String ADMIN = "199001012015031001";

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    IdempotencyPurge purge;

    private WebTestClient.ResponseSpec register(String token, String body, String key) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/v1/things")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        if (key != null) {
            request = request.header("Idempotency-Key", key);
        }
        return request.bodyValue(body).exchange();
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private void unauthenticated(String token) {
        long before = storedEvents();
        register(token, "{\"name\":\"refused-" + UUID.randomUUID() + "\"}", null).expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents()).isEqualTo(before);
    }

    private static String custom(Consumer<JWTClaimsSet.Builder> change, String... roles) {
        return TestTokens.custom(ADMIN, "kota-bandung", null, change, roles.length == 0
                ? new String[]{"AGENCY_ADMIN"} : roles);
    }

    // ------------------------------------------------------------------ H1, C1: what a valid token is

    @Test
    @DisplayName("H1 the service itself refuses an expired token, one without exp, one valid for a day, and one issued a day ago without exp")
    void expiry() {
        unauthenticated(custom(b -> b.issueTime(Date.from(Instant.now().minusSeconds(7200)))
                .expirationTime(Date.from(Instant.now().minusSeconds(60)))));
        unauthenticated(custom(b -> b.expirationTime(null)));
        unauthenticated(custom(b -> b.expirationTime(Date.from(Instant.now().plusSeconds(86_400)))));
        unauthenticated(custom(b -> b.expirationTime(null).issueTime(Date.from(Instant.now().minusSeconds(86_400)))));
    }

    @Test
    @DisplayName("H1 the service refuses a token of another issuer or for another audience")
    void issuerAndAudience() {
        unauthenticated(custom(b -> b.issuer("https://sso.example.go.id/realms/pemda")));
        unauthenticated(custom(b -> b.audience("e-office")));
        unauthenticated(custom(b -> b.audience((String) null)));
    }

    @Test
    @DisplayName("H1 alg none and an HS256 token signed with the public key as secret are refused")
    void algorithms() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN")).getJWTClaimsSet();
        unauthenticated(new PlainJWT(claims).serialize());
        SignedJWT hmac = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
        hmac.sign(new MACSigner(Files.readAllBytes(TestTokens.publicKeyFile())));
        unauthenticated(hmac.serialize());
    }

    @Test
    @DisplayName("H1 C1 a token without agency (any non-national role), without sub or without roles is a 401, never a 500")
    void requiredClaims() {
        unauthenticated(custom(b -> b.claim("agency", null)));
        unauthenticated(custom(b -> b.claim("agency", null), "AUDITOR"));
        unauthenticated(custom(b -> b.subject(null)));
        unauthenticated(custom(b -> b.claim("roles", null)));
        unauthenticated(custom(b -> b.claim("roles", List.of()).claim("agency", null)));
    }

    @Test
    @DisplayName("C1 a token with the reserved role SYSTEM is refused, with or without agency, and stores nothing")
    void systemRoleRefused() {
        unauthenticated(TestTokens.token("simpeg-bekasi", null, "SYSTEM"));
        unauthenticated(TestTokens.token("simpeg-bekasi", "kota-bandung", "SYSTEM"));
        unauthenticated(TestTokens.token("simpeg-bekasi", "kota-bandung", "SYSTEM", "AGENCY_ADMIN"));
    }

    @Test
    @DisplayName("C1 L8 operations are for deployment operators: an agency's OPERATOR and a national auditor are refused")
    void operationsNeedDeploymentOperator() {
        web.get().uri("/api/v1/operations/projections")
                .header("Authorization", "Bearer " + TestTokens.token("ops-bdg", "kota-bandung", "OPERATOR"))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/operations/projections")
                .header("Authorization", "Bearer " + TestTokens.token("bpk", null, "NATIONAL_AUDITOR"))
                .exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/operations/projections")
                .header("Authorization", "Bearer " + TestTokens.token("ops-01", null, "OPERATOR"))
                .exchange().expectStatus().isOk();
    }

    // ------------------------------------------------------------------ H2, M5: bounded bodies

    @Test
    @DisplayName("H2 a 5 MB chunked POST with an Idempotency-Key is a 413 problem+json, and the service keeps answering")
    void chunkedBodyWithIdempotencyKeyIsBounded() {
        byte[] chunk = new byte[64 * 1024];
        java.util.Arrays.fill(chunk, (byte) 'a');
        Flux<DataBuffer> body = Flux.range(0, 80).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk));
        web.post().uri("/api/v1/things").header("Authorization", "Bearer " + TestTokens.token(ADMIN, "kota-bandung",
                        "AGENCY_ADMIN")).header("Idempotency-Key", UUID.randomUUID().toString())
                .contentType(MediaType.APPLICATION_JSON)
                .body(body, DataBuffer.class)
                .exchange().expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        register(TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN"), "{\"name\":\"still-alive\"}",
                UUID.randomUUID().toString()).expectStatus().isCreated();
    }

    @Test
    @DisplayName("M5 a text of 10 001 characters is a 400 naming the field, and nothing is stored")
    void textLimit() {
        long before = storedEvents();
        register(TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN"), "{\"name\":\"" + "x".repeat(10_001) + "\"}",
                null).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("name")
                .jsonPath("$.detail").isEqualTo("name is longer than 10000 characters");
        assertThat(storedEvents()).isEqualTo(before);
        register(TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN"), "{\"name\":\"" + "x".repeat(10_000) + "\"}",
                null).expectStatus().isCreated();
    }

    @Test
    @DisplayName("M5 an integration event above the size limit is dead-lettered as a notice and later events are still published")
    void oversizeEventDoesNotStallThePublisher() {
        String token = TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN");
        String big = register(token, "{\"name\":\"" + "b".repeat(8_000) + "\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        String after = register(token, "{\"name\":\"after-oversize\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(after) == 1);
        ConsumerRecord<String, byte[]> notice = KafkaTopicReader.readUntil(
                        TestInfrastructure.get().kafkaBootstrapServers(), IntegrationEventConsumers.deadLetterTopic("sample"),
                        rs -> rs.stream().anyMatch(r -> big.equals(r.key())), Duration.ofSeconds(30))
                .stream().filter(r -> big.equals(r.key())).findFirst().orElseThrow();
        String text = new String(notice.value(), StandardCharsets.UTF_8);
        assertThat(text).contains("oversizeBytes").doesNotContain("bbbbbbbb");
        assertThat(seen(big)).isZero();
    }

    // ------------------------------------------------------------------ M3: idempotency scope and purge

    @Test
    @DisplayName("M3 the same Idempotency-Key and body of one subject acting for two agencies are two requests, never a replay")
    void idempotencyScopedByAgency() {
        String key = UUID.randomUUID().toString();
        Map<?, ?> bandung = register(TestTokens.token(ADMIN, "kota-bandung", "AGENCY_ADMIN"), "{\"name\":\"scoped\"}",
                key).expectStatus().isCreated().expectBody(Map.class).returnResult().getResponseBody();
        WebTestClient.ResponseSpec bekasi = register(TestTokens.token(ADMIN, "kota-bekasi", "AGENCY_ADMIN"),
                "{\"name\":\"scoped\"}", key);
        bekasi.expectStatus().isCreated().expectHeader().doesNotExist("Idempotent-Replayed");
        Map<?, ?> second = bekasi.expectBody(Map.class).returnResult().getResponseBody();
        assertThat(second.get("thingId")).isNotEqualTo(bandung.get("thingId"));
        assertThat(jdbc.queryForObject("SELECT agencyid FROM (SELECT payload::jsonb->>'agencyId' AS agencyid, "
                + "aggregateidentifier FROM domainevententry) e WHERE aggregateidentifier = ?", String.class,
                second.get("thingId"))).isEqualTo("kota-bekasi");
    }

    @Test
    @DisplayName("M3 expired idempotency keys are purged on a schedule, not only at start-up")
    void expiredKeysArePurged() {
        jdbc.update("INSERT INTO sk_idempotency (principal, idem_key, request_hash, state, status, created_at, "
                        + "completed_at) VALUES ('old|x|-', ?, ?, 'COMPLETED', 201, ?, ?)", "old-" + UUID.randomUUID(),
                "0".repeat(64), Timestamp.from(Instant.now().minus(Duration.ofDays(3))),
                Timestamp.from(Instant.now().minus(Duration.ofDays(3))));
        assertThat(purge.isRunning()).isTrue();
        assertThat(purge.interval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(purge.purgeNow()).isPositive();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sk_idempotency WHERE completed_at < now() - interval '2 days'",
                Long.class)).isZero();
    }

    // ------------------------------------------------------------------ H4: what consumers accept

    private String envelope(String eventId, String source, String agencyId, String payload) {
        return "{\"eventId\":\"" + eventId + "\",\"type\":\"sample.ThingRegistered\",\"schemaVersion\":1,"
                + "\"occurredAt\":\"2026-12-01T00:00:00Z\",\"sourceService\":" + (source == null ? "null" : "\"" + source
                + "\"") + ",\"agencyId\":" + (agencyId == null ? "null" : "\"" + agencyId + "\"")
                + ",\"aggregateId\":\"" + eventId + "\",\"aggregateSequence\":0,\"payload\":" + payload + "}";
    }

    private void deadLettered(String thingId, String json, String reason) throws Exception {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                TestInfrastructure.get().kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(SampleApplication.TOPIC, thingId, json.getBytes(StandardCharsets.UTF_8)))
                    .get();
        }
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), IntegrationEventConsumers.deadLetterTopic("sample"),
                rs -> rs.stream().anyMatch(r -> thingId.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> letter = dead.stream().filter(r -> thingId.equals(r.key())).findFirst()
                .orElseThrow();
        var header = letter.headers().lastHeader("kafka_dlt-exception-message");
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).contains(reason);
        assertThat(seen(thingId)).isZero();
    }

    @Test
    @DisplayName("H4 a consumed event without agency goes to the dead-letter topic and changes nothing")
    void eventWithoutAgency() throws Exception {
        String id = "forged-" + UUID.randomUUID();
        deadLettered(id, envelope(id, "sample", null, "{\"thingId\":\"" + id + "\",\"name\":\"x\"}"), "names no agency");
    }

    @Test
    @DisplayName("H4 a consumed event whose source service is not the topic's owner goes to the dead-letter topic")
    void eventFromAnotherSource() throws Exception {
        String id = "forged-" + UUID.randomUUID();
        deadLettered(id, envelope(id, "performance", "kota-bandung", "{\"thingId\":\"" + id + "\",\"name\":\"x\"}"),
                "names source service performance");
    }

    @Test
    @DisplayName("H4 a consumed event whose payload violates its contract schema goes to the dead-letter topic")
    void eventViolatingSchema() throws Exception {
        String id = "forged-" + UUID.randomUUID();
        deadLettered(id, envelope(id, "sample", "kota-bandung", "{\"thingId\":\"" + id + "\",\"name\":{\"$gt\":1}}"),
                "does not fit its contract schema");
    }

    @Test
    @DisplayName("H4 a consumed event whose payload names another agency than its envelope goes to the dead-letter topic")
    void eventWithTwoAgencies() throws Exception {
        String id = "forged-" + UUID.randomUUID();
        deadLettered(id, envelope(id, "sample", "kota-bandung", "{\"thingId\":\"" + id
                + "\",\"name\":\"x\",\"agencyId\":\"kota-bekasi\"}"), "its payload names another");
    }

    // ------------------------------------------------------------------ L1, L2: actuator

    @Test
    @DisplayName("L2 anonymous health shows the status only; L1 metrics are for deployment operators only")
    void actuator() throws Exception {
        JsonNode health = objectMapper.readTree(web.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
        assertThat(health.has("status")).isTrue();
        assertThat(health.has("components")).isFalse();
        web.get().uri("/actuator/metrics").header("Authorization", "Bearer " + TestTokens.token(ADMIN, "kota-bandung",
                "EMPLOYEE")).exchange().expectStatus().isForbidden();
        web.get().uri("/actuator/metrics").header("Authorization", "Bearer " + TestTokens.token("ops-01", null,
                "OPERATOR")).exchange().expectStatus().isOk();
    }

    private long seen(String thingId) {
        return mongo.getCollection("things_seen").countDocuments(new Document("thingId", thingId));
    }
}
