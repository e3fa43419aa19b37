package id.sistemkerja.platform.kafka;

import id.sistemkerja.contracts.IntegrationEvent;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A service's subscription to another service's integration events: which topic, and a typed handler per event type.
 * The platform runs it as an idempotent consumer (each event applied once per subscription, deduplicated by event id
 * in the service's MongoDB) with a dead-letter topic for records that cannot be processed. Types without a handler
 * are skipped, so producers may add event types without breaking consumers.
 */
public final class IntegrationEventSubscription {

    /** A typed handler for one integration event type. */
    public record Handler<T>(Class<T> payloadType, int schemaVersion, BiConsumer<T, IncomingEvent> action) {
    }

    private final String name;
    private final String topic;
    private final Map<String, Handler<?>> handlers;

    private IntegrationEventSubscription(String name, String topic, Map<String, Handler<?>> handlers) {
        this.name = name;
        this.topic = topic;
        this.handlers = Map.copyOf(handlers);
    }

    /**
     * @param name  short stable name, part of the consumer group id: renaming it re-reads the topic from the start
     * @param topic a {@code contracts} topic
     */
    public static Builder builder(String name, String topic) {
        return new Builder(name, topic);
    }

    public String name() {
        return name;
    }

    public String topic() {
        return topic;
    }

    public Handler<?> handlerFor(String type) {
        return handlers.get(type);
    }

    public static final class Builder {
        private final String name;
        private final String topic;
        private final Map<String, Handler<?>> handlers = new LinkedHashMap<>();

        private Builder(String name, String topic) {
            this.name = Objects.requireNonNull(name);
            this.topic = Objects.requireNonNull(topic);
        }

        public <T> Builder on(Class<T> payloadType, BiConsumer<T, IncomingEvent> action) {
            IntegrationEvent descriptor = payloadType.getAnnotation(IntegrationEvent.class);
            if (descriptor == null) {
                throw new IllegalArgumentException(payloadType.getName() + " is not a contracts @IntegrationEvent");
            }
            if (handlers.putIfAbsent(descriptor.type(), new Handler<>(payloadType, descriptor.version(), action)) != null) {
                throw new IllegalStateException("Two handlers for " + descriptor.type() + " in subscription " + name);
            }
            return this;
        }

        public IntegrationEventSubscription build() {
            return new IntegrationEventSubscription(name, topic, handlers);
        }
    }
}
