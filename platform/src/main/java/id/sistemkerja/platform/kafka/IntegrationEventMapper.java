package id.sistemkerja.platform.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A service's translation from its private domain events to public {@code contracts} events. Domain events without a
 * mapping stay private. A service may declare several mapper beans (one per area); the platform's Kafka publisher
 * combines them and applies the result to every committed event.
 */
public final class IntegrationEventMapper {

    private final Map<Class<?>, Function<Object, OutgoingEvent>> mappings;

    private IntegrationEventMapper(Map<Class<?>, Function<Object, OutgoingEvent>> mappings) {
        this.mappings = Map.copyOf(mappings);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Optional<OutgoingEvent> map(Object domainEvent) {
        Function<Object, OutgoingEvent> mapping = mappings.get(domainEvent.getClass());
        return mapping == null ? Optional.empty() : Optional.ofNullable(mapping.apply(domainEvent));
    }

    /** One mapper made of several (a service may declare one per area); a domain event must be mapped only once. */
    public static IntegrationEventMapper combine(java.util.List<IntegrationEventMapper> mappers) {
        Builder builder = builder();
        for (IntegrationEventMapper mapper : mappers) {
            mapper.mappings.forEach((type, mapping) -> {
                if (builder.mappings.putIfAbsent(type, mapping) != null) {
                    throw new IllegalStateException(type.getName() + " is mapped by two IntegrationEventMappers");
                }
            });
        }
        return builder.build();
    }

    /** Domain event classes that are published. */
    public Set<Class<?>> publishedDomainEvents() {
        return mappings.keySet();
    }

    public static final class Builder {
        private final Map<Class<?>, Function<Object, OutgoingEvent>> mappings = new LinkedHashMap<>();

        /** Publish every {@code domainEventType} as {@code mapping} returns it. */
        @SuppressWarnings("unchecked")
        public <E> Builder map(Class<E> domainEventType, Function<E, OutgoingEvent> mapping) {
            if (mappings.putIfAbsent(domainEventType, (Function<Object, OutgoingEvent>) mapping) != null) {
                throw new IllegalStateException(domainEventType.getName() + " is mapped twice");
            }
            return this;
        }

        public IntegrationEventMapper build() {
            return new IntegrationEventMapper(mappings);
        }
    }
}
