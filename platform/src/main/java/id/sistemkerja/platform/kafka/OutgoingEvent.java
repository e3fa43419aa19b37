package id.sistemkerja.platform.kafka;

import id.sistemkerja.contracts.IntegrationEvent;

import java.util.Objects;

/**
 * What a domain event becomes on Kafka: a {@code contracts} record and the agency it belongs to.
 *
 * @param agencyId agency (instansi) of the fact; becomes the {@code sk-agency} header
 * @param payload  a record annotated with {@link IntegrationEvent}
 */
public record OutgoingEvent(String agencyId, Object payload) {

    public OutgoingEvent {
        Objects.requireNonNull(payload, "payload");
        if (!payload.getClass().isAnnotationPresent(IntegrationEvent.class)) {
            throw new IllegalArgumentException(payload.getClass().getName() + " is not a contracts @IntegrationEvent");
        }
    }

    public IntegrationEvent descriptor() {
        return payload.getClass().getAnnotation(IntegrationEvent.class);
    }
}
