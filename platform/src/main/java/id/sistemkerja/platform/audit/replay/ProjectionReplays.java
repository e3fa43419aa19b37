package id.sistemkerja.platform.audit.replay;

import id.sistemkerja.platform.audit.ledger.AuditSealer;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.kafka.KafkaEventPublisher;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Rebuilds a read model by replay: stops the projection's tracking processor, resets its token to the start of the
 * event store (Axon calls the projection's {@code @ResetHandler}s, which may clear its collections) and starts it
 * again; it then re-applies every event, which is harmless because projections are idempotent (upsert by id).
 * Refused for processors that must never see an event twice (the Kafka publisher, the audit sealer) and for those
 * that do not support a reset (sagas, handlers marked {@code @DisallowReplay}). A replay of a group that is still
 * replaying is refused (L8): a second reset would blank the read model of every agency again, mid-rebuild.
 */
public class ProjectionReplays {

    private static final Logger log = LoggerFactory.getLogger(ProjectionReplays.class);
    /** Replaying these would publish every integration event again, or seal every event twice. */
    public static final Set<String> NEVER_REPLAYED = Set.of(KafkaEventPublisher.PROCESSING_GROUP,
            AuditSealer.PROCESSING_GROUP);

    /**
     * @param name       processing group
     * @param replayable may be rebuilt through this API
     * @param running    processor running
     * @param replaying  a replay is in progress
     * @param error      a segment is in error (retrying)
     * @param position   global index of the last event handled (largest over segments), null before the first
     */
    public record ProcessorStatus(String name, boolean replayable, boolean running, boolean replaying, boolean error,
                                  Long position) {
    }

    private final EventProcessingConfiguration processing;
    private final Set<String> starting = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public ProjectionReplays(EventProcessingConfiguration processing) {
        this.processing = processing;
    }

    public List<ProcessorStatus> list() {
        return processing.eventProcessors().values().stream()
                .filter(TrackingEventProcessor.class::isInstance)
                .map(p -> status((TrackingEventProcessor) p))
                .sorted(Comparator.comparing(ProcessorStatus::name))
                .toList();
    }

    public ProcessorStatus replay(String group) {
        TrackingEventProcessor processor = processing.eventProcessor(group, TrackingEventProcessor.class)
                .orElseThrow(() -> ProblemException.notFound("Projection processing group", group));
        if (NEVER_REPLAYED.contains(group)) {
            throw ProblemException.conflict("Processing group " + group + " is never replayed: it would "
                    + (group.equals(AuditSealer.PROCESSING_GROUP) ? "seal every event a second time"
                    : "publish every integration event again"));
        }
        if (!processor.supportsReset()) {
            throw ProblemException.conflict("Processing group " + group + " does not support a reset (a saga, or a "
                    + "handler marked @DisallowReplay)");
        }
        if (processor.isReplaying() || !starting.add(group)) {
            throw ProblemException.conflict("A replay of processing group " + group + " is still running; follow it "
                    + "with GET /api/v1/operations/projections");
        }
        try {
            log.info("Operator replay of processing group {}: stopping, resetting its tokens, starting", group);
            processor.shutDown();
            try {
                processor.resetTokens();
            } catch (RuntimeException e) {
                processor.start();
                throw ProblemException.conflict("Processing group " + group + " could not be reset (" + e.getMessage()
                        + "); with several replicas, every replica's processor must release its segments first");
            }
            processor.start();
            return status(processor);
        } finally {
            starting.remove(group);
        }
    }

    private static ProcessorStatus status(TrackingEventProcessor processor) {
        boolean replayable = !NEVER_REPLAYED.contains(processor.getName()) && processor.supportsReset();
        Long position = processor.processingStatus().values().stream()
                .map(EventTrackerStatus::getCurrentPosition)
                .filter(java.util.OptionalLong::isPresent)
                .map(java.util.OptionalLong::getAsLong)
                .max(Long::compare).orElse(null);
        boolean error = processor.processingStatus().values().stream().anyMatch(EventTrackerStatus::isErrorState);
        return new ProcessorStatus(processor.getName(), replayable, processor.isRunning(), processor.isReplaying(),
                error, position);
    }

}
