package id.sistemkerja.assignment.command;

import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateLifecycle;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Aggregates in external command handlers: {@link #load} gives the root (a missing one is a 404 problem) and remembers
 * its Axon wrapper in the unit of work, so the root's own methods can {@link #apply} events in its scope.
 */
final class Aggregates {

    private static final String LOADED = "sk-assignment-loaded-aggregates";

    private Aggregates() {
    }

    static <T> T load(Repository<T> repository, String id, String what) {
        Aggregate<T> aggregate;
        try {
            aggregate = repository.load(id);
        } catch (AggregateNotFoundException e) {
            throw ProblemException.notFound(what, id);
        }
        T root = aggregate.invoke(r -> r);
        loaded().put(root, aggregate);
        return root;
    }

    /** Whether aggregate {@code id} has events (a re-sent creation command finds its aggregate, no exception). */
    static boolean exists(EventStore events, String id) {
        return events.lastSequenceNumberFor(id).isPresent();
    }

    /** Applies {@code event} on {@code root}: in its aggregate's scope when loaded by {@link #load}. */
    static void apply(Object root, Object event) {
        Aggregate<?> aggregate = CurrentUnitOfWork.isStarted() ? loaded().get(root) : null;
        if (aggregate == null) {
            AggregateLifecycle.apply(event); // a new aggregate: its constructor runs in its scope already
        } else {
            aggregate.execute(r -> AggregateLifecycle.apply(event));
        }
    }

    private static Map<Object, Aggregate<?>> loaded() {
        return CurrentUnitOfWork.get().getOrComputeResource(LOADED, k -> new IdentityHashMap<>());
    }
}
