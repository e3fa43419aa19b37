package id.sistemkerja.deploy.faults;

import id.sistemkerja.platform.embedded.PostgresProcess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The infrastructure of the fault harness, each server an operating-system process of its own in its own process group,
 * so a fault hits exactly one of them: PostgreSQL 16 (the launcher's {@link PostgresProcess}), a Kafka KRaft broker
 * (its own JVM, Maven Central jars) and the MongoDB stand-in (its own JVM, H2 file). The launcher runs against them
 * with {@code --external-*}, as production runs against external servers.
 */
final class ServerProcesses implements AutoCloseable {

    private final Path root;
    private final PostgresProcess postgres;
    private final int kafkaPort = LauncherProcess.freePortPair();
    private final int mongoPort = LauncherProcess.freePort();
    private Process kafka;
    private Process mongo;

    ServerProcesses(Path root) {
        this.root = root;
        this.postgres = PostgresProcess.durable(root.resolve("postgres"), root.resolve("postgres-binaries"),
                LauncherProcess.freePort());
    }

    void startAll() throws IOException, InterruptedException {
        startPostgres();
        startKafka();
        startMongo();
    }

    String jdbcBase() {
        return postgres.jdbcBase();
    }

    String kafkaBootstrapServers() {
        return "127.0.0.1:" + kafkaPort;
    }

    String mongoUri() {
        return "mongodb://127.0.0.1:" + mongoPort;
    }

    void startPostgres() throws IOException {
        postgres.start(Duration.ofMinutes(3));
    }

    /** kill -9 of the postmaster and every process of its group (its backends), as an OOM kill or power loss does. */
    void killPostgres() {
        long pid = postgres.pid().orElseThrow();
        LauncherProcess.run("kill", "-KILL", "--", "-" + pid);
        LauncherProcess.run("kill", "-KILL", Long.toString(pid));
        awaitGone(pid);
        // let the orphaned backends notice their postmaster is gone before the restart
        ProcessHandle.allProcesses().filter(p -> LauncherProcess.pgid(p.pid()) == pid).forEach(p -> {
            p.destroyForcibly();
            awaitGone(p.pid());
        });
    }

    void startKafka() throws IOException, InterruptedException {
        kafka = jvm("kafka", "id.sistemkerja.platform.embedded.KafkaKraftNode", root.resolve("kafka").toString(),
                Integer.toString(kafkaPort), Integer.toString(kafkaPort + 1));
        awaitPort(kafkaPort, kafka, "Kafka");
    }

    /** The broker stopped (SIGTERM: a controlled shutdown, as an operator or an orchestrator stops it). */
    void stopKafka() throws InterruptedException {
        stop(kafka);
    }

    void startMongo() throws IOException, InterruptedException {
        mongo = jvm("mongo", "id.sistemkerja.platform.embedded.MongoStandIn",
                root.resolve("mongo").resolve("read-models").toString(), Integer.toString(mongoPort));
        awaitPort(mongoPort, mongo, "MongoDB stand-in");
    }

    void stopMongo() throws InterruptedException {
        stop(mongo);
    }

    Path root() {
        return root;
    }

    @Override
    public void close() throws InterruptedException {
        if (kafka != null) {
            stop(kafka);
        }
        if (mongo != null) {
            stop(mongo);
        }
        postgres.stop(Duration.ofSeconds(10));
    }

    private Process jvm(String name, String main, String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of("setsid",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m", "-XX:+UseSerialGC",
                "-cp", LauncherProcess.launcherClasspath(), main));
        command.addAll(List.of(args));
        Files.createDirectories(root);
        return new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(root.resolve(name + ".log").toFile())).start();
    }

    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        }
    }

    private static void awaitPort(int port, Process process, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(what + " exited with " + process.exitValue());
            }
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException(what + " did not listen on " + port + " within 2 minutes");
    }

    private static void awaitGone(long pid) {
        ProcessHandle.of(pid).ifPresent(p -> {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("process " + pid + " did not end", e);
            }
        });
    }

    static void unchecked(IOException e) {
        throw new UncheckedIOException(e);
    }
}
