package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AnnualPredikatRecorded;
import id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated;
import id.sistemkerja.contracts.org.v1.AppraiserDelegationEnded;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeeAppointmentEnded;
import id.sistemkerja.contracts.org.v1.EmployeeDetailsChanged;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeePlacementEnded;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestInfrastructure;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What other services learn: every org fact reaches {@code sk.org.events.v1} as a {@code contracts} org v1 event with
 * the agency header, and a consuming service's replica built from those events alone answers the same appraiser.
 */
@SiKerjaServiceTest
class OrgIntegrationEventsTest {

    private static final List<Class<?>> CONTRACTS = List.of(AgencyRegistered.class, DepartmentEstablished.class,
            OrgUnitEstablished.class, PositionEstablished.class, EmployeeRegistered.class, EmployeeDetailsChanged.class,
            EmployeeAppointed.class, EmployeeAppointmentEnded.class, EmployeePlaced.class, EmployeePlacementEnded.class,
            AppraiserAuthorityDelegated.class, AppraiserDelegationEnded.class, AnnualPredikatRecorded.class);

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoClient mongoClient;

    @Test
    @DisplayName("every org v1 event type is published with the agency header, and a consumer's replica answers the appraiser from them")
    void publishedAndReplicated() throws Exception {
        OrgTestClient org = new OrgTestClient(web, jdbc);
        String dinkes = org.department("dinkes", "DINAS", "Dinas Kesehatan");
        String yankes = org.unit(dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        String kabid = org.structural(yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang", true);
        String kasi = org.structural(yankes, "kasi", "PENGAWAS", "Kepala Seksi", false);
        String analis = org.functional(yankes, "analis", "Analis Ahli Muda", "AHLI_MUDA", false);
        String kabidNip = org.holder(kabid, "Kabid", "2024-01-02");
        String kasiNip = org.holder(kasi, "Kasi", "2024-01-02");
        String jf = org.holder(analis, "Analis", "2024-01-02");
        String placementId = org.place(jf, yankes, kabid, "2024-01-02").expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("placementId").toString();
        String delegationId = org.post(org.ppk, "/api/v1/delegations", Map.of("delegatorPositionId", kabid,
                        "delegateNip", kasiNip, "validFrom", "2024-03-01", "validUntil", "2024-03-31",
                        "legalBasis", "SK 800/1")).expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("delegationId").toString();
        org.post(org.ppk, "/api/v1/delegations/" + delegationId + "/end", Map.of("effectiveOn", "2024-03-16"))
                .expectStatus().isOk();
        org.web.put().uri("/api/v1/employees/" + jf).header("Authorization", "Bearer " + org.admin)
                .bodyValue(Map.of("fullName", "Analis Kesehatan", "rank", "III_D", "education", "S2",
                        "competencies", List.of("analisis kebijakan"), "effectiveOn", "2024-04-01"))
                .exchange().expectStatus().isOk();
        org.post(org.admin, "/api/v1/employees/" + jf + "/predikat", Map.of("year", 2024, "predikat", "BAIK"))
                .expectStatus().isCreated();
        org.awaitJson(org.admin, "/api/v1/placements/" + placementId, "$.placementId", placementId);
        org.post(org.ppk, "/api/v1/placements/" + placementId + "/end", Map.of("effectiveOn", "2025-01-01"))
                .expectStatus().isOk();
        org.post(org.admin, "/api/v1/employees/" + jf + "/appointments/end", Map.of("effectiveOn", "2025-01-01"))
                .expectStatus().isOk();

        Set<String> types = CONTRACTS.stream().map(c -> c.getAnnotation(IntegrationEvent.class).type())
                .collect(Collectors.toSet());
        List<ConsumerRecord<String, byte[]>> records = KafkaTopicReader.readUntil(
                TestInfrastructure.get().kafkaBootstrapServers(), Topics.ORG_EVENTS,
                rs -> ofAgency(rs, org.agency).map(r -> header(r, EventHeaders.EVENT_TYPE))
                        .collect(Collectors.toSet()).containsAll(types), Duration.ofSeconds(60));
        // a consumer sees each aggregate's events in order, but records of several partitions arrive interleaved; apply
        // them in the order they were published (producer timestamp, then offset) as a caught-up consumer would
        List<ConsumerRecord<String, byte[]>> ours = ofAgency(records, org.agency)
                .sorted(java.util.Comparator.comparingLong((ConsumerRecord<String, byte[]> r) -> r.timestamp())
                        .thenComparingLong(ConsumerRecord::offset)).toList();
        assertThat(ours.stream().map(r -> header(r, EventHeaders.EVENT_TYPE)).collect(Collectors.toSet()))
                .containsAll(types);

        Map<String, Class<?>> byType = CONTRACTS.stream().collect(Collectors.toMap(
                c -> c.getAnnotation(IntegrationEvent.class).type(), Function.identity()));
        OrgReplica consumer = new OrgReplica(new MongoTemplate(mongoClient, "consumer_" + org.agency.replace('-', '_')));
        for (ConsumerRecord<String, byte[]> record : ours) {
            JsonNode envelope = json.readTree(record.value());
            Object payload = json.treeToValue(envelope.get("payload"), byType.get(envelope.get("type").asText()));
            consumer.apply(payload, new IncomingEvent(envelope.get("eventId").asText(), envelope.get("type").asText(),
                    1, null, "org", org.agency, record.key(), 0, null, null, List.of()));
        }
        assertThat(consumer.appraiserOf(jf, LocalDate.parse("2024-02-01")).map(AppraiserOnDate::appraiserNip))
                .contains(kabidNip);
        assertThat(consumer.appraiserOf(jf, LocalDate.parse("2024-03-15")).map(AppraiserOnDate::appraiserNip))
                .contains(kasiNip);
        assertThat(consumer.appraiserOf(jf, LocalDate.parse("2024-03-16")).map(AppraiserOnDate::appraiserNip))
                .contains(kabidNip);
        assertThat(consumer.appraiserOf(jf, LocalDate.parse("2025-01-01"))).isEmpty();
        assertThat(consumer.employee(jf).orElseThrow().lastPredikat().orElseThrow().year()).isEqualTo(2024);
        assertThat(consumer.employee(jf).orElseThrow().education().name()).isEqualTo("S2");
        assertThat(consumer.headOf(yankes, LocalDate.parse("2024-06-01"))).contains(kabidNip);
        assertThat(consumer.sameDepartment(yankes, dinkes)).contains(true);

        JsonNode placed = json.readTree(ours.stream().filter(r -> "org.EmployeePlaced".equals(header(r,
                EventHeaders.EVENT_TYPE))).findFirst().orElseThrow().value()).get("payload");
        assertThat(placed.get("appraiserPositionId").asText()).isEqualTo(kabid);
        assertThat(placed.get("effectiveFrom").asText()).isEqualTo("2024-01-02");
        assertThat(placed.get("profileId").asText()).isEqualTo("national-7-2022");
        assertThat(placed.get("ruleIds").toString()).contains("ORG-04", "ORG-05", "ORG-07");
    }

    private static Stream<ConsumerRecord<String, byte[]>> ofAgency(List<ConsumerRecord<String, byte[]>> records,
                                                                   String agency) {
        return records.stream().filter(r -> agency.equals(header(r, EventHeaders.AGENCY)));
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        return record.headers().lastHeader(name) == null ? null
                : new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }
}
