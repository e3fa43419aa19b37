package id.sistemkerja.platform.security;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The context of one API call: the actor, the correlation id that ties its effects together across services, and the
 * caller's {@code Idempotency-Key} if any. Controllers receive it as a method parameter.
 */
public record CallContext(Actor actor, String correlationId, String idempotencyKey) {

    public static CallContext system(String agencyId) {
        return system(agencyId, null);
    }

    /**
     * The system acting for {@code agencyId} in reaction to another service's event: the producer's correlation id
     * carries on (a new one when the event has none), so an auditor follows the act back to its cause.
     */
    public static CallContext system(String agencyId, String correlationId) {
        return new CallContext(Actor.system(agencyId), correlationId != null ? correlationId
                : UUID.randomUUID().toString(), null);
    }

    /** Metadata attached to the command and, through the correlation data providers, to every event it causes. */
    public Map<String, Object> toMetaData() {
        Map<String, Object> meta = new HashMap<>();
        meta.put(MetadataKeys.ACTOR, actor.subject());
        meta.put(MetadataKeys.ACTOR_ROLES, actor.sortedRoles());
        if (actor.name() != null) {
            meta.put(MetadataKeys.ACTOR_NAME, actor.name());
        }
        if (actor.agencyId() != null) {
            meta.put(MetadataKeys.ACTOR_AGENCY, actor.agencyId());
        }
        if (actor.unitId() != null) {
            meta.put(MetadataKeys.ACTOR_UNIT, actor.unitId());
        }
        meta.put(MetadataKeys.CORRELATION_ID, correlationId);
        if (idempotencyKey != null) {
            meta.put(MetadataKeys.IDEMPOTENCY_KEY, idempotencyKey);
            meta.put(MetadataKeys.CALLER_SCOPE, actor.callerScope());
        }
        return meta;
    }
}
