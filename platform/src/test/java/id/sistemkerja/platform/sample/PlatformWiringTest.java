package id.sistemkerja.platform.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.platform.kafka.IntegrationEventConsumers;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SiKerjaServiceTest
class PlatformWiringTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    ObjectMapper objectMapper;
    @Autowired
    io.micrometer.core.instrument.MeterRegistry meterRegistry;

    private final String token = TestTokens.token("199001012015031001", "kota-bandung", "AGENCY_ADMIN");

    private WebTestClient.ResponseSpec post(String body, String idempotencyKey) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/v1/things")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.bodyValue(body).exchange();
    }

    private int storedEvents(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Integer.class,
                aggregateId);
    }

    @Test
    @DisplayName("an accepted command's event is stored as readable JSON with actor, agency and correlation metadata")
    void eventStoredAsJsonWithMetadata() throws Exception {
        String id = post("{\"name\":\"first\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();

        Map<String, Object> row = jdbc.queryForMap(
                "SELECT payload, metadata, payloadtype FROM domainevententry WHERE aggregateidentifier = ?", id);
        JsonNode payload = objectMapper.readTree(row.get("payload").toString());
        JsonNode metadata = objectMapper.readTree(row.get("metadata").toString());
        assertThat(payload.get("name").asText()).isEqualTo("first");
        assertThat(row.get("payloadtype").toString()).endsWith("ThingRegisteredEvent");
        assertThat(metadata.get("actor").asText()).isEqualTo("199001012015031001");
        assertThat(metadata.get("actorAgency").asText()).isEqualTo("kota-bandung");
        assertThat(metadata.get("actorRoles").get(0).asText()).isEqualTo("AGENCY_ADMIN");
        assertThat(metadata.get("correlationId").asText()).isNotBlank();
    }

    @Test
    @DisplayName("an accepted command's integration event reaches Kafka keyed by aggregate id with the standard headers")
    void integrationEventOnKafka() throws Exception {
        String id = post("{\"name\":\"to-kafka\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();

        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), SampleApplication.TOPIC,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> record = records.stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        assertThat(header(record, EventHeaders.EVENT_TYPE)).isEqualTo("sample.ThingRegistered");
        assertThat(header(record, EventHeaders.SCHEMA_VERSION)).isEqualTo("1");
        assertThat(header(record, EventHeaders.AGENCY)).isEqualTo("kota-bandung");
        assertThat(header(record, EventHeaders.ACTOR)).isEqualTo("199001012015031001");
        assertThat(header(record, EventHeaders.CORRELATION_ID)).isNotBlank();
        assertThat(header(record, EventHeaders.EVENT_ID)).isNotBlank();
        JsonNode envelope = objectMapper.readTree(record.value());
        assertThat(envelope.get("payload").get("name").asText()).isEqualTo("to-kafka");
        assertThat(envelope.get("aggregateId").asText()).isEqualTo(id);
    }

    @Test
    @DisplayName("a POST repeated with the same Idempotency-Key creates one record and returns the first response")
    void idempotencyKeyCreatesOneRecord() {
        String key = UUID.randomUUID().toString();
        Map<?, ?> first = post("{\"name\":\"once\"}", key).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody();
        // the first response is recorded before the caller sees it: an immediate retry can never be "in progress"
        assertThat(jdbc.queryForObject("SELECT state FROM sk_idempotency WHERE idem_key = ?", String.class, key))
                .isEqualTo("COMPLETED");
        Map<?, ?> second = post("{\"name\":\"once\"}", key).expectStatus().isCreated()
                .expectHeader().valueEquals("Idempotent-Replayed", "true")
                .expectBody(Map.class).returnResult().getResponseBody();

        assertThat(second).isEqualTo(first);
        assertThat(storedEvents(first.get("thingId").toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE '%\"once\"%'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    @DisplayName("the same Idempotency-Key with a different request is refused and creates nothing")
    void idempotencyKeyReusedForDifferentRequest() {
        String key = UUID.randomUUID().toString();
        post("{\"name\":\"original\"}", key).expectStatus().isCreated();
        post("{\"name\":\"different\"}", key).expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.field").isEqualTo("Idempotency-Key");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE payload LIKE '%\"different\"%'",
                Integer.class)).isZero();
    }

    @Test
    @DisplayName("a missing field is a 400 problem+json naming the field, and nothing is stored")
    void invalidInputNamesTheField() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        post("{\"name\":\"\"}", null).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.field").isEqualTo("name")
                .jsonPath("$.type").isEqualTo("https://sistemkerja.id/problems/invalid-input")
                .jsonPath("$.correlationId").isNotEmpty();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("a rule refusal is a 422 problem+json naming rule id, article and field, and nothing is stored")
    void ruleViolationNamesRuleAndArticle() {
        long before = jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
        post("{\"name\":\"forbidden\"}", null).expectStatus().isEqualTo(422)
                .expectBody()
                .jsonPath("$.ruleId").isEqualTo("SMP-01")
                .jsonPath("$.article").isEqualTo("Sample Regulation Pasal 1(2)")
                .jsonPath("$.field").isEqualTo("name")
                .jsonPath("$.violations[0].ruleId").isEqualTo("SMP-01");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class)).isEqualTo(before);
    }

    @Test
    @DisplayName("creating a record that exists already is a 409 problem+json and stores nothing")
    void duplicateCreateIsConflict() {
        String id = UUID.randomUUID().toString();
        post("{\"name\":\"dup\",\"thingId\":\"" + id + "\"}", null).expectStatus().isCreated();
        post("{\"name\":\"dup again\",\"thingId\":\"" + id + "\"}", null).expectStatus().isEqualTo(409)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(storedEvents(id)).isEqualTo(1);
    }

    @Test
    @DisplayName("unreadable JSON is a 400 problem+json")
    void unreadableBody() {
        post("{\"name\":", null).expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("a request without a token is a 401 problem+json")
    void unauthenticated() {
        web.post().uri("/api/v1/things").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"name\":\"x\"}")
                .exchange().expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("an unknown route is a 404 problem+json")
    void unknownRoute() {
        web.get().uri("/api/v1/nothing-here").header("Authorization", "Bearer " + token).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("consumed integration events are applied once even when Kafka delivers them twice")
    void consumerDedupesRedelivery() throws Exception {
        String id = post("{\"name\":\"seen-once\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(id) == 1);

        ConsumerRecord<String, byte[]> original = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), SampleApplication.TOPIC,
                rs -> rs.stream().anyMatch(r -> id.equals(r.key())), Duration.ofSeconds(10))
                .stream().filter(r -> id.equals(r.key())).findFirst().orElseThrow();
        String marker = "after-redelivery-" + UUID.randomUUID();
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(SampleApplication.TOPIC, id, original.value())).get();
        }
        String markerId = post("{\"name\":\"" + marker + "\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(markerId) == 1);
        assertThat(seen(id)).isEqualTo(1);
    }

    @Test
    @DisplayName("a malformed record goes to the dead-letter topic with its original bytes, and the consumer continues")
    void poisonRecordIsDeadLettered() {
        byte[] garbage = ("not json " + UUID.randomUUID()).getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> producer = producer()) {
            producer.send(new ProducerRecord<>(SampleApplication.TOPIC, "poison", garbage)).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        String id = post("{\"name\":\"after-poison\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(id) == 1);

        List<ConsumerRecord<String, byte[]>> dead = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), IntegrationEventConsumers.deadLetterTopic("sample"),
                rs -> rs.stream().anyMatch(r -> java.util.Arrays.equals(r.value(), garbage)), Duration.ofSeconds(30));
        ConsumerRecord<String, byte[]> letter = dead.stream()
                .filter(r -> java.util.Arrays.equals(r.value(), garbage)).findFirst().orElseThrow();
        assertThat(header(letter, IntegrationEventConsumers.DLT_SUBSCRIPTION_HEADER)).isEqualTo("things-seen");
        assertThat(header(letter, "kafka_dlt-exception-message")).contains("not valid JSON");
        assertThat(header(letter, "kafka_dlt-original-topic")).isEqualTo(SampleApplication.TOPIC);
    }

    @Test
    @DisplayName("a record whose handler keeps failing is retried, then dead-lettered, and the partition moves on")
    void failingHandlerIsDeadLetteredAfterRetries() {
        String bad = post("{\"name\":\"explode-" + UUID.randomUUID() + "\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        String good = post("{\"name\":\"after-explosion\"}", null).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
        await().atMost(Duration.ofSeconds(30)).until(() -> seen(good) == 1);
        List<ConsumerRecord<String, byte[]>> dead = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), IntegrationEventConsumers.deadLetterTopic("sample"),
                rs -> rs.stream().anyMatch(r -> bad.equals(r.key() == null ? null : r.key())), Duration.ofSeconds(30));
        assertThat(dead).anyMatch(r -> bad.equals(r.key()));
        assertThat(seen(bad)).isZero();
    }

    @Test
    @DisplayName("processor lag is a metric per tracking processor, and drops to zero once events are handled")
    void processorLagMetric() {
        post("{\"name\":\"lagging\"}", null).expectStatus().isCreated();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var gauge = meterRegistry.find("sikerja.processor.lag.events").tag("processor", "sk-kafka-publisher").gauge();
            return gauge != null && gauge.value() == 0.0;
        });
        assertThat(meterRegistry.find("sikerja.processor.error").tag("processor", "sk-kafka-publisher").gauge().value())
                .isZero();
    }

    private long seen(String thingId) {
        return mongo.getCollection("things_seen").countDocuments(new Document("thingId", thingId));
    }

    private static KafkaProducer<String, byte[]> producer() {
        return new KafkaProducer<>(Map.of("bootstrap.servers", TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer());
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
