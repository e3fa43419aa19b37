package id.sistemkerja.platform.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.audit.ledger.AuditSealer;
import id.sistemkerja.platform.audit.ledger.Checkpointer;
import id.sistemkerja.platform.audit.ledger.LedgerStore;
import id.sistemkerja.platform.audit.ledger.LiveCheck;
import id.sistemkerja.platform.audit.ledger.SigningKey;
import id.sistemkerja.platform.audit.replay.AggregateStates;
import id.sistemkerja.platform.audit.replay.ProjectionReplays;
import id.sistemkerja.platform.audit.web.AuditController;
import id.sistemkerja.platform.audit.web.OperationsController;
import id.sistemkerja.platform.config.PlatformProperties;
import id.sistemkerja.platform.kafka.KafkaPlatformAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.admin.NewTopic;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.StreamableMessageSource;
import org.axonframework.springboot.autoconfig.AxonAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Clock;

/**
 * The audit ledger of every service (ARCHITECTURE.md "Audit ledger", AUD-02): ledger tables, the sealer processor,
 * signed checkpoints on Kafka, the audit API and the operators' projection replay. Off with
 * {@code sikerja.audit.enabled=false}.
 */
@AutoConfiguration(before = AxonAutoConfiguration.class, after = KafkaPlatformAutoConfiguration.class)
@ConditionalOnProperty(value = {"sikerja.service.name"})
@ConditionalOnProperty(value = "sikerja.audit.enabled", matchIfMissing = true)
@EnableConfigurationProperties({AuditProperties.class, PlatformProperties.class})
@Import({AuditController.class, OperationsController.class})
public class AuditAutoConfiguration {

    @Bean
    public SigningKey auditSigningKey(AuditProperties audit) {
        return SigningKey.load(audit.getSigningKeyLocation(), audit.getPublicKeyLocation());
    }

    @Bean
    public LedgerStore ledgerStore(JdbcTemplate jdbcTemplate, Clock clock) {
        return new LedgerStore(jdbcTemplate, clock);
    }

    /** The ledger tables exist before any processor starts. */
    @Bean
    public SmartInitializingSingleton auditLedgerSchema(LedgerStore ledgerStore) {
        return ledgerStore::createSchema;
    }

    @Bean
    public Checkpointer auditCheckpointer(PlatformProperties platform, AuditProperties audit, LedgerStore ledgerStore,
                                          JdbcTemplate jdbcTemplate, SigningKey auditSigningKey,
                                          KafkaTemplate<String, byte[]> integrationEventKafkaTemplate,
                                          ObjectMapper objectMapper, Clock clock) {
        return new Checkpointer(platform.getService().getName(), ledgerStore, jdbcTemplate, auditSigningKey,
                integrationEventKafkaTemplate, objectMapper, clock, audit.getCheckpointEveryEvents(),
                audit.getCheckpointInterval());
    }

    @Bean
    public AuditSealer auditSealer(LedgerStore ledgerStore, Checkpointer auditCheckpointer,
                                   MeterRegistry meterRegistry) {
        return new AuditSealer(ledgerStore, auditCheckpointer, meterRegistry);
    }

    /** One thread, one segment, reading from the first event: the ledger's order is the order it is sealed in. */
    @Bean
    public ConfigurerModule auditSealerProcessorConfiguration(AuditProperties audit) {
        return configurer -> configurer.eventProcessing(processing -> processing
                .registerTrackingEventProcessorConfiguration(AuditSealer.PROCESSING_GROUP,
                        c -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing()
                                .andInitialSegmentsCount(1)
                                .andBatchSize(audit.getBatchSize())
                                .andInitialTrackingToken(StreamableMessageSource::createTailToken)));
    }

    @Bean
    public NewTopic auditCheckpointsTopic(PlatformProperties platform) {
        return new NewTopic(Topics.AUDIT_CHECKPOINTS, platform.getKafka().getPartitions(),
                platform.getKafka().getReplicationFactor());
    }

    @Bean
    public LiveCheck auditLiveCheck(JdbcTemplate jdbcTemplate, LedgerStore ledgerStore, Checkpointer auditCheckpointer) {
        return new LiveCheck(jdbcTemplate, ledgerStore, auditCheckpointer);
    }

    @Bean
    public AggregateStates aggregateStates(org.axonframework.config.Configuration axonConfiguration,
                                           EventStore eventStore, ObjectMapper objectMapper) {
        return new AggregateStates(axonConfiguration, eventStore, objectMapper);
    }

    @Bean
    public ProjectionReplays projectionReplays(EventProcessingConfiguration eventProcessingConfiguration) {
        return new ProjectionReplays(eventProcessingConfiguration);
    }
}
