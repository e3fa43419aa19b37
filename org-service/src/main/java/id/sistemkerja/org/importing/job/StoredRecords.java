package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.org.api.StructureEvents.DepartmentEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.OrgUnitEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.PositionEstablishedEvent;
import id.sistemkerja.platform.security.MetadataKeys;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * What the event store holds, as an import asks it: is a row's record there already (and recorded by whom), does a
 * referenced unit, position or employee exist. Reads the aggregate's own stream (no read model, so no lag): the same
 * facts the commands decide on. Works on the service's event store and on a dry run's sandbox alike.
 */
final class StoredRecords {

    /** Whether a row's record is stored already. */
    sealed interface Presence {
    }

    /** Not stored: the row's act is to be sent. */
    record Absent() implements Presence {
    }

    /** Stored with the row's values, under {@code correlationId} (a job's id when an import recorded it). */
    record Same(String correlationId) implements Presence {
    }

    /** Stored with other values: an import never changes a record. */
    record Different(String column, String message) implements Presence {
    }

    static final Presence ABSENT = new Absent();

    private final EventStore store;
    /** Existence only grows during an import, so a positive answer is kept. */
    private final Set<String> existing = ConcurrentHashMap.newKeySet();

    StoredRecords(EventStore store) {
        this.store = store;
    }

    List<DomainEventMessage<?>> events(String aggregateId) {
        if (aggregateId == null || aggregateId.isBlank()) {
            return List.of();
        }
        return store.readEvents(aggregateId).asStream().<DomainEventMessage<?>>map(m -> m).toList();
    }

    /** The first event of the stream with a payload of {@code type} matching {@code filter}, with its correlation id. */
    <T> Optional<Found<T>> find(String aggregateId, Class<T> type, Predicate<T> filter) {
        for (DomainEventMessage<?> event : events(aggregateId)) {
            if (type.isInstance(event.getPayload()) && filter.test(type.cast(event.getPayload()))) {
                Object correlation = event.getMetaData().get(MetadataKeys.CORRELATION_ID);
                return Optional.of(new Found<>(type.cast(event.getPayload()),
                        correlation == null ? null : correlation.toString()));
            }
        }
        return Optional.empty();
    }

    /** An event payload with the correlation id it was recorded under. */
    record Found<T>(T payload, String correlationId) {
    }

    /** A department or unit with this id is established. */
    boolean unitExists(String unitId) {
        return exists("unit:" + unitId, () -> events(unitId).stream().anyMatch(e ->
                e.getPayload() instanceof DepartmentEstablishedEvent || e.getPayload() instanceof OrgUnitEstablishedEvent));
    }

    /** The job map of the position's unit lists it. */
    boolean positionExists(String positionId) {
        String unitId = OrgIds.unitOfPosition(positionId);
        return unitId != null && exists("position:" + positionId, () -> events(unitId).stream().anyMatch(e ->
                e.getPayload() instanceof PositionEstablishedEvent p && p.positionId().equals(positionId)));
    }

    /** An employee with this NIP is registered (in any agency: the act itself refuses another agency's). */
    boolean employeeExists(String nip) {
        return exists("employee:" + nip, () -> store.lastSequenceNumberFor(nip).isPresent());
    }

    /** Whether the record a row refers to by {@code key} exists ({@code unit:}, {@code position:}, {@code employee:}). */
    boolean exists(String key) {
        int colon = key.indexOf(':');
        String id = key.substring(colon + 1);
        return switch (key.substring(0, colon)) {
            case "unit" -> unitExists(id);
            case "position" -> positionExists(id);
            case "employee" -> employeeExists(id);
            default -> false;
        };
    }

    private boolean exists(String key, java.util.function.BooleanSupplier lookup) {
        if (existing.contains(key)) {
            return true;
        }
        boolean found = lookup.getAsBoolean();
        if (found) {
            existing.add(key);
        }
        return found;
    }
}
