package id.sistemkerja.platform.kafka;

import java.time.Instant;
import java.util.List;

/** Envelope facts of an integration event a service consumes, handed to its handler with the typed payload. */
public record IncomingEvent(String eventId,
                            String type,
                            int schemaVersion,
                            Instant occurredAt,
                            String sourceService,
                            String agencyId,
                            String aggregateId,
                            long aggregateSequence,
                            String correlationId,
                            String actor,
                            List<String> actorRoles) {
}
