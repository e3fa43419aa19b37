package id.sistemkerja.platform.eventstore;

import org.axonframework.eventsourcing.eventstore.jdbc.AbstractEventTableFactory;

/**
 * PostgreSQL event tables whose payload and metadata are JSON text, so auditors and operators read events with plain
 * SQL ({@code SELECT payload::jsonb FROM domainevententry}) and the stored bytes are exactly what the serializer wrote.
 */
public final class JsonTextEventTableFactory extends AbstractEventTableFactory {

    public static final JsonTextEventTableFactory INSTANCE = new JsonTextEventTableFactory();

    private JsonTextEventTableFactory() {
    }

    @Override
    protected String idColumnType() {
        return "BIGSERIAL";
    }

    @Override
    protected String payloadType() {
        return "TEXT";
    }
}
