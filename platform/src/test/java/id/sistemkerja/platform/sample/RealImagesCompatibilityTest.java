package id.sistemkerja.platform.sample;

import id.sistemkerja.platform.eventstore.JsonTextEventTableFactory;
import id.sistemkerja.platform.kafka.ProcessedEventLog;
import id.sistemkerja.platform.mongo.MongoPingHealthIndicator;
import id.sistemkerja.platform.test.RequiresDocker;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The parts the embedded stand-ins replace, checked against the real images (MongoDB 7 replica set, PostgreSQL 16).
 * Runs wherever a Docker engine exists; elsewhere it is skipped with a message on the console.
 */
@RequiresDocker
class RealImagesCompatibilityTest {

    @Test
    @DisplayName("consumer dedupe log and MongoDB health work against a real mongo:7")
    void mongoFeaturesOnRealMongo() {
        try (MongoDBContainer mongo = new MongoDBContainer("mongo:7")) {
            mongo.start();
            MongoTemplate template = new MongoTemplate(com.mongodb.client.MongoClients.create(mongo.getConnectionString()),
                    "compat");
            ProcessedEventLog log = new ProcessedEventLog(template);
            log.record("sub", "event-1", Instant.now());
            log.record("sub", "event-1", Instant.now());
            assertThat(log.contains("sub", "event-1")).isTrue();
            assertThat(template.getCollection(ProcessedEventLog.COLLECTION).countDocuments()).isEqualTo(1);
            assertThat(new MongoPingHealthIndicator(template).health().getStatus()).isEqualTo(Status.UP);
        }
    }

    @Test
    @DisplayName("the JSON-text event tables are created on a real postgres:16")
    void eventTablesOnRealPostgres() throws Exception {
        try (PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16")) {
            postgres.start();
            try (Connection connection = DriverManager.getConnection(postgres.getJdbcUrl(), postgres.getUsername(),
                    postgres.getPassword())) {
                JsonTextEventTableFactory.INSTANCE.createDomainEventTable(connection, new EventSchema()).execute();
                try (ResultSet rs = connection.createStatement().executeQuery(
                        "SELECT data_type FROM information_schema.columns WHERE table_name = 'domainevententry' "
                                + "AND column_name = 'payload'")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("text");
                }
            }
        }
    }
}
