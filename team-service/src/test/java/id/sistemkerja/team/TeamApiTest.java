package id.sistemkerja.team;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.jayway.jsonpath.JsonPath;
import id.sistemkerja.contracts.Envelope;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.test.MutableClock;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.platform.test.TestTokens;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import id.sistemkerja.regulation.replica.OrgReplica;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The shared context of team-service's API tests (one Spring context: the same configuration everywhere): the whole
 * service on real PostgreSQL, Kafka and MongoDB, a clock the tests set ({@link #today(LocalDate)}; reset before each
 * test), org facts written straight into the service's replica, and helpers for the team API.
 */
@SiKerjaServiceTest
@Import(TeamApiTest.TestClock.class)
public abstract class TeamApiTest {

    protected static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    /** Monday 2 March 2026, 09:00 in Jakarta. */
    protected static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    protected static final LocalDate TODAY = LocalDate.ofInstant(NOW, JAKARTA);

    @TestConfiguration
    static class TestClock {
        @Bean
        @Primary
        MutableClock teamTestClock() {
            return MutableClock.jakarta(NOW);
        }
    }

    @Autowired
    protected WebTestClient web;
    @Autowired
    protected OrgReplica org;
    @Autowired
    protected MongoProfileBindings bindings;
    @Autowired
    protected ObjectMapper json;
    @Autowired
    protected MutableClock clock;
    @Autowired
    protected JdbcTemplate jdbc;

    @BeforeEach
    void resetClock() {
        clock.set(NOW);
    }

    /** Sets the service's today (Asia/Jakarta). */
    protected void today(LocalDate date) {
        clock.set(date.atTime(9, 0).atZone(JAKARTA).toInstant());
    }

    protected TestCity city(String profileId) {
        return city(profileId, 1);
    }

    protected TestCity city(String profileId, int version) {
        return new TestCity(org, bindings::record, profileId.substring(0, 3) + "-" + UUID.randomUUID()
                .toString().substring(0, 8), profileId, version, PositionKind.ADMINISTRATOR);
    }

    protected WebTestClient.ResponseSpec post(TestCity city, String nip, String path, Object body, String... roles) {
        return web.mutate().responseTimeout(Duration.ofSeconds(30)).build().post().uri(path)
                .header("Authorization", "Bearer " + TestTokens.token(nip, city.agency, roles))
                .bodyValue(body).exchange();
    }

    protected WebTestClient.ResponseSpec put(TestCity city, String nip, String path, Object body, String... roles) {
        return web.put().uri(path).header("Authorization", "Bearer " + TestTokens.token(nip, city.agency, roles))
                .bodyValue(body).exchange();
    }

    protected String get(TestCity city, String nip, String path, String... roles) {
        return web.get().uri(path).header("Authorization", "Bearer " + TestTokens.token(nip, city.agency, roles))
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
    }

    /** The body of a response with {@code status}, as text. */
    protected static String body(WebTestClient.ResponseSpec response, int status) {
        return response.expectStatus().isEqualTo(status).expectBody(String.class).returnResult().getResponseBody();
    }

    protected String awaitJson(TestCity city, String nip, String path, String jsonPath, Object expected,
                               String... roles) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).untilAsserted(() -> {
            body[0] = get(city, nip, path, roles);
            assertThat((Object) JsonPath.read(body[0], jsonPath)).as(path + " " + jsonPath).isEqualTo(expected);
        });
        return body[0];
    }

    protected String awaitBody(TestCity city, String nip, String path, Predicate<String> ready, String... roles) {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100)).until(() -> {
            body[0] = get(city, nip, path, roles);
            return ready.test(body[0]);
        });
        return body[0];
    }

    /** The team's history as an auditor reads it (the events with their payloads), once it holds {@code text}. */
    protected String history(TestCity city, String teamId, String text) {
        return awaitBody(city, "auditor", "/api/v1/audit/aggregates/" + teamId + "/history", b -> b.contains(text),
                "AUDITOR");
    }

    /** Events stored for an aggregate in team-service's event store (a refusal stores none). */
    protected long storedEvents(String aggregateId) {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?", Long.class,
                aggregateId);
    }

    /** A proposal body: the team's period runs from {@code from} for 300 days; no planned scope. */
    protected static Map<String, Object> proposal(String owningUnitId, LocalDate from, String... competencies) {
        Map<String, Object> body = new HashMap<>();
        body.put("owningUnitId", owningUnitId);
        body.put("name", "Tim " + owningUnitId);
        body.put("purpose", "Percepatan program prioritas");
        body.put("targets", List.of("Capaian program 100%"));
        body.put("competencies", List.of(competencies));
        body.put("periodFrom", from.toString());
        body.put("periodUntil", from.plusDays(300).toString());
        body.put("plannedSize", 4);
        return body;
    }

    protected static Map<String, Object> decree(LocalDate date, String... members) {
        return Map.of("decreeNumber", "800/" + UUID.randomUUID().toString().substring(0, 4),
                "decreeDate", date.toString(), "tasks", List.of("Menyusun rencana aksi"),
                "targets", List.of("Capaian program 100%"),
                "members", List.of(members).stream().map(nip -> Map.of("nip", nip, "duty", "analis")).toList());
    }

    /** Proposes a team of {@code owningUnitId} as {@code proposer} (no planned scope); returns its id. */
    protected String propose(TestCity city, String proposer, String owningUnitId, String... competencies) {
        return proposeBody(city, proposer, proposal(owningUnitId, today(), competencies.length == 0
                ? new String[]{"kesehatan masyarakat"} : competencies));
    }

    protected String proposeBody(TestCity city, String proposer, Map<String, Object> proposal) {
        return post(city, proposer, "/api/v1/teams", proposal).expectStatus().isCreated()
                .expectBody(JsonNode.class).returnResult().getResponseBody().get("teamId").asText();
    }

    /** Proposes and establishes (decree dated today) a team; returns its id. */
    protected String established(TestCity city, String proposer, String owningUnitId, String signer,
                                 List<String> members, String... signerRoles) {
        String teamId = propose(city, proposer, owningUnitId);
        post(city, signer, "/api/v1/teams/" + teamId + "/decree", decree(today(), members.toArray(String[]::new)),
                signerRoles).expectStatus().isOk();
        return teamId;
    }

    protected LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Publishes an integration event to {@code topic} as its producer would (envelope and headers). */
    protected void publish(String topic, Object payload, String agencyId) throws Exception {
        IntegrationEvent descriptor = payload.getClass().getAnnotation(IntegrationEvent.class);
        String eventId = UUID.randomUUID().toString();
        Envelope<Object> envelope = new Envelope<>(eventId, descriptor.type(), descriptor.version(), Instant.now(),
                topic.equals(Topics.ORG_EVENTS) ? "org" : "assignment", agencyId, "agg-" + eventId, 0,
                UUID.randomUUID().toString(), "tester", List.of(), payload);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, TestInfrastructure.get().kafkaBootstrapServers()),
                new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, "agg-" + eventId,
                    json.writeValueAsBytes(envelope));
            record.headers().add(EventHeaders.EVENT_ID, eventId.getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.EVENT_TYPE, descriptor.type().getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.SCHEMA_VERSION, "1".getBytes(StandardCharsets.UTF_8));
            record.headers().add(EventHeaders.AGENCY, agencyId.getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
    }
}
