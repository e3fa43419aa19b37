package id.sistemkerja.performance.command;

import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

import java.util.Optional;
import java.util.function.Function;

/** Loading the aggregates a decision reads, inside the command's unit of work (so it sees them as stored). */
final class Aggregates {

    private Aggregates() {
    }

    /** The aggregate, or a 404 naming {@code what} when it does not exist. */
    static <T> Aggregate<T> load(Repository<T> repository, String id, String what) {
        return find(repository, id).orElseThrow(() -> ProblemException.notFound(what, id));
    }

    static <T> Optional<Aggregate<T>> find(Repository<T> repository, String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(repository.load(id));
        } catch (AggregateNotFoundException e) {
            return Optional.empty();
        }
    }

    /** A new aggregate made by {@code factory} (whose constructor applies the first event). */
    static <T> Aggregate<T> create(Repository<T> repository, java.util.concurrent.Callable<T> factory) {
        try {
            return repository.newInstance(factory);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The aggregate root, to read its facts. */
    static <T> T root(Aggregate<T> aggregate) {
        return aggregate.invoke(Function.identity());
    }
}
