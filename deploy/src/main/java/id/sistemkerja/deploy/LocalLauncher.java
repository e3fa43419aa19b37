package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.deploy.demo.DemoData;
import id.sistemkerja.platform.embedded.EmbeddedPostgresServer;
import id.sistemkerja.platform.embedded.KafkaKraftNode;
import id.sistemkerja.platform.embedded.MongoStandIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * One command, the whole system on loopback: real PostgreSQL 16 (Maven Central binaries, fsync on), a real Kafka
 * broker in KRaft mode, the MongoDB-wire-compatible stand-in for read models, the four services and the gateway,
 * demo data, and the URLs. Everything lives in one data folder ({@code --data-dir}, default {@code ./.sikerja}) and
 * survives restarts, including a restart after {@code kill -9}; {@code --reset} starts from nothing. Ctrl-C stops it.
 */
public final class LocalLauncher {

    private static final Logger log = LoggerFactory.getLogger(LocalLauncher.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private LocalLauncher() {
    }

    public static void main(String[] args) throws Exception {
        long startNanos = System.nanoTime();
        Options options = Options.parse(args);
        if (options.reset()) {
            deleteRecursively(options.dataDir());
        }
        Files.createDirectories(options.dataDir());
        System.out.println("SiKerja: starting from " + options.dataDir().toAbsolutePath()
                + (options.reset() ? " (reset)" : ""));

        EmbeddedPostgresServer postgres = EmbeddedPostgresServer.startDurable(options.dataDir().resolve("postgres"),
                options.dataDir().resolve("postgres-binaries"), options.postgresPort());
        KafkaKraftNode kafka = new KafkaKraftNode(options.dataDir().resolve("kafka"), options.kafkaPort(),
                options.kafkaPort() + 1).start();
        MongoStandIn mongo = MongoStandIn.persistent(options.dataDir().resolve("mongo").resolve("read-models"),
                options.mongoPort());
        JwtKeys keys = JwtKeys.ensure(options.dataDir().resolve("keys"));

        LocalSystem.Infrastructure infra = new LocalSystem.Infrastructure(
                "jdbc:postgresql://127.0.0.1:" + postgres.port() + "/", postgres.username(), postgres.password(),
                kafka.bootstrapServers(), mongo.connectionString());
        LocalSystem system;
        try {
            system = LocalSystem.start(infra, options.ports(), keys, options.extra());
        } catch (RuntimeException e) {
            log.error("SiKerja failed to start", e);
            mongo.close();
            kafka.stop();
            postgres.close();
            System.exit(1);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SiKerja: stopping");
            try {
                system.close();
            } catch (RuntimeException e) {
                log.warn("While stopping the applications", e);
            }
            mongo.close();
            kafka.stop();
            try {
                postgres.close();
            } catch (IOException e) {
                log.warn("While stopping PostgreSQL", e);
            }
            stopped.countDown();
            System.out.println("SiKerja: stopped");
        }, "sikerja-launcher-stop"));

        awaitHealthy(system, Duration.ofSeconds(120));
        if (options.demo()) {
            new DemoData(system.gatewayUrl()).load();
        }
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        printReady(system, postgres, kafka, mongo, options, seconds);
        stopped.await();
    }

    /** Every application's {@code /actuator/health} (database, Kafka and MongoDB included) reports UP. */
    static void awaitHealthy(LocalSystem system, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Map.Entry<String, String> app : system.urls().entrySet()) {
            while (true) {
                String status = health(http, app.getValue());
                if (isUp(status)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app.getKey() + " is not healthy: " + status);
                }
                Thread.sleep(250);
            }
        }
    }

    /** The overall status (not merely one component's) is UP. */
    static boolean isUp(String healthJson) {
        try {
            return "UP".equals(JSON.readTree(healthJson).path("status").asText());
        } catch (IOException notJson) {
            return false;
        }
    }

    private static String health(HttpClient http, String baseUrl) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(baseUrl + "/actuator/health"))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private static void printReady(LocalSystem system, EmbeddedPostgresServer postgres, KafkaKraftNode kafka,
                                   MongoStandIn mongo, Options options, double seconds) {
        String gateway = system.gatewayUrl();
        StringBuilder out = new StringBuilder();
        out.append('\n').append(String.format(Locale.ROOT, "SiKerja is ready in %.1f s%n", seconds));
        out.append(String.format("  %-20s %s%n", "Gateway (API)", gateway + "/api/v1/..."));
        out.append(String.format("  %-20s %s%n", "Swagger UI", gateway + "/swagger-ui.html"));
        out.append(String.format("  %-20s %s%n", "Development token", "POST " + gateway
                + "/auth/dev-token  {\"subject\":\"<NIP>\",\"agency\":\"kota-bandung\",\"roles\":[\"AGENCY_ADMIN\"]}"));
        system.urls().forEach((name, url) -> out.append(String.format("  %-20s %s%n", name,
                url + "/actuator/health  (metrics: " + url + "/actuator/prometheus)")));
        out.append(String.format("  %-20s %s%n", "PostgreSQL", "jdbc:postgresql://127.0.0.1:" + postgres.port()
                + "/sikerja_<service>  (user postgres / postgres)"));
        out.append(String.format("  %-20s %s%n", "Kafka (KRaft)", kafka.bootstrapServers()));
        out.append(String.format("  %-20s %s%n", "MongoDB stand-in", mongo.connectionString()));
        out.append(String.format("  %-20s %s%n", "Data folder", options.dataDir().toAbsolutePath()
                + "  (--reset starts from nothing)"));
        out.append("Press Ctrl-C to stop.\n");
        System.out.println(out);
    }

    static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        EmbeddedPostgresServer.stopOrphanedPostmaster(dir.resolve("postgres"));
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Command-line options. */
    record Options(Path dataDir, boolean reset, boolean demo, int postgresPort, int kafkaPort, int mongoPort,
                   LocalSystem.Ports ports, Map<String, String> extra) {

        static Options parse(String[] args) {
            Path dataDir = Path.of(env("SIKERJA_DATA_DIR", ".sikerja"));
            boolean reset = false;
            boolean demo = true;
            Map<String, String> extra = new HashMap<>();
            for (String arg : args) {
                if (arg.equals("--reset")) {
                    reset = true;
                } else if (arg.equals("--no-demo")) {
                    demo = false;
                } else if (arg.startsWith("--data-dir=")) {
                    dataDir = Path.of(arg.substring("--data-dir=".length()));
                } else if (arg.startsWith("--set=")) {
                    String[] kv = arg.substring("--set=".length()).split("=", 2);
                    extra.put(kv[0], kv.length > 1 ? kv[1] : "");
                } else if (arg.equals("--help") || arg.equals("-h")) {
                    System.out.println("""
                            Usage: run-local [--reset] [--no-demo] [--data-dir=DIR] [--set=services.KEY=VALUE]...
                              --reset        delete the data folder first (PostgreSQL, Kafka, read models, keys)
                              --no-demo      do not load the demo agencies
                              --data-dir=DIR data folder (default ./.sikerja, or $SIKERJA_DATA_DIR)
                              --set=services.K=V / gateway.K=V / org.K=V   extra Spring property for some apps
                            Ports: GATEWAY_PORT (8080), ORG/ASSIGNMENT/TEAM/PERFORMANCE_SERVICE_PORT (8081-8084),
                                   SIKERJA_POSTGRES_PORT (15432), SIKERJA_KAFKA_PORT (19092, controller +1),
                                   SIKERJA_MONGO_PORT (27018)""");
                    System.exit(0);
                } else {
                    throw new IllegalArgumentException("Unknown option " + arg + " (try --help)");
                }
            }
            LocalSystem.Ports ports = new LocalSystem.Ports(intEnv("GATEWAY_PORT", 8080),
                    intEnv("ORG_SERVICE_PORT", 8081), intEnv("ASSIGNMENT_SERVICE_PORT", 8082),
                    intEnv("TEAM_SERVICE_PORT", 8083), intEnv("PERFORMANCE_SERVICE_PORT", 8084));
            return new Options(dataDir, reset, demo, intEnv("SIKERJA_POSTGRES_PORT", 15432),
                    intEnv("SIKERJA_KAFKA_PORT", 19092), intEnv("SIKERJA_MONGO_PORT", 27018), ports, extra);
        }

        private static String env(String name, String fallback) {
            String value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }

        private static int intEnv(String name, int fallback) {
            return Integer.parseInt(env(name, Integer.toString(fallback)));
        }
    }
}
