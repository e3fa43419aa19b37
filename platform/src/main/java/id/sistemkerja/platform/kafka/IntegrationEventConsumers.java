package id.sistemkerja.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a listener container per {@link IntegrationEventSubscription} of the service. A record that keeps failing goes
 * to the service's dead-letter topic {@code sk.<service>.dlt} with its original bytes, the error and the subscription
 * in headers, and the partition moves on; nothing blocks a partition silently.
 */
public class IntegrationEventConsumers implements SmartLifecycle {

    public static final String DLT_SUBSCRIPTION_HEADER = "sk-dlt-subscription";
    private static final Logger log = LoggerFactory.getLogger(IntegrationEventConsumers.class);

    private final List<ConcurrentMessageListenerContainer<byte[], byte[]>> containers = new ArrayList<>();
    private volatile boolean running;

    public IntegrationEventConsumers(String service, List<IntegrationEventSubscription> subscriptions,
                                     ConsumerFactory<byte[], byte[]> consumerFactory,
                                     KafkaTemplate<byte[], byte[]> deadLetterTemplate, ObjectMapper objectMapper,
                                     ProcessedEventLog processedEvents, Clock clock, MeterRegistry meterRegistry,
                                     int attempts, long backoffMillis) {
        String deadLetterTopic = deadLetterTopic(service);
        for (IntegrationEventSubscription subscription : subscriptions) {
            DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
                    (record, error) -> {
                        meterRegistry.counter("sikerja.kafka.dead.letters", "subscription", subscription.name()).increment();
                        log.error("Dead-lettering {}-{}@{} of subscription {}: {}", record.topic(), record.partition(),
                                record.offset(), subscription.name(), error.getMessage());
                        return new TopicPartition(deadLetterTopic, -1);
                    });
            recoverer.setHeadersFunction((record, error) -> new RecordHeaders(List.of(new RecordHeader(
                    DLT_SUBSCRIPTION_HEADER, subscription.name().getBytes(StandardCharsets.UTF_8)))));
            DefaultErrorHandler errorHandler = new DefaultErrorHandler(recoverer,
                    new FixedBackOff(backoffMillis, Math.max(0, attempts - 1)));
            errorHandler.addNotRetryableExceptions(PoisonRecordException.class);

            ContainerProperties properties = new ContainerProperties(subscription.topic());
            properties.setGroupId(groupId(service, subscription));
            // a stop waits for the current poll: short polls let a service stop within seconds (docs/reliability.md)
            properties.setPollTimeout(1000);
            properties.setClientId("sikerja-" + service + "-" + subscription.name());
            properties.setMessageListener(new IntegrationEventConsumer(subscription, objectMapper, processedEvents,
                    clock, meterRegistry));
            ConcurrentMessageListenerContainer<byte[], byte[]> container =
                    new ConcurrentMessageListenerContainer<>(consumerFactory, properties);
            container.setCommonErrorHandler(errorHandler);
            container.setBeanName("sk-consumer-" + service + "-" + subscription.name());
            containers.add(container);
        }
    }

    public static String deadLetterTopic(String service) {
        return "sk." + service + ".dlt";
    }

    public static String groupId(String service, IntegrationEventSubscription subscription) {
        return "sikerja-" + service + "-" + subscription.name();
    }

    @Override
    public void start() {
        containers.forEach(ConcurrentMessageListenerContainer::start);
        running = true;
    }

    @Override
    public void stop() {
        containers.forEach(ConcurrentMessageListenerContainer::stop);
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Start after the web server and Axon processors, stop before them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 100;
    }
}
