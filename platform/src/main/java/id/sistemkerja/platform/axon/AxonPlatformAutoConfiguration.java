package id.sistemkerja.platform.axon;

import id.sistemkerja.platform.config.PlatformProperties;
import id.sistemkerja.platform.idempotency.CommandOutcomes;
import org.axonframework.commandhandling.AsynchronousCommandBus;
import org.axonframework.commandhandling.CommandBus;
import org.axonframework.commandhandling.CommandBusSpanFactory;
import org.axonframework.commandhandling.DuplicateCommandHandlerResolver;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.common.AxonThreadFactory;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.interceptors.CorrelationDataInterceptor;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Axon wiring every service shares: an asynchronous command bus (web threads never run aggregate JDBC work), a command
 * gateway that retries only optimistic-concurrency conflicts, actor and correlation metadata on every message, and
 * tracking processors whose handler failures are retried instead of skipped (projections, publishers and the audit
 * sealer must never silently lose an event).
 */
@AutoConfiguration(before = AxonAutoConfiguration.class)
@ConditionalOnProperty("sikerja.service.name")
@EnableConfigurationProperties(PlatformProperties.class)
public class AxonPlatformAutoConfiguration {

    @Bean
    public CorrelationDataProvider actorCorrelationDataProvider() {
        return new ActorCorrelationDataProvider();
    }

    @Bean(destroyMethod = "shutdown")
    @Qualifier("localSegment")
    public AsynchronousCommandBus commandBus(TransactionManager transactionManager,
                                             org.axonframework.config.Configuration axonConfiguration,
                                             DuplicateCommandHandlerResolver duplicateCommandHandlerResolver,
                                             PlatformProperties properties,
                                             ObjectProvider<CommandOutcomes> commandOutcomes) {
        int threads = properties.getCommandBus().getThreads();
        ThreadPoolExecutor executor = new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(10_000), new AxonThreadFactory("sk-commands-" + properties.getService().getName()));
        executor.allowCoreThreadTimeOut(true);
        AsynchronousCommandBus commandBus = AsynchronousCommandBus.builder()
                .executor(executor)
                .transactionManager(transactionManager)
                .duplicateCommandHandlerResolver(duplicateCommandHandlerResolver)
                .spanFactory(axonConfiguration.getComponent(CommandBusSpanFactory.class))
                .messageMonitor(axonConfiguration.messageMonitor(CommandBus.class, "commandBus"))
                .build();
        commandBus.registerHandlerInterceptor(new CorrelationDataInterceptor<>(axonConfiguration.correlationDataProviders()));
        // inside the command's transaction: a keyed command committed before is answered, not run again
        commandOutcomes.ifAvailable(outcomes -> commandBus.registerHandlerInterceptor(outcomes.interceptor()));
        return commandBus;
    }

    @Bean
    public CommandOutcomes commandOutcomes(JdbcTemplate jdbcTemplate, Serializer serializer, Clock clock,
                                           PlatformProperties properties) {
        return new CommandOutcomes(jdbcTemplate, serializer, clock, properties.getIdempotency().getRetention());
    }

    @Bean
    public SmartInitializingSingleton commandOutcomesSchema(CommandOutcomes outcomes) {
        return () -> {
            outcomes.createSchema();
            outcomes.purgeExpired();
        };
    }

    @Bean(destroyMethod = "shutdownNow")
    public ScheduledExecutorService commandRetryExecutor() {
        return Executors.newSingleThreadScheduledExecutor(new AxonThreadFactory("sk-command-retry"));
    }

    @Bean
    public CommandGateway commandGateway(CommandBus commandBus, ScheduledExecutorService commandRetryExecutor,
                                         PlatformProperties properties) {
        return DefaultCommandGateway.builder()
                .commandBus(commandBus)
                .retryScheduler(new ConcurrencyRetryScheduler(commandRetryExecutor,
                        properties.getCommandBus().getConcurrencyRetries()))
                .build();
    }

    @Bean
    public CommandDispatcher commandDispatcher(CommandGateway commandGateway) {
        return new CommandDispatcher(commandGateway);
    }

    @Bean
    public ProcessorLagMetrics processorLagMetrics(org.axonframework.config.EventProcessingConfiguration processing,
                                                   org.axonframework.eventsourcing.eventstore.EventStore eventStore,
                                                   io.micrometer.core.instrument.MeterRegistry meterRegistry) {
        return new ProcessorLagMetrics(processing, eventStore, meterRegistry);
    }

    /**
     * Every processor is a tracking processor reading the PostgreSQL event store from the beginning, in batches, and a
     * failing handler makes the processor retry (with back-off) rather than log and skip.
     */
    @Bean
    public ConfigurerModule processingDefaults() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerDefaultListenerInvocationErrorHandler(c -> PropagatingErrorHandler.instance())
                .registerTrackingEventProcessorConfiguration(c -> TrackingEventProcessorConfiguration
                        .forSingleThreadedProcessing()
                        .andBatchSize(100)
                        .andInitialTrackingToken(StreamableMessageSource::createTailToken)));
    }
}
