package id.sistemkerja.performance.command;

import id.sistemkerja.performance.api.AgreementEvents;
import id.sistemkerja.performance.api.EvaluationEvents;
import id.sistemkerja.performance.api.PlanEvents;
import id.sistemkerja.performance.api.RuleBasis;
import id.sistemkerja.performance.api.WorkResultEvents;
import id.sistemkerja.performance.command.rules.PerfRuleSetLoader;
import id.sistemkerja.performance.command.rules.PerfRuleSets;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileBindings;
import id.sistemkerja.regulation.profile.ProfileLoader;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandResultMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The world performance decisions are tested in without Spring, PostgreSQL, MongoDB or Kafka: the service's own
 * command handlers on an Axon command bus, event-sourced repositories of its four aggregates on an in-memory event
 * store, the shipped regulation profiles and perf-rules, an in-memory org directory (the regulation test-jar's,
 * answering as the replica does), a clock at Monday 2 March 2026 in Jakarta and an in-memory copy of the unit work
 * plans.
 * <p>
 * performance-service still decides in handler classes that read several aggregates (the plan's superior targets live
 * in agreements, a work result's target in the plan), which Axon's one-aggregate {@code AggregateTestFixture} cannot
 * hold; this world gives the same form: {@code given(events).when(command).expectEvents(...)} with exact events, the
 * past of every aggregate stated as its events.
 */
final class PerformanceWorld {

    static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));
    static final PerfRuleSets RULES = PerfRuleSetLoader.load(List.of(PerfRuleSetLoader.DEFAULT_LOCATION));
    static final ZoneId JAKARTA = ZoneId.of("Asia/Jakarta");
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T02:00:00Z"), JAKARTA);
    static final LocalDate TODAY = LocalDate.now(CLOCK);

    /** Which aggregate each event class belongs to, by the class that declares the events. */
    private static final Map<Class<?>, String> AGGREGATE_TYPES = Map.of(
            AgreementEvents.class, PerformanceAgreement.class.getSimpleName(),
            PlanEvents.class, PerformancePlan.class.getSimpleName(),
            WorkResultEvents.class, WorkResult.class.getSimpleName(),
            EvaluationEvents.class, Evaluation.class.getSimpleName());

    final InMemoryOrgDirectory org = new InMemoryOrgDirectory();
    final Map<String, ProfileBinding> bindings = new ConcurrentHashMap<>();
    final AgencyProfiles profiles = new AgencyProfiles(PROFILES, new ProfileBindings() {
        @Override
        public Optional<ProfileBinding> inForce(String agencyId, LocalDate date) {
            return Optional.ofNullable(bindings.get(agencyId));
        }

        @Override
        public List<ProfileBinding> history(String agencyId) {
            return Optional.ofNullable(bindings.get(agencyId)).stream().toList();
        }
    });
    final Map<String, UnitWorkPlans.UnitWorkPlan> workPlans = new ConcurrentHashMap<>();
    final DecisionContext context = new DecisionContext(new OrgLevels(org), profiles, RULES, CLOCK);

    private final EmbeddedEventStore store = EmbeddedEventStore.builder()
            .storageEngine(new InMemoryEventStorageEngine()).build();
    private final CommandBus commands = SimpleCommandBus.builder().build();
    private final Map<String, Long> sequences = new HashMap<>();
    private final List<Object> published = new CopyOnWriteArrayList<>();

    PerformanceWorld() {
        EventSourcingRepository<PerformanceAgreement> agreements = EventSourcingRepository
                .builder(PerformanceAgreement.class).eventStore(store).build();
        EventSourcingRepository<PerformancePlan> plans = EventSourcingRepository
                .builder(PerformancePlan.class).eventStore(store).build();
        EventSourcingRepository<WorkResult> results = EventSourcingRepository
                .builder(WorkResult.class).eventStore(store).build();
        EventSourcingRepository<Evaluation> evaluations = EventSourcingRepository
                .builder(Evaluation.class).eventStore(store).build();
        UnitWorkPlans unitWorkPlans = planId -> Optional.ofNullable(workPlans.get(planId));
        new AnnotationCommandHandlerAdapter<>(new AgreementCommandHandler(agreements, context)).subscribe(commands);
        new AnnotationCommandHandlerAdapter<>(new PlanCommandHandler(plans, agreements, context, unitWorkPlans))
                .subscribe(commands);
        new AnnotationCommandHandlerAdapter<>(new WorkResultCommandHandler(results, plans, context))
                .subscribe(commands);
        new AnnotationCommandHandlerAdapter<>(new EvaluationCommandHandler(evaluations, plans, context))
                .subscribe(commands);
        store.subscribe(events -> events.forEach(e -> published.add(e.getPayload())));
    }

    /** An agency ({@link PerfAgency}) bound from 2020 to version {@code version} of {@code profileId}. */
    PerfAgency agency(String profileId, int version) {
        PerfAgency agency = new PerfAgency(org, profileId);
        bindings.put(agency.id, new ProfileBinding(agency.id, new ProfileRef(profileId, version),
                LocalDate.of(2020, 1, 1)));
        return agency;
    }

    RegulationProfile profile(PerfAgency agency) {
        return profiles.inForce(agency.id, TODAY);
    }

    /** The basis a decision taken today for {@code agency} records: its profile, perf-rules in force, the rules. */
    RuleBasis basis(PerfAgency agency, String... ruleIds) {
        RegulationProfile profile = profile(agency);
        return new RuleBasis(profile.id(), profile.version(), RULES.inForce(TODAY).id(),
                RULES.inForce(TODAY).version(), List.of(ruleIds));
    }

    /** The past: each event stored as the next event of its aggregate (the event's first component names it). */
    PerformanceWorld given(Object... events) {
        List<EventMessage<?>> messages = new ArrayList<>();
        for (Object event : events) {
            String type = AGGREGATE_TYPES.get(event.getClass().getEnclosingClass());
            if (type == null || !event.getClass().isRecord()) {
                throw new IllegalArgumentException("not a performance event: " + event);
            }
            String aggregateId = aggregateId(event);
            long sequence = sequences.merge(aggregateId, 0L, (a, b) -> a + 1);
            messages.add(new GenericDomainEventMessage<>(type, aggregateId, sequence, event));
        }
        store.publish(messages);
        published.clear();
        return this;
    }

    /** Dispatches {@code command} as the service's command bus would and keeps its outcome and new events. */
    Outcome when(Object command) {
        published.clear();
        CompletableFuture<CommandResultMessage<?>> done = new CompletableFuture<>();
        commands.dispatch(GenericCommandMessage.asCommandMessage(command), (message, result) -> done.complete(result));
        CommandResultMessage<?> result = done.join();
        return new Outcome(result.isExceptional() ? null : result.getPayload(),
                result.isExceptional() ? result.exceptionResult() : null, List.copyOf(published));
    }

    private static String aggregateId(Object event) {
        RecordComponent first = event.getClass().getRecordComponents()[0];
        try {
            return (String) first.getAccessor().invoke(event);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What a command did: its result or its refusal, and the events it stored. */
    record Outcome(Object result, Throwable exception, List<Object> events) {

        /** Exactly these events, in this order (records compare by every component). */
        Outcome expectEvents(Object... expected) {
            assertThat(exception).as("refusal").isNull();
            assertThat(events).containsExactly(expected);
            return this;
        }

        Outcome expectResult(Object expected) {
            assertThat(exception).as("refusal").isNull();
            assertThat(result).isEqualTo(expected);
            return this;
        }

        /** A refusal ({@link ProblemException}) of {@code kind} naming each of {@code texts}, and nothing stored. */
        Outcome expectProblem(ProblemKind kind, String... texts) {
            assertThat(exception).as("refusal").isInstanceOf(ProblemException.class);
            ProblemException problem = (ProblemException) exception;
            StringBuilder all = new StringBuilder(problem.getMessage());
            for (Violation v : problem.violations()) {
                all.append(' ').append(v.ruleId()).append(' ').append(v.article()).append(' ').append(v.field())
                        .append(' ').append(v.message());
            }
            assertThat(problem.kind()).as(all.toString()).isEqualTo(kind);
            assertThat(all.toString()).contains(Arrays.asList(texts));
            assertThat(events).as("events stored by a refused command").isEmpty();
            return this;
        }
    }
}
