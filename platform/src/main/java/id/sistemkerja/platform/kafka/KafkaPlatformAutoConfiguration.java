package id.sistemkerja.platform.kafka;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.config.PlatformProperties;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.messaging.StreamableMessageSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.kafka.KafkaAutoConfiguration;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.core.ProducerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Kafka for every service: the outbox relay publishing {@code sk.<service>.events.v1}, the idempotent consumers of
 * other services' topics with the dead-letter topic {@code sk.<service>.dlt}, topic creation and a health component.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnProperty("sikerja.service.name")
@EnableConfigurationProperties({KafkaProperties.class, PlatformProperties.class})
public class KafkaPlatformAutoConfiguration {

    @Bean
    public ProducerFactory<String, byte[]> integrationEventProducerFactory(KafkaProperties kafka,
                                                                           PlatformProperties platform,
                                                                           MeterRegistry meterRegistry) {
        Map<String, Object> config = producerConfig(kafka, platform);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "sikerja-" + platform.getService().getName() + "-publisher");
        DefaultKafkaProducerFactory<String, byte[]> factory = new DefaultKafkaProducerFactory<>(config,
                new StringSerializer(), new ByteArraySerializer());
        factory.addListener(new MicrometerProducerListener<>(meterRegistry));
        return factory;
    }

    @Bean
    public KafkaTemplate<String, byte[]> integrationEventKafkaTemplate(
            ProducerFactory<String, byte[]> integrationEventProducerFactory) {
        return new KafkaTemplate<>(integrationEventProducerFactory);
    }

    @Bean
    public KafkaTemplate<byte[], byte[]> deadLetterKafkaTemplate(KafkaProperties kafka, PlatformProperties platform) {
        Map<String, Object> config = producerConfig(kafka, platform);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "sikerja-" + platform.getService().getName() + "-dlt");
        return new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(config, new ByteArraySerializer(),
                new ByteArraySerializer()));
    }

    @Bean
    @ConditionalOnBean(IntegrationEventMapper.class)
    @ConditionalOnProperty(value = "sikerja.kafka.publisher-enabled", matchIfMissing = true)
    public KafkaEventPublisher kafkaEventPublisher(java.util.List<IntegrationEventMapper> mappers,
                                                   KafkaTemplate<String, byte[]> integrationEventKafkaTemplate,
                                                   ObjectMapper objectMapper, PlatformProperties platform,
                                                   MeterRegistry meterRegistry) {
        String service = platform.getService().getName();
        return new KafkaEventPublisher(service, Topics.eventsOf(service), IntegrationEventMapper.combine(mappers),
                integrationEventKafkaTemplate,
                objectMapper, platform.getKafka().getSendTimeout(), meterRegistry)
                .withMaxEventBytes(platform.getKafka().getMaxEventBytes());
    }

    /** The publisher reads in larger batches: one broker round trip acknowledges up to 200 events. */
    @Bean
    public ConfigurerModule kafkaPublisherProcessorConfiguration() {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(KafkaEventPublisher.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andBatchSize(200)
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken)));
    }

    @Bean
    public NewTopic integrationEventsTopic(PlatformProperties platform) {
        return new NewTopic(Topics.eventsOf(platform.getService().getName()), platform.getKafka().getPartitions(),
                platform.getKafka().getReplicationFactor());
    }

    @Bean
    public NewTopic deadLetterTopic(PlatformProperties platform) {
        return new NewTopic(IntegrationEventConsumers.deadLetterTopic(platform.getService().getName()),
                platform.getKafka().getPartitions(), platform.getKafka().getReplicationFactor());
    }

    @Bean
    public ProcessedEventLog processedEventLog(MongoTemplate mongoTemplate) {
        return new ProcessedEventLog(mongoTemplate);
    }

    @Bean
    public IntegrationEventConsumers integrationEventConsumers(ObjectProvider<IntegrationEventSubscription> subscriptions,
                                                               KafkaProperties kafka, PlatformProperties platform,
                                                               KafkaTemplate<byte[], byte[]> deadLetterKafkaTemplate,
                                                               ObjectMapper objectMapper, ProcessedEventLog processedEventLog,
                                                               Clock clock, MeterRegistry meterRegistry) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties(null));
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        DefaultKafkaConsumerFactory<byte[], byte[]> consumerFactory = new DefaultKafkaConsumerFactory<>(config,
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        // kafka_consumer_* meters, among them records-lag-max per consumer: the consumer lag of each subscription
        consumerFactory.addListener(new MicrometerConsumerListener<>(meterRegistry));
        SubscriptionMeters.register(subscriptions.orderedStream().toList(), meterRegistry);
        return new IntegrationEventConsumers(platform.getService().getName(), subscriptions.orderedStream().toList(),
                consumerFactory, deadLetterKafkaTemplate, objectMapper, processedEventLog, clock, meterRegistry,
                platform.getKafka().getConsumerAttempts(), platform.getKafka().getConsumerBackoff().toMillis());
    }

    @Bean
    public KafkaHealthIndicator kafkaHealthIndicator(KafkaProperties kafka) {
        return new KafkaHealthIndicator(kafka.buildAdminProperties(null), Duration.ofSeconds(3));
    }

    private static Map<String, Object> producerConfig(KafkaProperties kafka, PlatformProperties platform) {
        Map<String, Object> config = new HashMap<>(kafka.buildProducerProperties(null));
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5);
        int timeoutMs = (int) platform.getKafka().getSendTimeout().toMillis();
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeoutMs);
        config.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, Math.max(1_000, Math.min(timeoutMs / 2, 10_000)));
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, Math.min(timeoutMs, 10_000));
        config.put(ProducerConfig.LINGER_MS_CONFIG, 5);
        return config;
    }
}
