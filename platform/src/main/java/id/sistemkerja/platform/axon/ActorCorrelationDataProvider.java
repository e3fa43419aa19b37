package id.sistemkerja.platform.axon;

import id.sistemkerja.platform.security.MetadataKeys;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.correlation.CorrelationDataProvider;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Carries the actor, the correlation id and the idempotency key from a command (or from an event a saga reacts to)
 * into every message it causes, and records which message caused it (AUD-01).
 */
public class ActorCorrelationDataProvider implements CorrelationDataProvider {

    private static final List<String> PROPAGATED = List.of(
            MetadataKeys.ACTOR, MetadataKeys.ACTOR_NAME, MetadataKeys.ACTOR_ROLES, MetadataKeys.ACTOR_AGENCY,
            MetadataKeys.ACTOR_UNIT, MetadataKeys.CORRELATION_ID, MetadataKeys.IDEMPOTENCY_KEY);

    @Override
    public Map<String, ?> correlationDataFor(Message<?> message) {
        Map<String, Object> data = new HashMap<>();
        for (String key : PROPAGATED) {
            Object value = message.getMetaData().get(key);
            if (value != null) {
                data.put(key, value);
            }
        }
        data.putIfAbsent(MetadataKeys.CORRELATION_ID, message.getIdentifier());
        data.put(MetadataKeys.CAUSATION_ID, message.getIdentifier());
        return data;
    }
}
