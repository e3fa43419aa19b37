package id.sistemkerja.org.query;

import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegistrationVoidedEvent;
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

    /**
     * The history of the person's current registration: after a registration the national registrar voided (M7) the
     * rightful agency reads its own record from its registration on, never the void agency's acts (those stay in the
     * stream, readable through the audit API).
     */
    public List<Entry> history(String nip) {
        List<Entry> entries = new ArrayList<>();
        eventStore.readEvents(nip).asStream().forEach(event -> {
            if (event.getPayload() instanceof EmployeeRegisteredEvent) {
                entries.clear();
            }
            entries.add(entry(event));
        });
        return entries;
    }

    /**
     * Whether the NIP's record currently stands registered in the event store (recorded, and its last act is not a
     * voiding): the org directory may lag behind it, never the other way.
     */
    public boolean registered(String nip) {
        return eventStore.lastSequenceNumberFor(nip)
                .map(last -> eventStore.readEvents(nip, last).asStream().findFirst()
                        .map(event -> !(event.getPayload() instanceof EmployeeRegistrationVoidedEvent))
                        .orElse(true))
                .orElse(false);
    }

    private static Entry entry(DomainEventMessage<?> event) {
        String type = event.getPayloadType().getSimpleName().replaceFirst("Event$", "");
        return new Entry(event.getSequenceNumber(), type, event.getTimestamp(),
                (String) event.getMetaData().get(MetadataKeys.ACTOR),
                (String) event.getMetaData().get(MetadataKeys.CORRELATION_ID), event.getPayload());
    }
}
