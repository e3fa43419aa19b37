package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.deploy.demo.DemoData;
import id.sistemkerja.platform.embedded.EmbeddedPostgresServer;
import id.sistemkerja.platform.embedded.KafkaKraftNode;
import id.sistemkerja.platform.embedded.MongoStandIn;
import id.sistemkerja.platform.embedded.PostgresProcess;
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
 * One command, the whole system on loopback: real PostgreSQL 16 (Maven Central binaries, fsync on, its own process
 * group), a real Kafka broker in KRaft mode, the MongoDB-wire-compatible stand-in for read models, the four services and
 * the gateway, demo data, and the URLs. Everything lives in one data folder ({@code --data-dir}, default
 * {@code ./.sikerja}) and survives restarts, including a restart after {@code kill -9}; {@code --reset} starts from
 * nothing. Each piece of infrastructure may instead be an external one ({@code --external-postgres=},
 * {@code --external-kafka=}, {@code --external-mongo=}), as in production and in the fault harness.
 * <p>
 * Life cycle (docs/reliability.md): "ready" is printed, and the gateway's health turns UP, only when every application
 * is healthy and the demo data is loaded; a start that fails stops what it started and exits with code 1 naming the
 * cause; Ctrl-C / SIGTERM stops the gateway and the services (finishing their requests in flight), then Kafka, then
 * the MongoDB stand-in, then PostgreSQL, within about 15 s.
 */
public final class LocalLauncher {

    private static final Logger log = LoggerFactory.getLogger(LocalLauncher.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Exit code of a start that failed (the reason is printed). */
    static final int FAILED_START = 1;

    private final Options options;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private PostgresProcess postgres;
    private KafkaKraftNode kafka;
    private MongoStandIn mongo;
    private LocalSystem system;

    LocalLauncher(Options options) {
        this.options = options;
    }

    public static void main(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("SiKerja: " + e.getMessage());
            System.exit(2);
            return;
        }
        LocalLauncher launcher = new LocalLauncher(options);
        Runtime.getRuntime().addShutdownHook(new Thread(launcher::stopOnSignal, "sikerja-launcher-stop"));
        if (!launcher.run()) {
            System.exit(FAILED_START);
        }
    }

    /**
     * Starts everything and waits until stopped. Returns false when the start failed: what was started is stopped
     * again and the cause is printed, so the caller exits non-zero instead of leaving a half-started JVM.
     */
    boolean run() {
        long startNanos = System.nanoTime();
        try {
            start();
            if (options.demo()) {
                new DemoData(system.gatewayUrl()).load();
            }
            synchronized (this) {
                if (stopping) {
                    return true;
                }
                system.markReady();
            }
            printReady((System.nanoTime() - startNanos) / 1e9);
            stopped.await();
            return true;
        } catch (Exception | LinkageError e) {
            if (stopping) {
                return true; // Ctrl-C while starting: the shutdown hook stops what was started
            }
            System.err.println();
            System.err.println("SiKerja failed to start: " + describe(e));
            log.error("SiKerja failed to start", e);
            stopAll();
            System.err.println("SiKerja: stopped after the failed start (exit code " + FAILED_START + ")");
            return false;
        }
    }

    private void start() throws Exception {
        if (options.reset()) {
            deleteRecursively(options.dataDir());
        }
        Files.createDirectories(options.dataDir());
        System.out.println("SiKerja: starting from " + options.dataDir().toAbsolutePath()
                + (options.reset() ? " (reset)" : ""));
        String jdbcBase = options.externalPostgres();
        if (jdbcBase == null) {
            PostgresProcess pg = PostgresProcess.durable(options.dataDir().resolve("postgres"),
                    options.dataDir().resolve("postgres-binaries"), options.postgresPort());
            pg.start(Duration.ofSeconds(120));
            started(() -> postgres = pg);
            jdbcBase = pg.jdbcBase();
        }
        String kafkaServers = options.externalKafka();
        if (kafkaServers == null) {
            KafkaKraftNode node = new KafkaKraftNode(options.dataDir().resolve("kafka"), options.kafkaPort(),
                    options.kafkaPort() + 1);
            node.start();
            started(() -> kafka = node);
            kafkaServers = node.bootstrapServers();
        }
        String mongoBase = options.externalMongo();
        if (mongoBase == null) {
            MongoStandIn standIn = MongoStandIn.persistent(options.dataDir().resolve("mongo").resolve("read-models"),
                    options.mongoPort());
            started(() -> mongo = standIn);
            mongoBase = standIn.connectionString();
        }
        JwtKeys keys = JwtKeys.ensure(options.dataDir().resolve("keys"));
        LocalSystem.Infrastructure infra = new LocalSystem.Infrastructure(jdbcBase, options.dbUser(),
                options.dbPassword(), kafkaServers, mongoBase);
        LocalSystem.ensureDatabases(infra, Duration.ofSeconds(60));
        LocalSystem started = LocalSystem.start(infra, options.ports(), keys, options.extra());
        started(() -> system = started);
        awaitHealthy(started, options.readyTimeout());
    }

    /** Records a part that has started; when a stop began meanwhile, it is stopped at once with the others. */
    private synchronized void started(Runnable record) {
        record.run();
        if (stopping) {
            stopAll();
            throw new IllegalStateException("stopped while starting");
        }
    }

    /** Ctrl-C / SIGTERM (JVM shutdown hook). */
    void stopOnSignal() {
        boolean running;
        synchronized (this) {
            running = system != null || kafka != null || mongo != null || postgres != null;
            stopping = true;
        }
        if (running) {
            System.out.println("SiKerja: stopping");
            stopAll();
        }
        stopped.countDown();
    }

    /**
     * Services first (gateway, then the four services finishing their requests in flight), then Kafka and the MongoDB
     * stand-in, then PostgreSQL: nothing the services still use goes away under them. While Kafka stops, PostgreSQL
     * writes a checkpoint, so its own shutdown has little left to flush.
     */
    synchronized void stopAll() {
        stopping = true;
        long start = System.nanoTime();
        if (system != null) {
            system.close(Duration.ofSeconds(8));
            system = null;
            log.info("Applications stopped");
        }
        Thread checkpoint = null;
        if (postgres != null) {
            PostgresProcess pg = postgres;
            checkpoint = new Thread(() -> checkpoint(pg), "sikerja-postgres-checkpoint");
            checkpoint.start();
        }
        if (kafka != null) {
            try {
                kafka.stop();
            } catch (RuntimeException e) {
                log.warn("While stopping Kafka", e);
            }
            kafka = null;
            log.info("Kafka stopped");
        }
        if (mongo != null) {
            mongo.close();
            mongo = null;
            log.info("MongoDB stand-in stopped");
        }
        if (postgres != null) {
            try {
                checkpoint.join(5000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            postgres.stop(Duration.ofSeconds(6));
            postgres = null;
            log.info("PostgreSQL stopped");
        }
        System.out.printf(Locale.ROOT, "SiKerja: stopped in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private void checkpoint(PostgresProcess pg) {
        try (java.sql.Connection c = java.sql.DriverManager.getConnection(pg.jdbcBase() + "postgres",
                options.dbUser(), options.dbPassword()); java.sql.Statement st = c.createStatement()) {
            st.execute("CHECKPOINT");
        } catch (java.sql.SQLException e) {
            log.debug("Checkpoint before stopping PostgreSQL failed: {}", e.getMessage());
        }
    }

    static String describe(Throwable e) {
        StringBuilder text = new StringBuilder();
        Throwable t = e;
        java.util.Set<Throwable> seen = new java.util.HashSet<>();
        while (t != null && seen.add(t)) {
            String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(message) < 0) {
                text.append(text.isEmpty() ? "" : "\n  caused by: ").append(message);
            }
            t = t.getCause();
        }
        return text.toString();
    }

    /**
     * Every service's {@code /actuator/health} (database, Kafka and MongoDB included) reports UP, and the gateway is
     * live (its own health stays OUT_OF_SERVICE until {@link LocalSystem#markReady}).
     */
    static void awaitHealthy(LocalSystem system, Duration timeout) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Map.Entry<String, String> app : system.urls().entrySet()) {
            String path = app.getKey().equals("gateway") ? "/actuator/health/liveness" : "/actuator/health";
            while (true) {
                String status = health(http, app.getValue() + path);
                if (isUp(status)) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(app.getKey() + " is not healthy after " + timeout.toSeconds()
                            + " s: " + status);
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

    private static String health(HttpClient http, String url) throws InterruptedException {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url))
                    .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        } catch (IOException e) {
            return e.toString();
        }
    }

    private void printReady(double seconds) {
        String gateway = system.gatewayUrl();
        StringBuilder out = new StringBuilder();
        out.append('\n').append(String.format(Locale.ROOT, "SiKerja is ready in %.1f s%n", seconds));
        out.append(String.format("  %-20s %s%n", "Gateway (API)", gateway + "/api/v1/..."));
        out.append(String.format("  %-20s %s%n", "Swagger UI", gateway + "/swagger-ui.html"));
        out.append(String.format("  %-20s %s%n", "Development token", "POST " + gateway
                + "/auth/dev-token  {\"subject\":\"<NIP>\",\"agency\":\"kota-bandung\",\"roles\":[\"AGENCY_ADMIN\"]}"));
        system.urls().forEach((name, url) -> out.append(String.format("  %-20s %s%n", name,
                url + "/actuator/health  (metrics: " + url + "/actuator/prometheus)")));
        out.append(String.format("  %-20s %s%n", "PostgreSQL", (postgres != null ? postgres.jdbcBase()
                : options.externalPostgres()) + "sikerja_<service>  (user " + options.dbUser() + ")"
                + (postgres != null ? "  pid " + postgres.pid().map(String::valueOf).orElse("?") + ", log "
                + postgres.logFile() : "  (external)")));
        out.append(String.format("  %-20s %s%n", "Kafka (KRaft)", kafka != null ? kafka.bootstrapServers()
                : options.externalKafka() + "  (external)"));
        out.append(String.format("  %-20s %s%n", "MongoDB stand-in", mongo != null ? mongo.connectionString()
                : options.externalMongo() + "  (external)"));
        out.append(String.format("  %-20s %s%n", "Data folder", options.dataDir().toAbsolutePath()
                + "  (--reset starts from nothing)"));
        out.append("Launcher pid ").append(ProcessHandle.current().pid()).append(". Press Ctrl-C to stop.\n");
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
                   LocalSystem.Ports ports, Map<String, String> extra, String externalPostgres, String externalKafka,
                   String externalMongo, String dbUser, String dbPassword, Duration readyTimeout) {

        static Options parse(String[] args) {
            Path dataDir = Path.of(env("SIKERJA_DATA_DIR", ".sikerja"));
            boolean reset = false;
            boolean demo = true;
            Map<String, String> extra = new HashMap<>();
            String externalPostgres = null;
            String externalKafka = null;
            String externalMongo = null;
            Duration readyTimeout = Duration.ofSeconds(180);
            for (String arg : args) {
                if (arg.startsWith("--external-postgres=")) {
                    externalPostgres = arg.substring("--external-postgres=".length());
                    if (!externalPostgres.endsWith("/")) {
                        externalPostgres += "/";
                    }
                } else if (arg.startsWith("--external-kafka=")) {
                    externalKafka = arg.substring("--external-kafka=".length());
                } else if (arg.startsWith("--external-mongo=")) {
                    externalMongo = arg.substring("--external-mongo=".length()).replaceAll("/+$", "");
                } else if (arg.startsWith("--ready-timeout=")) {
                    readyTimeout = Duration.ofSeconds(Long.parseLong(arg.substring("--ready-timeout=".length())));
                } else if (arg.equals("--reset")) {
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
                              --external-postgres=jdbc:postgresql://HOST:PORT/   use this PostgreSQL (user and
                                             password: $DB_USER / $DB_PASSWORD, default postgres / postgres)
                              --external-kafka=HOST:PORT       use this Kafka cluster
                              --external-mongo=mongodb://HOST:PORT   use this MongoDB
                              --ready-timeout=SECONDS   give up (exit code 1) if the applications are not healthy
                                             by then (default 180)
                            Exit codes: 0 stopped normally (Ctrl-C, SIGTERM), 1 the start failed, 2 wrong usage.
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
                    intEnv("SIKERJA_KAFKA_PORT", 19092), intEnv("SIKERJA_MONGO_PORT", 27018), ports, extra,
                    externalPostgres, externalKafka, externalMongo, env("DB_USER", PostgresProcess.USER),
                    env("DB_PASSWORD", PostgresProcess.PASSWORD), readyTimeout);
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
