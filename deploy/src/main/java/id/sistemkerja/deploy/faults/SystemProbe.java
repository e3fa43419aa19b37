package id.sistemkerja.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import id.sistemkerja.assignment.integration.AssignmentIntegrationEvents;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.deploy.faults.Checks.DeliveredEvent;
import id.sistemkerja.deploy.faults.Checks.KeyRef;
import id.sistemkerja.deploy.faults.Checks.StoredEvent;
import id.sistemkerja.org.integration.OrgIntegrationEvents;
import id.sistemkerja.org.integration.ProfileBindingIntegrationEvents;
import id.sistemkerja.performance.integration.PerformanceIntegrationEvents;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.team.integration.TeamIntegrationEvents;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupListing;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.bson.Document;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads what the checks ({@link Checks}) decide on, straight from the infrastructure of a running (or stopped) local
 * system: each service's event store and tracking tokens in PostgreSQL, the topics and consumer groups in Kafka, the
 * read models and replicas in MongoDB. Nothing goes through the services themselves.
 */
public final class SystemProbe implements AutoCloseable {

    public static final List<String> SERVICES = List.of("org", "assignment", "team", "performance");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern TOKEN_INDEX = Pattern.compile("\"index\"\\s*:\\s*(-?\\d+)");

    private final String jdbcBase;
    private final String user;
    private final String password;
    private final String kafkaBootstrapServers;
    private final MongoClient mongo;

    public SystemProbe(String jdbcBase, String user, String password, String kafkaBootstrapServers, String mongoUri) {
        this.jdbcBase = jdbcBase.endsWith("/") ? jdbcBase : jdbcBase + "/";
        this.user = user;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongo = MongoClients.create(mongoUri);
    }

    /** The domain event classes each service publishes (its {@link IntegrationEventMapper}s). */
    public static Set<String> publishedTypes(String service) {
        List<IntegrationEventMapper> mappers = switch (service) {
            case "org" -> List.of(new OrgIntegrationEvents().orgIntegrationEventMapper(),
                    new ProfileBindingIntegrationEvents().profileBindingIntegrationEventMapper());
            case "assignment" -> List.of(new AssignmentIntegrationEvents().assignmentIntegrationEventMapper());
            case "team" -> List.of(new TeamIntegrationEvents().teamIntegrationEventMapper());
            case "performance" -> List.of(new PerformanceIntegrationEvents().performanceIntegrationEventMapper());
            default -> throw new IllegalArgumentException(service);
        };
        return mappers.stream().flatMap(m -> m.publishedDomainEvents().stream()).map(Class::getName)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** For each caller and {@code Idempotency-Key} in the event stores: how many commands stored events under it. */
    public Map<KeyRef, Integer> commandsPerKey() throws SQLException {
        Map<KeyRef, Integer> result = new HashMap<>();
        for (String service : SERVICES) {
            try (Connection c = connect(service); PreparedStatement q = c.prepareStatement("""
                    SELECT metadata::jsonb ->> 'actor', metadata::jsonb ->> 'idempotencyKey',
                           count(DISTINCT metadata::jsonb ->> 'causationId')
                    FROM domainevententry WHERE metadata::jsonb ->> 'idempotencyKey' IS NOT NULL GROUP BY 1, 2""");
                 ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    result.put(new KeyRef(service, rs.getString(1), rs.getString(2)), rs.getInt(3));
                }
            }
        }
        return result;
    }

    /** The stored events of {@code service} that it publishes to Kafka. */
    public List<StoredEvent> publishedEvents(String service) throws SQLException {
        List<StoredEvent> events = new ArrayList<>();
        Set<String> types = publishedTypes(service);
        try (Connection c = connect(service); PreparedStatement q = c.prepareStatement("""
                SELECT eventidentifier, aggregateidentifier, sequencenumber, payloadtype FROM domainevententry
                ORDER BY globalindex""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                if (types.contains(rs.getString(4))) {
                    events.add(new StoredEvent(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getString(4)));
                }
            }
        }
        return events;
    }

    /** Number of events in {@code service}'s event store. */
    public long eventCount(String service) throws SQLException {
        try (Connection c = connect(service); PreparedStatement q = c.prepareStatement(
                "SELECT count(*) FROM domainevententry"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every record on {@code sk.<service>.events.v1}, from the beginning to the current end. */
    public List<DeliveredEvent> delivered(String service) {
        String topic = "sk." + service + ".events.v1";
        List<DeliveredEvent> delivered = new ArrayList<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                    .map(p -> new TopicPartition(topic, p.partition())).toList();
            if (partitions.isEmpty()) {
                return delivered;
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            while (partitions.stream().anyMatch(p -> consumer.position(p, Duration.ofSeconds(30)) < end.get(p))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("Could not read " + topic + " to its end in 2 minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    delivered.add(deliveredEvent(record));
                }
            }
        }
        return delivered;
    }

    static DeliveredEvent deliveredEvent(ConsumerRecord<byte[], byte[]> record) {
        String eventId = header(record, EventHeaders.EVENT_ID);
        String aggregateId = null;
        long sequence = -1;
        try {
            JsonNode envelope = JSON.readTree(record.value());
            if (eventId == null) {
                eventId = envelope.path("eventId").asText(null);
            }
            aggregateId = envelope.path("aggregateId").asText(null);
            sequence = envelope.path("aggregateSequence").asLong(-1);
        } catch (Exception unreadable) {
            // counted as a phantom: not an event of the store
        }
        return new DeliveredEvent(eventId == null ? "unreadable@" + record.partition() + ":" + record.offset()
                : eventId, aggregateId, sequence, record.partition(), record.offset());
    }

    /** The event store's last global index (-1 when empty). */
    public long head(String service) throws SQLException {
        try (Connection c = connect(service); PreparedStatement q = c.prepareStatement(
                "SELECT coalesce(max(globalindex), -1) FROM domainevententry"); ResultSet rs = q.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Each tracking processor's position (the lowest of its segments), from its token in PostgreSQL. */
    public Map<String, Long> processorPositions(String service) throws SQLException {
        Map<String, Long> positions = new LinkedHashMap<>();
        try (Connection c = connect(service); PreparedStatement q = c.prepareStatement(
                "SELECT processorname, token FROM tokenentry ORDER BY processorname, segment");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                byte[] token = rs.getBytes(2);
                long index = -1;
                if (token != null) {
                    Matcher m = TOKEN_INDEX.matcher(new String(token, StandardCharsets.UTF_8));
                    while (m.find()) {
                        index = Long.parseLong(m.group(1)); // a replay token names the current position last
                    }
                }
                positions.merge(rs.getString(1), index, Math::min);
            }
        }
        return positions;
    }

    /** Lag of every SiKerja consumer group on every partition it has committed (group/topic-partition → records). */
    public Map<String, Long> consumerLag() throws Exception {
        Map<String, Long> lag = new LinkedHashMap<>();
        try (Admin admin = admin()) {
            Collection<ConsumerGroupListing> groups = admin.listConsumerGroups().all().get(30, TimeUnit.SECONDS);
            for (ConsumerGroupListing group : groups) {
                if (!group.groupId().startsWith("sikerja-")) {
                    continue;
                }
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group.groupId())
                        .partitionsToOffsetAndMetadata().get(30, TimeUnit.SECONDS);
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
                Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                        .get(30, TimeUnit.SECONDS);
                committed.forEach((partition, offset) -> lag.put(group.groupId() + "/" + partition,
                        ends.get(partition).offset() - (offset == null ? 0 : offset.offset())));
            }
        }
        return lag;
    }

    /** Records in each service's dead-letter topic {@code sk.<service>.dlt} (absent topics count 0). */
    public Map<String, Long> deadLetters() {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = consumer()) {
            Set<String> topics = consumer.listTopics(Duration.ofSeconds(30)).keySet();
            for (String service : SERVICES) {
                String topic = "sk." + service + ".dlt";
                if (!topics.contains(topic)) {
                    counts.put(topic, 0L);
                    continue;
                }
                List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                        .map(p -> new TopicPartition(topic, p.partition())).toList();
                Map<TopicPartition, Long> begin = consumer.beginningOffsets(partitions, Duration.ofSeconds(30));
                Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(30));
                counts.put(topic, partitions.stream().mapToLong(p -> end.get(p) - begin.get(p)).sum());
            }
        }
        return counts;
    }

    /**
     * What the org event store says every service's org replica must hold: each employee (NIP) with the ids of its
     * current appointment and placement as its version ("-" for none or ended).
     */
    public Map<String, String> expectedOrgEmployees() throws SQLException {
        Map<String, String[]> state = new LinkedHashMap<>();
        try (Connection c = connect("org"); PreparedStatement q = c.prepareStatement("""
                SELECT aggregateidentifier, payloadtype, payload FROM domainevententry
                WHERE payloadtype LIKE '%EmployeeEvents$Employee%' ORDER BY aggregateidentifier, sequencenumber""");
             ResultSet rs = q.executeQuery()) {
            while (rs.next()) {
                String type = rs.getString(2);
                String nip = rs.getString(1);
                JsonNode payload = read(rs.getString(3));
                if (type.endsWith("$EmployeeRegisteredEvent")) {
                    state.putIfAbsent(nip, new String[]{"-", "-"});
                } else if (type.endsWith("$EmployeeAppointedEvent")) {
                    state.computeIfAbsent(nip, k -> new String[]{"-", "-"})[0] = payload.path("appointmentId").asText();
                } else if (type.endsWith("$EmployeeAppointmentEndedEvent")) {
                    String[] s = state.computeIfAbsent(nip, k -> new String[]{"-", "-"});
                    if (payload.path("appointmentId").asText().equals(s[0])) {
                        s[0] = "-";
                    }
                } else if (type.endsWith("$EmployeePlacedEvent")) {
                    state.computeIfAbsent(nip, k -> new String[]{"-", "-"})[1] = payload.path("placementId").asText();
                } else if (type.endsWith("$EmployeePlacementEndedEvent")) {
                    String[] s = state.computeIfAbsent(nip, k -> new String[]{"-", "-"});
                    if (payload.path("placementId").asText().equals(s[1])) {
                        s[1] = "-";
                    }
                }
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        state.forEach((nip, s) -> expected.put(nip, s[0] + "/" + s[1]));
        return expected;
    }

    /** The employees in {@code service}'s org replica with the same version text as {@link #expectedOrgEmployees}. */
    public Map<String, String> replicaEmployees(String service) {
        Map<String, String> actual = new LinkedHashMap<>();
        for (Document doc : mongo.getDatabase("sikerja_" + service).getCollection(OrgReplica.EMPLOYEES).find()) {
            Document position = doc.get("position", Document.class);
            Document placement = doc.get("placement", Document.class);
            actual.put(doc.get("_id").toString(), (position == null ? "-" : position.getString("appointmentId")) + "/"
                    + (placement == null ? "-" : placement.getString("placementId")));
        }
        return actual;
    }

    /** The MongoDB client of the read side (for the harness's deliberate breakage). */
    public MongoClient mongo() {
        return mongo;
    }

    public Connection connect(String service) throws SQLException {
        Properties login = new Properties();
        login.setProperty("user", user);
        login.setProperty("password", password);
        login.setProperty("connectTimeout", "10");
        return DriverManager.getConnection(jdbcBase + "sikerja_" + service, login);
    }

    private KafkaConsumer<byte[], byte[]> consumer() {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafkaBootstrapServers);
        props.put("enable.auto.commit", "false");
        props.put("max.poll.records", "2000");
        return new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    private Admin admin() {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafkaBootstrapServers);
        return Admin.create(props);
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (Exception e) {
            return JSON.createObjectNode();
        }
    }

    @Override
    public void close() {
        mongo.close();
    }
}
