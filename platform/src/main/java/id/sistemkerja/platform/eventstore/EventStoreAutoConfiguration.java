package id.sistemkerja.platform.eventstore;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.PostgresTokenTableFactory;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jdbc.JdbcEventStorageEngine;
import org.axonframework.eventsourcing.eventstore.jpa.SQLStateResolver;
import org.axonframework.modelling.saga.repository.jdbc.JdbcSagaStore;
import org.axonframework.modelling.saga.repository.jdbc.PostgresSagaSqlSchema;
import org.axonframework.modelling.saga.repository.jdbc.SagaSqlSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;

/**
 * The Axon event store on the service's own PostgreSQL database (ARCHITECTURE.md: one database per service, gap-aware
 * global index, unique aggregate/sequence for optimistic concurrency). Tables are created on start; events are JSON text.
 */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@ConditionalOnProperty("sikerja.service.name")
public class EventStoreAutoConfiguration {

    @Bean
    public EventStorageEngine eventStorageEngine(Serializer defaultSerializer,
                                                 PersistenceExceptionResolver persistenceExceptionResolver,
                                                 @Qualifier("eventSerializer") Serializer eventSerializer,
                                                 org.axonframework.config.Configuration configuration,
                                                 ConnectionProvider connectionProvider,
                                                 TransactionManager transactionManager) {
        return JdbcEventStorageEngine.builder()
                .snapshotSerializer(defaultSerializer)
                .upcasterChain(configuration.upcasterChain())
                .persistenceExceptionResolver(persistenceExceptionResolver)
                .eventSerializer(eventSerializer)
                .snapshotFilter(configuration.snapshotFilter())
                .connectionProvider(connectionProvider)
                .transactionManager(transactionManager)
                .dataType(String.class)
                .build();
    }

    /**
     * PostgreSQL reports a duplicate (aggregate, sequence) as SQLSTATE 23505: Axon must read it as a concurrency
     * conflict (retried by the command gateway) or, for a new aggregate, as "already exists" (409), not as a failure.
     */
    @Bean
    public PersistenceExceptionResolver persistenceExceptionResolver() {
        return new SQLStateResolver("23505");
    }

    @Bean
    public SagaSqlSchema sagaSqlSchema() {
        return new PostgresSagaSqlSchema();
    }

    /** Creates the event, snapshot, token and saga tables before any processor starts. */
    @Bean
    public SmartInitializingSingleton axonSchemaInitializer(EventStorageEngine eventStorageEngine,
                                                            TokenStore tokenStore, JdbcSagaStore sagaStore) {
        return () -> {
            ((JdbcEventStorageEngine) eventStorageEngine).createSchema(JsonTextEventTableFactory.INSTANCE);
            ((JdbcTokenStore) tokenStore).createSchema(PostgresTokenTableFactory.INSTANCE);
            try {
                sagaStore.createSchema();
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Cannot create the saga tables", e);
            }
        };
    }
}
