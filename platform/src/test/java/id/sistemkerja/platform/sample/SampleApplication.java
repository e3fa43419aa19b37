package id.sistemkerja.platform.sample;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.config.SiKerjaService;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Ids;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.Map;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** A minimal service used to test the platform's wiring end to end (not part of SiKerja's domain). */
@SpringBootApplication
@SiKerjaService("sample")
public class SampleApplication {

    public static final String TOPIC = "sk.sample.events.v1";

    public record RegisterThingCommand(@TargetAggregateIdentifier String thingId, String agencyId, String name) {
    }

    @Revision("1")
    public record ThingRegisteredEvent(String thingId, String agencyId, String name) {
    }

    @IntegrationEvent(type = "sample.ThingRegistered", version = 1)
    public record ThingRegistered(String thingId, String name) {
    }

    public record RegisterThingRequest(@NotBlank String name, String thingId) {
    }

    public record ApproveThingCommand(@TargetAggregateIdentifier String thingId, String approver) {
    }

    public record AddNoteCommand(@TargetAggregateIdentifier String thingId, String noteId, String text) {
    }

    /** A note on a thing: every accepted command appends one (no business check that would refuse a second run). */
    @Revision("1")
    public record NoteAddedEvent(String thingId, String agencyId, String noteId, String text) {
    }

    public record AddNoteRequest(@NotBlank String text) {
    }

    /** The basis of a decision as decision events record it: profile id, version, rule ids (AUD-01). */
    public record RuleBasis(String profileId, int version, java.util.List<String> ruleIds) {
    }

    @Revision("1")
    public record ThingApprovedEvent(String thingId, String agencyId, String approver, RuleBasis decision) {
    }

    @Aggregate
    public static class Thing {
        @AggregateIdentifier
        private String thingId;
        private String agencyId;
        private String name;
        private boolean approved;

        protected Thing() {
        }

        @CommandHandler
        public Thing(RegisterThingCommand command) {
            if ("forbidden".equals(command.name())) {
                throw ProblemException.rule("SMP-01", "Sample Regulation Pasal 1(2)", "name",
                        "a thing may not be called 'forbidden'");
            }
            apply(new ThingRegisteredEvent(command.thingId(), command.agencyId(), command.name()));
        }

        @CommandHandler
        public void handle(ApproveThingCommand command) {
            if (approved) {
                throw ProblemException.conflict("already approved");
            }
            apply(new ThingApprovedEvent(thingId, agencyId, command.approver(),
                    new RuleBasis("sample-2026", 1, java.util.List.of("SMP-02"))));
        }

        @CommandHandler
        public String handle(AddNoteCommand command) {
            apply(new NoteAddedEvent(thingId, agencyId, command.noteId(), command.text()));
            return command.noteId();
        }

        @EventSourcingHandler
        void on(ThingRegisteredEvent event) {
            this.thingId = event.thingId();
            this.agencyId = event.agencyId();
            this.name = event.name();
        }

        @EventSourcingHandler
        void on(ThingApprovedEvent event) {
            this.approved = true;
        }
    }

    @RestController
    public static class ThingController {
        private final CommandDispatcher commands;

        public ThingController(CommandDispatcher commands) {
            this.commands = commands;
        }

        @PostMapping("/api/v1/things")
        @ResponseStatus(HttpStatus.CREATED)
        public Mono<Map<String, String>> register(@Valid @RequestBody RegisterThingRequest request, CallContext context) {
            String id = request.thingId() != null ? request.thingId() : Ids.newId(context, "thing");
            return commands.send(new RegisterThingCommand(id, context.actor().agencyId(), request.name()), context)
                    .thenReturn(Map.of("thingId", id));
        }

        @PostMapping("/api/v1/things/{thingId}/notes")
        @ResponseStatus(HttpStatus.CREATED)
        public Mono<Map<String, String>> note(@org.springframework.web.bind.annotation.PathVariable String thingId,
                                              @Valid @RequestBody AddNoteRequest request, CallContext context) {
            return commands.<String>send(new AddNoteCommand(thingId, Ids.newId(context, "note"), request.text()), context)
                    .map(noteId -> Map.of("thingId", thingId, "noteId", noteId));
        }

        @PostMapping("/api/v1/things/{thingId}/approval")
        @ResponseStatus(HttpStatus.CREATED)
        public Mono<Map<String, String>> approve(@org.springframework.web.bind.annotation.PathVariable String thingId,
                                                 CallContext context) {
            return commands.send(new ApproveThingCommand(thingId, context.actor().subject()), context)
                    .thenReturn(Map.of("thingId", thingId));
        }
    }

    /** A read model rebuilt by replay: upsert by id, cleared by its reset handler. */
    @org.springframework.stereotype.Component
    @org.axonframework.config.ProcessingGroup(ThingProjection.GROUP)
    public static class ThingProjection {
        public static final String GROUP = "sample-things";
        public static final java.util.concurrent.atomic.AtomicInteger RESETS = new java.util.concurrent.atomic.AtomicInteger();
        private final MongoTemplate mongo;

        public ThingProjection(MongoTemplate mongo) {
            this.mongo = mongo;
        }

        @org.axonframework.eventhandling.EventHandler
        void on(ThingRegisteredEvent event) {
            mongo.getCollection("things").replaceOne(new org.bson.Document("_id", event.thingId()),
                    new org.bson.Document("_id", event.thingId()).append("name", event.name()),
                    new com.mongodb.client.model.ReplaceOptions().upsert(true));
        }

        @org.axonframework.eventhandling.ResetHandler
        void reset() {
            RESETS.incrementAndGet();
            mongo.getCollection("things").drop();
        }
    }

    @Bean
    public IntegrationEventMapper sampleIntegrationEvents() {
        return IntegrationEventMapper.builder()
                .map(ThingRegisteredEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new ThingRegistered(e.thingId(), e.name())))
                .build();
    }

    /** Consumes its own topic into MongoDB, to exercise the idempotent consumer and the dead-letter topic. */
    @Bean
    public IntegrationEventSubscription thingsSeen(MongoTemplate mongo) {
        return IntegrationEventSubscription.builder("things-seen", TOPIC)
                .on(ThingRegistered.class, (thing, meta) -> {
                    if (thing.name().startsWith("explode")) {
                        throw new IllegalStateException("handler failure for " + thing.name());
                    }
                    mongo.getCollection("things_seen").insertOne(new org.bson.Document("thingId", thing.thingId())
                            .append("name", thing.name()).append("eventId", meta.eventId()));
                })
                .build();
    }
}
