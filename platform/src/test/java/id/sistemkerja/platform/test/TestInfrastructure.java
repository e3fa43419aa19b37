package id.sistemkerja.platform.test;

import id.sistemkerja.platform.embedded.EmbeddedPostgresServer;
import id.sistemkerja.platform.embedded.KafkaKraftNode;
import id.sistemkerja.platform.embedded.MongoStandIn;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.MongoDBContainer;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.kafka.KafkaContainer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * PostgreSQL, Kafka and MongoDB for integration tests, started once per test JVM and shared by every Spring context.
 * <p>
 * {@code -Dsikerja.test.infra=auto} (default): real {@code postgres:16}, {@code apache/kafka}, {@code mongo:7} images
 * through Testcontainers where a Docker engine answers, otherwise embedded: PostgreSQL from the Maven Central binaries,
 * an in-process KRaft Kafka broker, and {@code mongo-java-server}. {@code embedded} or {@code containers} force one.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "sikerja.test.infra";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static volatile TestInfrastructure instance;

    private final boolean containers;
    private final String postgresBaseUrl;
    private final String postgresUser;
    private final String postgresPassword;
    private final String kafkaBootstrapServers;
    private final String mongoConnectionString;

    private TestInfrastructure(boolean containers, String postgresBaseUrl, String postgresUser, String postgresPassword,
                               String kafkaBootstrapServers, String mongoConnectionString) {
        this.containers = containers;
        this.postgresBaseUrl = postgresBaseUrl;
        this.postgresUser = postgresUser;
        this.postgresPassword = postgresPassword;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
        this.mongoConnectionString = mongoConnectionString;
    }

    public static TestInfrastructure get() {
        TestInfrastructure current = instance;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = instance;
                if (current == null) {
                    current = start();
                    instance = current;
                }
            }
        }
        return current;
    }

    public static boolean dockerAvailable() {
        if (System.getenv("DOCKER_HOST") == null && !java.nio.file.Files.exists(Path.of("/var/run/docker.sock"))) {
            return false; // answer without Testcontainers' probe, which logs an error where there is no engine
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (Throwable e) {
            return false;
        }
    }

    private static TestInfrastructure start() {
        String mode = System.getProperty(MODE_PROPERTY, "auto");
        boolean useContainers = switch (mode) {
            case "containers" -> true;
            case "embedded" -> false;
            default -> dockerAvailable();
        };
        System.err.println("[SiKerja tests] infrastructure: " + (useContainers
                ? "Testcontainers (postgres:16, apache/kafka:3.9.1, mongo:7)"
                : "embedded (PostgreSQL binaries, in-process KRaft Kafka, mongo-java-server)"
                + ("auto".equals(mode) ? "; no Docker engine found" : "")));
        return useContainers ? startContainers() : startEmbedded();
    }

    @SuppressWarnings("resource")
    private static TestInfrastructure startContainers() {
        PostgreSQLContainer<?> postgres = new PostgreSQLContainer<>("postgres:16");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:3.9.1");
        MongoDBContainer mongo = new MongoDBContainer("mongo:7");
        postgres.start();
        kafka.start();
        mongo.start();
        String base = postgres.getJdbcUrl().substring(0, postgres.getJdbcUrl().lastIndexOf('/') + 1);
        return new TestInfrastructure(true, base, postgres.getUsername(), postgres.getPassword(),
                kafka.getBootstrapServers(), mongo.getConnectionString());
    }

    private static TestInfrastructure startEmbedded() {
        try {
            EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startEphemeral();
            Path kafkaDir = Files.createTempDirectory("sikerja-test-kafka");
            KafkaKraftNode kafka = KafkaKraftNode.onFreePorts(kafkaDir).start();
            MongoStandIn mongo = MongoStandIn.inMemory();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                mongo.close();
                kafka.stop();
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // JVM is ending
                }
            }, "sikerja-test-infrastructure-stop"));
            return new TestInfrastructure(false, "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/",
                    postgres.username(), postgres.password(), kafka.bootstrapServers(), mongo.connectionString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates a fresh database (unique per call) and returns its JDBC URL. */
    public String newDatabase(String prefix) {
        String name = (prefix + "_" + DATABASES.incrementAndGet() + "_" + ProcessHandle.current().pid())
                .toLowerCase().replaceAll("[^a-z0-9_]", "_");
        try (Connection connection = DriverManager.getConnection(postgresBaseUrl + "postgres", postgresUser,
                postgresPassword); Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create test database " + name, e);
        }
        return postgresBaseUrl + name;
    }

    public boolean usesContainers() {
        return containers;
    }

    public String postgresUser() {
        return postgresUser;
    }

    public String postgresPassword() {
        return postgresPassword;
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Connection string for {@code database} (unique names keep contexts apart). */
    public String mongoUri(String database) {
        String base = mongoConnectionString.endsWith("/") ? mongoConnectionString : mongoConnectionString + "/";
        int query = base.indexOf('?');
        return query < 0 ? base + database : base.substring(0, query) + database + base.substring(query);
    }
}
