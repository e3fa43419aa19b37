package id.sistemkerja.platform.sample;

import id.sistemkerja.platform.embedded.KafkaKraftNode;
import id.sistemkerja.platform.kafka.KafkaEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The event store is the outbox: a Kafka outage delays publication and loses nothing. */
@SiKerjaServiceTest
class KafkaOutageTest {

    private static final KafkaKraftNode KAFKA = startNode();

    @DynamicPropertySource
    static void ownBroker(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", KAFKA::bootstrapServers);
    }

    @AfterAll
    static void stopBroker() {
        KAFKA.stop();
    }

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    EventProcessingConfiguration processing;

    private final String token = TestTokens.token("199001012015031001", "kota-bekasi", "AGENCY_ADMIN");

    @Test
    @DisplayName("with Kafka stopped commands still succeed, and after Kafka returns every missed integration event is published")
    void outageDelaysButNeverLosesPublication() {
        String before = register("before-outage");
        awaitOnKafka(Set.of(before), Duration.ofSeconds(60));

        KAFKA.stop();
        List<String> duringOutage = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            duringOutage.add(register("during-outage-" + i));
        }
        for (String id : duringOutage) {
            assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry WHERE aggregateidentifier = ?",
                    Integer.class, id)).isEqualTo(1);
        }
        // the outage outlasts the send timeout: the publisher fails its batch and keeps its token where it was
        TrackingEventProcessor publisher = processing
                .eventProcessor(KafkaEventPublisher.PROCESSING_GROUP, TrackingEventProcessor.class).orElseThrow();
        await().atMost(Duration.ofSeconds(60)).until(() -> publisher.processingStatus().values().stream()
                .anyMatch(EventTrackerStatus::isErrorState));

        KAFKA.start();
        Set<String> published = awaitOnKafka(Set.copyOf(duringOutage), Duration.ofSeconds(150));
        assertThat(published).containsAll(duringOutage);
    }

    private String register(String name) {
        return web.post().uri("/api/v1/things")
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"name\":\"" + name + "\"}")
                .exchange()
                .expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
    }

    private Set<String> awaitOnKafka(Set<String> ids, Duration timeout) {
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(KAFKA.bootstrapServers(),
                SampleApplication.TOPIC,
                rs -> rs.stream().map(ConsumerRecord::key).collect(Collectors.toSet()).containsAll(ids), timeout);
        return records.stream().map(ConsumerRecord::key).collect(Collectors.toSet());
    }

    private static KafkaKraftNode startNode() {
        try {
            return KafkaKraftNode.onFreePorts(Files.createTempDirectory("sikerja-outage-kafka")).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
