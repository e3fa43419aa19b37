package id.sistemkerja.org.query;

import id.sistemkerja.platform.security.MetadataKeys;
import io.swagger.v3.oas.annotations.media.Schema;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * An employee's history as recorded: every act on the employee's stream (registration, changes, appointments,
 * placements, predikat), in order, with who recorded it and when (AUD-01). Read from the event store itself, so the
 * history is exactly the record.
 */
@Component
public class EmployeeHistoryQuery {

    private final EventStore eventStore;

    public EmployeeHistoryQuery(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @Schema(description = "One recorded act on an employee's record")
    public record Entry(long sequence,
                        @Schema(description = "e.g. EmployeePlaced, EmployeeAppointed") String type,
                        Instant recordedAt,
                        @Schema(description = "NIP or client id that recorded it") String recordedBy,
                        String correlationId,
                        @Schema(description = "The recorded facts (effective dates, positions, unit, appraiser ...)")
                        Object facts) {
    }

    public List<Entry> history(String nip) {
        List<Entry> entries = new ArrayList<>();
        eventStore.readEvents(nip).asStream().forEach(event -> entries.add(entry(event)));
        return entries;
    }

    private static Entry entry(DomainEventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName().replaceFirst("Event$", "");
        return new Entry(event.getSequenceNumber(), type, event.getTimestamp(),
                (String) event.getMetaData().get(MetadataKeys.ACTOR),
                (String) event.getMetaData().get(MetadataKeys.CORRELATION_ID), event.getPayload());
    }
}
