package id.sistemkerja.platform.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.listener.MessageListener;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies one subscription's records: reads the envelope, skips types it has no handler for and events it has already
 * applied, checks what it consumes (H4: the producing service is the topic's owner, the event names its agency and the
 * payload the same one, the payload fits the contract schema), hands the typed payload to the handler, then remembers
 * the event id. Unreadable or untrustworthy records raise {@link PoisonRecordException} and go straight to the
 * dead-letter topic, as does an event a command refuses as not of its agency (403); other failures are retried a few
 * times first. With the source check, (subscription, event id) identifies an event of one producer.
 */
class IntegrationEventConsumer implements MessageListener<byte[], byte[]> {

    private static final Logger log = LoggerFactory.getLogger(IntegrationEventConsumer.class);

    private final IntegrationEventSubscription subscription;
    private final ObjectMapper objectMapper;
    private final ProcessedEventLog processedEvents;
    private final Clock clock;
    private final MeterRegistry meterRegistry;
    private final ContractSchemas schemas;

    IntegrationEventConsumer(IntegrationEventSubscription subscription, ObjectMapper objectMapper,
                             ProcessedEventLog processedEvents, Clock clock, MeterRegistry meterRegistry) {
        this.subscription = subscription;
        this.objectMapper = objectMapper;
        this.processedEvents = processedEvents;
        this.clock = clock;
        this.meterRegistry = meterRegistry;
        this.schemas = new ContractSchemas(objectMapper);
    }

    @Override
    public void onMessage(ConsumerRecord<byte[], byte[]> record) {
        JsonNode envelope = readEnvelope(record);
        IncomingEvent incoming = incoming(envelope);
        IntegrationEventSubscription.Handler<?> handler = subscription.handlerFor(incoming.type());
        if (handler == null || handler.schemaVersion() != incoming.schemaVersion()) {
            count("skipped");
            return;
        }
        if (processedEvents.contains(subscription.name(), incoming.eventId())) {
            count("duplicate");
            return;
        }
        trust(incoming, envelope.get("payload"));
        apply(handler, envelope.get("payload"), incoming);
        processedEvents.record(subscription.name(), incoming.eventId(), clock.instant());
        count("applied");
    }

    /** H4: only the topic's owner publishes on it, every event names its agency, and the payload fits its contract. */
    private void trust(IncomingEvent incoming, JsonNode payload) {
        String owner = ownerOf(subscription.topic());
        if (owner != null && !owner.equals(incoming.sourceService())) {
            throw new PoisonRecordException(incoming.type() + " " + incoming.eventId() + " on " + subscription.topic()
                    + " names source service " + incoming.sourceService() + ", not " + owner, null);
        }
        if (incoming.agencyId() == null || incoming.agencyId().isBlank()) {
            throw new PoisonRecordException(incoming.type() + " " + incoming.eventId() + " names no agency", null);
        }
        JsonNode payloadAgency = payload == null ? null : payload.get("agencyId");
        if (payloadAgency != null && !payloadAgency.isNull() && !incoming.agencyId().equals(payloadAgency.asText())) {
            throw new PoisonRecordException(incoming.type() + " " + incoming.eventId() + " is of agency "
                    + incoming.agencyId() + " but its payload names another", null);
        }
        List<String> problems = schemas.problems(incoming.type(), incoming.schemaVersion(), payload);
        if (!problems.isEmpty()) {
            throw new PoisonRecordException(incoming.type() + " " + incoming.eventId()
                    + " does not fit its contract schema: " + String.join("; ", problems), null);
        }
    }

    /** {@code sk.<service>.events.v1} is written by {@code <service>} only. */
    static String ownerOf(String topic) {
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("sk\\.([a-z]+)\\.events\\.v\\d+").matcher(topic);
        return matcher.matches() ? matcher.group(1) : null;
    }

    private <T> void apply(IntegrationEventSubscription.Handler<T> handler, JsonNode payloadNode, IncomingEvent incoming) {
        T payload;
        try {
            if (payloadNode == null || payloadNode.isNull()) {
                throw new IllegalArgumentException("no payload");
            }
            payload = objectMapper.treeToValue(payloadNode, handler.payloadType());
        } catch (IOException | IllegalArgumentException e) {
            throw new PoisonRecordException("Payload of " + incoming.type() + " " + incoming.eventId()
                    + " does not fit " + handler.payloadType().getSimpleName() + ": " + e.getMessage(), e);
        }
        try {
            handler.action().accept(payload, incoming);
        } catch (RuntimeException e) {
            Throwable cause = id.sistemkerja.platform.web.ProblemJsonWebExceptionHandler.unwrap(e);
            if (cause instanceof id.sistemkerja.platform.error.ProblemException problem
                    && problem.kind() == id.sistemkerja.platform.error.ProblemKind.FORBIDDEN) {
                // the event touches a record of another agency than it names: never retried, never applied (H4)
                throw new PoisonRecordException(incoming.type() + " " + incoming.eventId() + " was refused: "
                        + problem.getMessage(), e);
            }
            throw e;
        }
    }

    private JsonNode readEnvelope(ConsumerRecord<byte[], byte[]> record) {
        if (record.value() == null) {
            throw new PoisonRecordException("Record without a value at " + position(record), null);
        }
        try {
            JsonNode node = objectMapper.readTree(record.value());
            if (node == null || !node.isObject()) {
                throw new PoisonRecordException("Record at " + position(record) + " is not a JSON object", null);
            }
            return node;
        } catch (IOException e) {
            throw new PoisonRecordException("Record at " + position(record) + " is not valid JSON: " + e.getMessage(), e);
        }
    }

    private IncomingEvent incoming(JsonNode envelope) {
        String eventId = required(envelope, "eventId");
        String type = required(envelope, "type");
        JsonNode version = envelope.get("schemaVersion");
        if (version == null || !version.canConvertToInt()) {
            throw new PoisonRecordException("Envelope of " + eventId + " has no schemaVersion", null);
        }
        List<String> roles = new ArrayList<>();
        JsonNode rolesNode = envelope.get("actorRoles");
        if (rolesNode != null && rolesNode.isArray()) {
            rolesNode.forEach(r -> roles.add(r.asText()));
        }
        Instant occurredAt;
        try {
            occurredAt = envelope.hasNonNull("occurredAt") ? Instant.parse(envelope.get("occurredAt").asText()) : null;
        } catch (RuntimeException e) {
            throw new PoisonRecordException("Envelope of " + eventId + " has an unreadable occurredAt", e);
        }
        return new IncomingEvent(eventId, type, version.asInt(), occurredAt, text(envelope, "sourceService"),
                text(envelope, "agencyId"), text(envelope, "aggregateId"),
                envelope.path("aggregateSequence").asLong(0), text(envelope, "correlationId"),
                text(envelope, "actor"), List.copyOf(roles));
    }

    private static String required(JsonNode node, String field) {
        String value = text(node, field);
        if (value == null || value.isBlank()) {
            throw new PoisonRecordException("Envelope has no " + field, null);
        }
        return value;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static String position(ConsumerRecord<?, ?> record) {
        return record.topic() + "-" + record.partition() + "@" + record.offset();
    }

    private void count(String outcome) {
        meterRegistry.counter("sikerja.integration.events.consumed",
                "subscription", subscription.name(), "outcome", outcome).increment();
        if (log.isTraceEnabled()) {
            log.trace("{}: {}", subscription.name(), outcome);
        }
    }
}
