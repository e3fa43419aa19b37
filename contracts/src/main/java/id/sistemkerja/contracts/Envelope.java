package id.sistemkerja.contracts;

import java.time.Instant;
import java.util.List;

/**
 * The JSON value of every integration event record on Kafka.
 *
 * @param eventId           id of the domain event in the producer's event store; consumers dedupe on it
 * @param type              {@link IntegrationEvent#type()} of the payload
 * @param schemaVersion     {@link IntegrationEvent#version()} of the payload
 * @param occurredAt        when the producer committed the event
 * @param sourceService     producing service ({@code org}, {@code assignment}, ...)
 * @param agencyId          agency (instansi) the event belongs to; empty only for agency-independent facts
 * @param aggregateId       producer aggregate the event belongs to (also the record key)
 * @param aggregateSequence sequence of the event within that aggregate
 * @param correlationId     correlation id of the request that caused it
 * @param actor             subject (NIP or client id) that caused it
 * @param actorRoles        roles of that subject at the time
 * @param payload           the integration event record (a {@code contracts} type)
 */
public record Envelope<T>(String eventId,
                          String type,
                          int schemaVersion,
                          Instant occurredAt,
                          String sourceService,
                          String agencyId,
                          String aggregateId,
                          long aggregateSequence,
                          String correlationId,
                          String actor,
                          List<String> actorRoles,
                          T payload) {
}
