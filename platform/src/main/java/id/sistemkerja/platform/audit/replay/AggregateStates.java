package id.sistemkerja.platform.audit.replay;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.axonframework.config.AggregateConfiguration;
import org.axonframework.config.Configuration;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.SimpleEventBus;
import org.axonframework.eventsourcing.EventSourcedAggregate;
import org.axonframework.eventsourcing.NoSnapshotTriggerDefinition;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.modelling.command.inspection.AggregateModel;
import org.axonframework.modelling.command.inspection.AnnotatedAggregateMetaModelFactory;

import java.lang.reflect.Constructor;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The state of an aggregate as of a moment (AUD-02), by replay: the aggregate's events with a timestamp up to that
 * moment are read from the event store (without snapshots) and applied, in order, to a fresh instance of the
 * service's own aggregate class through its {@code @EventSourcingHandler}s, exactly as Axon rebuilds it to decide a
 * command. The state is rendered as the aggregate's fields (field name to value, as Jackson writes them): the honest,
 * generic picture of what the service knew at that moment.
 */
public class AggregateStates {

    /**
     * @param aggregateType       the aggregate type as stored with its events
     * @param eventsApplied       the events replayed (ids and sequence numbers, in order)
     * @param state               the aggregate's fields after the last of them
     */
    public record StateAsOf(String aggregateType, String aggregateId, Instant asOf, List<AppliedEvent> eventsApplied,
                            JsonNode state) {
    }

    public record AppliedEvent(String eventId, long aggregateSequence, Instant time, String payloadType) {
    }

    private final Configuration axon;
    private final EventStore eventStore;
    private final ObjectMapper fields;
    private final Map<String, AggregateModel<?>> models = new ConcurrentHashMap<>();

    public AggregateStates(Configuration axon, EventStore eventStore, ObjectMapper objectMapper) {
        this.axon = axon;
        this.eventStore = eventStore;
        this.fields = objectMapper.copy()
                .setVisibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
                .setVisibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    }

    /** Empty when this service has no aggregate class of that type. */
    public Optional<StateAsOf> stateAsOf(String aggregateType, String aggregateId, Instant asOf) {
        AggregateModel<?> model = model(aggregateType);
        if (model == null) {
            return Optional.empty();
        }
        return Optional.of(replay(model, aggregateType, aggregateId, asOf));
    }

    private <T> StateAsOf replay(AggregateModel<T> model, String aggregateType, String aggregateId, Instant asOf) {
        List<AppliedEvent> applied = new ArrayList<>();
        DomainEventStream events = eventStore.readEvents(aggregateId, 0);
        List<DomainEventMessage<?>> upTo = new ArrayList<>();
        while (events.hasNext()) {
            DomainEventMessage<?> event = events.next();
            if (event.getTimestamp().isAfter(asOf)) {
                break;
            }
            upTo.add(event);
            applied.add(new AppliedEvent(event.getIdentifier(), event.getSequenceNumber(), event.getTimestamp(),
                    event.getPayloadType().getName()));
        }
        if (upTo.isEmpty()) {
            return new StateAsOf(aggregateType, aggregateId, asOf, applied, null);
        }
        T instance = newInstance(model.entityClass());
        DefaultUnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(null);
        try {
            EventSourcedAggregate<T> aggregate = EventSourcedAggregate.initialize(instance, model,
                    SimpleEventBus.builder().build(), NoSnapshotTriggerDefinition.TRIGGER);
            aggregate.initializeState(DomainEventStream.of(upTo.stream()));
        } finally {
            unitOfWork.rollback();
        }
        return new StateAsOf(aggregateType, aggregateId, asOf, applied, fields.valueToTree(instance));
    }

    private AggregateModel<?> model(String aggregateType) {
        return models.computeIfAbsent(aggregateType, type -> {
            for (AggregateConfiguration<?> configuration : axon.findModules(AggregateConfiguration.class)) {
                AggregateModel<?> model = AnnotatedAggregateMetaModelFactory.inspectAggregate(
                        configuration.aggregateType(), axon.parameterResolverFactory(),
                        axon.handlerDefinition(configuration.aggregateType()));
                if (model.type().equals(type) || configuration.aggregateType().getName().equals(type)) {
                    return model;
                }
            }
            return null;
        });
    }

    private static <T> T newInstance(Class<? extends T> type) {
        try {
            Constructor<? extends T> constructor = type.getDeclaredConstructor();
            constructor.setAccessible(true);
            return constructor.newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Aggregate " + type.getName() + " has no no-argument constructor", e);
        }
    }
}
