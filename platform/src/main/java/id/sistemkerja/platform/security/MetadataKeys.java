package id.sistemkerja.platform.security;

/**
 * Keys of the metadata every command and event carries (AUD-01): who, for which agency, under which correlation.
 * The event timestamp is the event's own; profile and rule ids of a decision live in the event payload.
 */
public final class MetadataKeys {

    public static final String ACTOR = "actor";
    public static final String ACTOR_NAME = "actorName";
    public static final String ACTOR_ROLES = "actorRoles";
    public static final String ACTOR_AGENCY = "actorAgency";
    public static final String ACTOR_UNIT = "actorUnit";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";
    public static final String IDEMPOTENCY_KEY = "idempotencyKey";
    /**
     * Whose idempotency key it is ({@link Actor#callerScope()}: agency, subject, issuer; M3). Only on commands that
     * carry a key, read by {@code CommandOutcomes}; not copied to events.
     */
    public static final String CALLER_SCOPE = "callerScope";

    private MetadataKeys() {
    }
}
