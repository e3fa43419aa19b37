package id.sistemkerja.contracts;

/** Kafka record headers set on every integration event (values are UTF-8 strings). */
public final class EventHeaders {

    public static final String EVENT_ID = "sk-event-id";
    public static final String EVENT_TYPE = "sk-event-type";
    public static final String SCHEMA_VERSION = "sk-schema-version";
    public static final String AGENCY = "sk-agency";
    public static final String CORRELATION_ID = "sk-correlation-id";
    public static final String ACTOR = "sk-actor";
    public static final String SOURCE_SERVICE = "sk-source-service";

    private EventHeaders() {
    }
}
