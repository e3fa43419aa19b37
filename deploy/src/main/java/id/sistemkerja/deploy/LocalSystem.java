package id.sistemkerja.deploy;

import id.sistemkerja.assignment.AssignmentServiceApplication;
import id.sistemkerja.gateway.GatewayApplication;
import id.sistemkerja.org.OrgServiceApplication;
import id.sistemkerja.performance.PerformanceServiceApplication;
import id.sistemkerja.team.TeamServiceApplication;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.http.client.ReactorResourceFactory;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The four services and the gateway, each its own Spring Boot application context with its own port, database and
 * settings, hosted in one JVM against given PostgreSQL, Kafka and MongoDB endpoints. Used by the local launcher and
 * by the system tests that go through the gateway.
 * <p>
 * Every HTTP port is bound to loopback ({@value #LOOPBACK}) like the infrastructure (H3): nobody on the network reaches
 * the development token issuer or a service. {@code --set=gateway.server.address=...} (or {@code services.}) binds
 * elsewhere on purpose; the development issuer still answers only this machine.
 */
public final class LocalSystem implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    /** Name of the gateway's health component that says whether the whole local system is ready (below). */
    public static final String READINESS_COMPONENT = "localRun";
    /** The address every context of the local run listens on unless told otherwise. */
    public static final String LOOPBACK = "127.0.0.1";

    /** Where the infrastructure is. */
    public record Infrastructure(String jdbcBase, String dbUser, String dbPassword, String kafkaBootstrapServers,
                                 String mongoBase) {

        String jdbcUrl(String database) {
            return jdbcBase + database;
        }

        String mongoUri(String database) {
            return mongoBase + "/" + database;
        }
    }

    /** Ports; 0 picks a free one. */
    public record Ports(int gateway, int org, int assignment, int team, int performance) {
        public static Ports defaults() {
            return new Ports(8080, 8081, 8082, 8083, 8084);
        }

        public static Ports random() {
            return new Ports(0, 0, 0, 0, 0);
        }
    }

    /** The services in start order, with their application classes. */
    public static final Map<String, Class<?>> SERVICES = new LinkedHashMap<>();

    static {
        SERVICES.put("org", OrgServiceApplication.class);
        SERVICES.put("assignment", AssignmentServiceApplication.class);
        SERVICES.put("team", TeamServiceApplication.class);
        SERVICES.put("performance", PerformanceServiceApplication.class);
    }

    private final Map<String, ConfigurableApplicationContext> services;
    private final ConfigurableApplicationContext gateway;
    private final AtomicReference<Health> readiness;

    private LocalSystem(Map<String, ConfigurableApplicationContext> services, ConfigurableApplicationContext gateway,
                        AtomicReference<Health> readiness) {
        this.services = services;
        this.gateway = gateway;
        this.readiness = readiness;
    }

    public static LocalSystem start(Infrastructure infra, Ports ports, JwtKeys keys, Map<String, String> extra) {
        if (System.getProperty("org.springframework.boot.logging.LoggingSystem") == null) {
            // one logging configuration for the whole JVM (logback.xml); contexts must not re-initialise it
            System.setProperty("org.springframework.boot.logging.LoggingSystem", "none");
        }
        for (String service : SERVICES.keySet()) {
            ensureDatabase(infra, "sikerja_" + service);
        }
        Map<String, Integer> servicePorts = Map.of("org", ports.org(), "assignment", ports.assignment(),
                "team", ports.team(), "performance", ports.performance());
        Map<String, ConfigurableApplicationContext> started = new LinkedHashMap<>();
        ExecutorService starter = Executors.newFixedThreadPool(2, r -> {
            Thread t = new Thread(r, "sikerja-launcher-start");
            t.setDaemon(true);
            return t;
        });
        try {
            Map<String, CompletableFuture<ConfigurableApplicationContext>> futures = new LinkedHashMap<>();
            for (Map.Entry<String, Class<?>> service : SERVICES.entrySet()) {
                String name = service.getKey();
                List<String> args = serviceArgs(name, infra, servicePorts.get(name), keys, extra);
                futures.put(name, CompletableFuture.supplyAsync(() -> run(service.getValue(), args), starter));
            }
            List<RuntimeException> failures = new ArrayList<>();
            futures.forEach((name, future) -> {
                try {
                    started.put(name, future.join());
                } catch (CompletionException e) {
                    failures.add(new IllegalStateException(name + "-service failed to start: "
                            + e.getCause().getMessage(), e.getCause()));
                }
            });
            if (!failures.isEmpty()) {
                started.values().forEach(ConfigurableApplicationContext::close);
                throw failures.get(0);
            }
        } finally {
            starter.shutdown();
        }
        List<String> gatewayArgs = new ArrayList<>(List.of(
                "--spring.profiles.active=local",
                "--" + LauncherAutoConfigurationFilter.CONTEXT_PROPERTY + "=gateway",
                "--server.port=" + ports.gateway(),
                "--sikerja.dev-issuer.private-key-location=file:" + keys.privateKey().toAbsolutePath(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + keys.publicKey().toAbsolutePath(),
                "--management.metrics.use-global-registry=false",
                // the gateway answers for the whole system: its health (and readiness probe) includes "localRun",
                // which stays OUT_OF_SERVICE until the launcher has seen every application healthy and the demo
                // data loaded (markReady)
                "--management.endpoint.health.probes.enabled=true",
                "--management.endpoint.health.group.readiness.include=readinessState," + READINESS_COMPONENT,
                "--spring.main.banner-mode=off"));
        if (!extra.containsKey("gateway.server.address")) {
            gatewayArgs.add("--server.address=" + LOOPBACK);
        }
        started.forEach((name, context) -> gatewayArgs.add("--" + name.toUpperCase() + "_SERVICE_URL=http://127.0.0.1:"
                + port(context)));
        extra.forEach((k, v) -> {
            if (k.startsWith("gateway.")) {
                gatewayArgs.add("--" + k.substring("gateway.".length()) + "=" + v);
            }
        });
        AtomicReference<Health> readiness = new AtomicReference<>(Health.outOfService()
                .withDetail("reason", "starting: the applications are starting and the demo data is loading").build());
        ConfigurableApplicationContext gatewayContext;
        try {
            gatewayContext = run(GatewayApplication.class, gatewayArgs, context -> ((GenericApplicationContext) context)
                    .registerBean(READINESS_COMPONENT, HealthIndicator.class, () -> readiness::get));
        } catch (RuntimeException e) {
            started.values().forEach(ConfigurableApplicationContext::close);
            throw e;
        }
        return new LocalSystem(started, gatewayContext, readiness);
    }

    /** The whole system is ready: the gateway's health (component {@value #READINESS_COMPONENT}) turns UP. */
    public void markReady() {
        readiness.set(Health.up().build());
    }

    /** The system is stopping: the gateway's health says so until it is gone. */
    public void markStopping() {
        readiness.set(Health.outOfService().withDetail("reason", "stopping").build());
    }

    private static List<String> serviceArgs(String name, Infrastructure infra, int port, JwtKeys keys,
                                            Map<String, String> extra) {
        List<String> args = new ArrayList<>(List.of(
                "--" + LauncherAutoConfigurationFilter.CONTEXT_PROPERTY + "=service",
                "--server.port=" + port,
                "--spring.datasource.url=" + infra.jdbcUrl("sikerja_" + name),
                "--spring.datasource.username=" + infra.dbUser(),
                "--spring.datasource.password=" + infra.dbPassword(),
                "--spring.data.mongodb.uri=" + infra.mongoUri("sikerja_" + name),
                "--spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "--spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + keys.publicKey().toAbsolutePath(),
                "--management.metrics.use-global-registry=false",
                "--spring.main.banner-mode=off"));
        if (!extra.containsKey("services.server.address") && !extra.containsKey(name + ".server.address")) {
            args.add("--server.address=" + LOOPBACK);
        }
        // each service signs its audit checkpoints with its own key, kept next to the JWT keys (docs/audit.md)
        AuditKeys auditKeys = AuditKeys.ensure(keys.privateKey().toAbsolutePath().getParent(), name);
        args.add("--sikerja.audit.signing-key-location=file:" + auditKeys.privateKey().toAbsolutePath());
        args.add("--sikerja.audit.public-key-location=file:" + auditKeys.publicKey().toAbsolutePath());
        extra.forEach((k, v) -> {
            if (k.startsWith("services.")) {
                args.add("--" + k.substring("services.".length()) + "=" + v);
            } else if (k.startsWith(name + ".")) {
                args.add("--" + k.substring(name.length() + 1) + "=" + v);
            }
        });
        return args;
    }

    private static ConfigurableApplicationContext run(Class<?> application, List<String> args) {
        return run(application, args, context -> { });
    }

    @SuppressWarnings("unchecked")
    private static ConfigurableApplicationContext run(Class<?> application, List<String> args,
                                                      ApplicationContextInitializer<ConfigurableApplicationContext> extra) {
        return new SpringApplicationBuilder(application)
                .registerShutdownHook(false)
                .initializers(LocalSystem::ownNettyResources, extra)
                .run(args.toArray(String[]::new));
    }

    /**
     * Each application gets its own Netty event loops instead of reactor-netty's JVM-global ones: closing one context
     * would otherwise dispose the loops the other applications in this JVM still serve requests on (and wait up to
     * 15 s for them to fall quiet), which made a stop take most of a minute.
     */
    private static void ownNettyResources(ConfigurableApplicationContext context) {
        ((GenericApplicationContext) context).registerBean("reactorResourceFactory", ReactorResourceFactory.class, () -> {
            ReactorResourceFactory factory = new ReactorResourceFactory();
            factory.setUseGlobalResources(false);
            factory.setShutdownQuietPeriod(Duration.ofMillis(100));
            factory.setShutdownTimeout(Duration.ofSeconds(3));
            return factory;
        });
    }

    /**
     * Creates the services' databases unless they exist, waiting up to {@code wait} for PostgreSQL to accept logins
     * (an external server may still be starting or recovering from its write-ahead log).
     */
    public static void ensureDatabases(Infrastructure infra, Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            try {
                for (String service : SERVICES.keySet()) {
                    ensureDatabase(infra, "sikerja_" + service);
                }
                return;
            } catch (IllegalStateException e) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("PostgreSQL at " + infra.jdbcBase() + " is not reachable: "
                            + (e.getCause() == null ? e.getMessage() : e.getCause().getMessage()), e);
                }
                Thread.sleep(500);
            }
        }
    }

    static void ensureDatabase(Infrastructure infra, String database) {
        try (Connection connection = DriverManager.getConnection(infra.jdbcUrl("postgres"), infra.dbUser(),
                infra.dbPassword()); Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + database + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create database " + database, e);
        }
    }

    static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port(gateway);
    }

    public String serviceUrl(String service) {
        return "http://127.0.0.1:" + port(services.get(service));
    }

    public ConfigurableApplicationContext context(String service) {
        return "gateway".equals(service) ? gateway : services.get(service);
    }

    public Map<String, String> urls() {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("gateway", gatewayUrl());
        services.keySet().forEach(name -> urls.put(name + "-service", serviceUrl(name)));
        return urls;
    }

    /**
     * Gateway first (it finishes the requests it has and takes no new ones), then the services together, each
     * finishing its requests in flight (graceful shutdown) while PostgreSQL, Kafka and MongoDB are still up.
     */
    @Override
    public void close() {
        close(Duration.ofSeconds(30));
    }

    /** As {@link #close()}, giving up on the services after {@code timeout} (the caller stops the infrastructure). */
    public void close(Duration timeout) {
        markStopping();
        closeQuietly("gateway", gateway);
        List<String> names = new ArrayList<>(services.keySet());
        Collections.reverse(names);
        ExecutorService closer = Executors.newFixedThreadPool(names.size(), r -> {
            Thread t = new Thread(r, "sikerja-launcher-close");
            t.setDaemon(true);
            return t;
        });
        try {
            List<CompletableFuture<Void>> closing = names.stream().map(name -> CompletableFuture.runAsync(
                    () -> closeQuietly(name + "-service", services.get(name)), closer)).toList();
            CompletableFuture.allOf(closing.toArray(CompletableFuture[]::new))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("Services still closing after {}; stopping the infrastructure anyway", timeout);
        } catch (java.util.concurrent.ExecutionException e) {
            log.warn("While closing the services", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closer.shutdown();
        }
    }

    private static void closeQuietly(String name, ConfigurableApplicationContext context) {
        long start = System.nanoTime();
        try {
            context.close();
        } catch (RuntimeException e) {
            log.warn("While closing {}", name, e);
        }
        log.info("{} stopped in {} ms", name, (System.nanoTime() - start) / 1_000_000);
    }
}
