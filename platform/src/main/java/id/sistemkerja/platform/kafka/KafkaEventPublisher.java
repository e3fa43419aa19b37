package id.sistemkerja.platform.kafka;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Envelope;
import id.sistemkerja.contracts.EventHeaders;
import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.platform.security.MetadataKeys;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The outbox relay: a tracking processor over the service's event store that publishes every mapped domain event to
 * {@code sk.<service>.events.v1}. Sends of one batch are awaited before the processor's token advances, so a Kafka
 * outage stops the token (and is retried with back-off) instead of losing events: the event store is the outbox.
 * Delivery is at least once; consumers dedupe by event id.
 * <p>
 * An event larger than {@code sikerja.kafka.max-event-bytes} would be refused by the broker on every retry and stop
 * publication for every agency (M5); it goes to the service's dead-letter topic as a notice (envelope without payload,
 * with its size) and the publisher moves on. The event itself stays in the event store.
 */
@ProcessingGroup(KafkaEventPublisher.PROCESSING_GROUP)
public class KafkaEventPublisher {

    public static final String PROCESSING_GROUP = "sk-kafka-publisher";
    private static final String PENDING_SENDS = KafkaEventPublisher.class.getName() + ".pending";

    private final String service;
    private final String topic;
    private final IntegrationEventMapper mapper;
    private final KafkaTemplate<String, byte[]> kafkaTemplate;
    private final ObjectMapper objectMapper;
    private final Duration sendTimeout;
    private final Counter published;
    private final Counter oversize;
    private int maxEventBytes = Integer.MAX_VALUE;

    public KafkaEventPublisher(String service, String topic, IntegrationEventMapper mapper,
                               KafkaTemplate<String, byte[]> kafkaTemplate, ObjectMapper objectMapper,
                               Duration sendTimeout, MeterRegistry meterRegistry) {
        this.service = service;
        this.topic = topic;
        this.mapper = mapper;
        this.kafkaTemplate = kafkaTemplate;
        this.objectMapper = objectMapper;
        this.sendTimeout = sendTimeout;
        this.published = Counter.builder("sikerja.kafka.published")
                .description("Integration events handed to Kafka and acknowledged")
                .tag("topic", topic)
                .register(meterRegistry);
        this.oversize = Counter.builder("sikerja.kafka.oversize")
                .description("Integration events too large to publish, dead-lettered as notices")
                .tag("topic", topic)
                .register(meterRegistry);
    }

    public KafkaEventPublisher withMaxEventBytes(int maxEventBytes) {
        this.maxEventBytes = maxEventBytes;
        return this;
    }

    @EventHandler
    public void on(Object payload, EventMessage<?> event) {
        mapper.map(payload).ifPresent(outgoing -> {
            ProducerRecord<String, byte[]> record = record(event, outgoing);
            pendingSends().add(kafkaTemplate.send(record.value().length > maxEventBytes ? oversizeNotice(record)
                    : record));
        });
    }

    /** What is published instead of an event too large for the broker: its envelope facts and size, to the DLT. */
    ProducerRecord<String, byte[]> oversizeNotice(ProducerRecord<String, byte[]> record) {
        oversize.increment();
        byte[] notice;
        try {
            com.fasterxml.jackson.databind.node.ObjectNode envelope =
                    (com.fasterxml.jackson.databind.node.ObjectNode) objectMapper.readTree(record.value());
            envelope.remove("payload");
            envelope.put("oversizeBytes", record.value().length);
            envelope.put("maxEventBytes", maxEventBytes);
            notice = objectMapper.writeValueAsBytes(envelope);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("Cannot write the oversize notice of an event on " + topic, e);
        }
        org.slf4j.LoggerFactory.getLogger(KafkaEventPublisher.class).error("Integration event of {} bytes on {} "
                + "exceeds {} bytes; dead-lettered as a notice to {} (the event stays in the event store)",
                record.value().length, topic, maxEventBytes, IntegrationEventConsumers.deadLetterTopic(service));
        ProducerRecord<String, byte[]> dead = new ProducerRecord<>(IntegrationEventConsumers.deadLetterTopic(service),
                record.key(), notice);
        record.headers().forEach(dead.headers()::add);
        dead.headers().add(new RecordHeader(IntegrationEventConsumers.DLT_SUBSCRIPTION_HEADER,
                "publisher-oversize".getBytes(StandardCharsets.UTF_8)));
        return dead;
    }

    ProducerRecord<String, byte[]> record(EventMessage<?> event, OutgoingEvent outgoing) {
        IntegrationEvent descriptor = outgoing.descriptor();
        String aggregateId = event instanceof DomainEventMessage<?> d ? d.getAggregateIdentifier() : event.getIdentifier();
        long sequence = event instanceof DomainEventMessage<?> d ? d.getSequenceNumber() : 0L;
        String actor = stringMeta(event, MetadataKeys.ACTOR);
        String correlationId = stringMeta(event, MetadataKeys.CORRELATION_ID);
        Envelope<Object> envelope = new Envelope<>(event.getIdentifier(), descriptor.type(), descriptor.version(),
                event.getTimestamp(), service, outgoing.agencyId(), aggregateId, sequence, correlationId, actor,
                roles(event), outgoing.payload());
        byte[] value;
        try {
            value = objectMapper.writeValueAsBytes(envelope);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot serialize integration event " + descriptor.type(), e);
        }
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic, aggregateId, value);
        header(record, EventHeaders.EVENT_ID, event.getIdentifier());
        header(record, EventHeaders.EVENT_TYPE, descriptor.type());
        header(record, EventHeaders.SCHEMA_VERSION, Integer.toString(descriptor.version()));
        header(record, EventHeaders.AGENCY, outgoing.agencyId());
        header(record, EventHeaders.CORRELATION_ID, correlationId);
        header(record, EventHeaders.ACTOR, actor);
        header(record, EventHeaders.SOURCE_SERVICE, service);
        return record;
    }

    /** Sends of the current batch; awaited once, just before the batch's token is committed. */
    private List<CompletableFuture<?>> pendingSends() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING_SENDS, key -> {
            List<CompletableFuture<?>> pending = new ArrayList<>();
            root.onPrepareCommit(u -> awaitAll(pending));
            return pending;
        });
    }

    private void awaitAll(List<CompletableFuture<?>> pending) {
        try {
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                    .get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
            published.increment(pending.size());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while publishing to " + topic, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Kafka did not acknowledge " + pending.size() + " event(s) on " + topic
                    + "; the batch will be retried from the event store", e);
        }
    }

    private static String stringMeta(EventMessage<?> event, String key) {
        Object value = event.getMetaData().get(key);
        return value == null ? null : value.toString();
    }

    @SuppressWarnings("unchecked")
    private static List<String> roles(EventMessage<?> event) {
        Object value = event.getMetaData().get(MetadataKeys.ACTOR_ROLES);
        return value instanceof List<?> list ? (List<String>) list : List.of();
    }

    private static void header(ProducerRecord<String, byte[]> record, String name, String value) {
        if (value != null) {
            record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
