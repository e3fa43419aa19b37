package id.sistemkerja.assignment.command;

import id.sistemkerja.platform.error.ProblemException;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;

/** Loading aggregates by id in command handlers: a missing one is a 404 problem. */
final class Aggregates {

    private Aggregates() {
    }

    static <T> T load(Repository<T> repository, String id, String what) {
        try {
            Aggregate<T> aggregate = repository.load(id);
            return aggregate.invoke(root -> root);
        } catch (AggregateNotFoundException e) {
            throw ProblemException.notFound(what, id);
        }
    }
}
