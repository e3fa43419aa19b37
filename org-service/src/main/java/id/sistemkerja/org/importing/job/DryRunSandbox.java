package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.command.Agency;
import id.sistemkerja.org.command.AgencyProfileBinding;
import id.sistemkerja.org.command.AppointmentCommandHandler;
import id.sistemkerja.org.command.BoundProfilePlacementRules;
import id.sistemkerja.org.command.Employee;
import id.sistemkerja.org.command.OrgUnit;
import id.sistemkerja.org.command.PlacementCommandHandler;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.org.command.StructureCommandHandler;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.Repository;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The dry run's stand-in for the service's command side: the same aggregates ({@link Agency}, {@link OrgUnit},
 * {@link Employee}, {@link AgencyProfileBinding}), the same command handlers and placement rules, on an event store
 * that reads through to the service's store and keeps whatever the acts append in memory. Every row is therefore
 * decided exactly as the API would decide it right after the rows before it — with the regulation profile the file
 * binds, the appointments the file records — and nothing is ever stored. One sandbox serves one dry run, on one thread.
 */
final class DryRunSandbox implements ImportRunner.CommandSink, AutoCloseable {

    private final OverlayStorageEngine overlay;
    private final EmbeddedEventStore store;
    private final CommandGateway gateway;

    DryRunSandbox(EventStore serviceStore, RegulationProfiles profiles, ProfilePlacementRules servicePlacementRules,
                  Clock clock) {
        this.overlay = new OverlayStorageEngine(serviceStore);
        this.store = EmbeddedEventStore.builder().storageEngine(overlay).build();
        SimpleCommandBus bus = SimpleCommandBus.builder().build();
        // command handlers may take the profiles (AgencyProfileBinding) or the clock as parameters, as under Spring;
        // a handler that asks for anything else fails this constructor (the dry run aborts, naming it) rather than
        // reach a bean of the real command side
        ParameterResolverFactory parameters = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(DryRunSandbox.class),
                new SimpleResourceParameterResolverFactory(List.of(profiles, clock)));
        Repository<Agency> agencies = aggregate(Agency.class, bus, parameters);
        Repository<OrgUnit> units = aggregate(OrgUnit.class, bus, parameters);
        Repository<Employee> employees = aggregate(Employee.class, bus, parameters);
        Repository<AgencyProfileBinding> bindings = aggregate(AgencyProfileBinding.class, bus, parameters);
        // the profile's placement rules read the binding from the sandbox, so a binding row of the file counts
        ProfilePlacementRules placementRules = servicePlacementRules instanceof BoundProfilePlacementRules
                ? new BoundProfilePlacementRules(bindings, store, profiles) : servicePlacementRules;
        new AnnotationCommandHandlerAdapter<>(new StructureCommandHandler(agencies, units), parameters).subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new AppointmentCommandHandler(employees, units), parameters)
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new PlacementCommandHandler(employees, units, placementRules),
                parameters).subscribe(bus);
        this.gateway = DefaultCommandGateway.builder().commandBus(bus).build();
    }

    private <T> Repository<T> aggregate(Class<T> type, SimpleCommandBus bus, ParameterResolverFactory parameters) {
        EventSourcingRepository<T> repository = EventSourcingRepository.builder(type).eventStore(store)
                .parameterResolverFactory(parameters).build();
        AggregateAnnotationCommandHandler.<T>builder().aggregateType(type).repository(repository)
                .parameterResolverFactory(parameters).build().subscribe(bus);
        return repository;
    }

    /** The sandbox's view of the store: the service's records plus what this dry run's acts recorded. */
    EventStore store() {
        return store;
    }

    @Override
    public void send(Object command) {
        gateway.sendAndWait(command);
    }

    @Override
    public void close() {
        store.shutDown();
    }

    /**
     * Reads each aggregate's stream from the service's store once, then serves it with the events appended in the
     * sandbox after it; appends are checked like the real store's unique (aggregate, sequence) key.
     */
    static final class OverlayStorageEngine implements EventStorageEngine {

        private final EventStore base;
        private final Map<String, List<DomainEventMessage<?>>> streams = new HashMap<>();

        OverlayStorageEngine(EventStore base) {
            this.base = base;
        }

        private synchronized List<DomainEventMessage<?>> stream(String aggregateId) {
            return streams.computeIfAbsent(aggregateId, id -> new ArrayList<>(base.readEvents(id).asStream()
                    .<DomainEventMessage<?>>map(e -> e).toList()));
        }

        @Override
        public synchronized void appendEvents(List<? extends EventMessage<?>> events) {
            Map<String, Long> next = new HashMap<>();
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain) {
                    String id = domain.getAggregateIdentifier();
                    long expected = next.computeIfAbsent(id, k -> (long) stream(k).size());
                    if (domain.getSequenceNumber() != expected) {
                        if (domain.getSequenceNumber() == 0) {
                            throw new AggregateStreamCreationException("Cannot reuse aggregate identifier [" + id
                                    + "] to create aggregate");
                        }
                        throw new ConcurrencyException("Sequence " + domain.getSequenceNumber() + " of " + id
                                + " was taken");
                    }
                    next.put(id, expected + 1);
                }
            }
            for (EventMessage<?> event : events) {
                if (event instanceof DomainEventMessage<?> domain) {
                    stream(domain.getAggregateIdentifier()).add(domain);
                }
            }
        }

        @Override
        public void storeSnapshot(DomainEventMessage<?> snapshot) {
            // no snapshots in a sandbox
        }

        @Override
        public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
            return Stream.empty();
        }

        @Override
        public synchronized DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
            return DomainEventStream.of(stream(aggregateIdentifier).stream()
                    .filter(e -> e.getSequenceNumber() >= firstSequenceNumber).toList());
        }

        @Override
        public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
            return Optional.empty();
        }

        @Override
        public synchronized Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
            List<DomainEventMessage<?>> stream = stream(aggregateIdentifier);
            return stream.isEmpty() ? Optional.empty()
                    : Optional.of(stream.get(stream.size() - 1).getSequenceNumber());
        }

        @Override
        public TrackingToken createTailToken() {
            return null;
        }

        @Override
        public TrackingToken createHeadToken() {
            return null;
        }

        @Override
        public TrackingToken createTokenAt(java.time.Instant dateTime) {
            return null;
        }
    }
}
