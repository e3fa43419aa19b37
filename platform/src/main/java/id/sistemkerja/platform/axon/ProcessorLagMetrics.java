package id.sistemkerja.platform.axon;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.beans.factory.SmartInitializingSingleton;

import java.util.OptionalLong;

/**
 * {@code sikerja_processor_lag_events{processor}}: how many events of the service's event store a tracking processor
 * has still to handle (head position minus the processor's lowest segment position), and
 * {@code sikerja_processor_error{processor}} (1 while a segment is in error mode and retrying). Together with Axon's
 * {@code eventProcessor_latency} this is the processor lag ops watch: projections, the Kafka outbox relay, the sealer.
 */
public class ProcessorLagMetrics implements SmartInitializingSingleton {

    private final EventProcessingConfiguration processing;
    private final EventStore eventStore;
    private final MeterRegistry registry;

    public ProcessorLagMetrics(EventProcessingConfiguration processing, EventStore eventStore, MeterRegistry registry) {
        this.processing = processing;
        this.eventStore = eventStore;
        this.registry = registry;
    }

    @Override
    public void afterSingletonsInstantiated() {
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof TrackingEventProcessor tracking) {
                Gauge.builder("sikerja.processor.lag.events", tracking, this::lag)
                        .description("Events in the store not yet handled by this tracking processor")
                        .tag("processor", name).register(registry);
                Gauge.builder("sikerja.processor.error", tracking,
                                p -> p.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState) ? 1 : 0)
                        .description("1 while a segment of the processor is in error mode (retrying with back-off)")
                        .tag("processor", name).register(registry);
            }
        });
    }

    private double lag(TrackingEventProcessor processor) {
        OptionalLong head = position(eventStore.createHeadToken());
        if (head.isEmpty()) {
            return 0;
        }
        long lowest = Long.MAX_VALUE;
        for (EventTrackerStatus status : processor.processingStatus().values()) {
            OptionalLong position = position(status.getTrackingToken());
            lowest = Math.min(lowest, position.orElse(-1));
        }
        if (lowest == Long.MAX_VALUE) {
            return Double.NaN; // no segment claimed by this instance
        }
        return Math.max(0, head.getAsLong() - lowest);
    }

    private static OptionalLong position(TrackingToken token) {
        return token == null ? OptionalLong.empty() : token.position();
    }
}
