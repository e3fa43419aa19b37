package id.sistemkerja.deploy.faults;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The local launcher ({@code id.sistemkerja.deploy.LocalLauncher}) as its own operating-system process in its own
 * process group ({@code setsid}), as a user runs it from a terminal: its output goes to a file, signals go to the
 * whole group (Ctrl-C) or to the JVM alone ({@code kill -9}, SIGSTOP). Ports are free ones picked at construction.
 */
public final class LauncherProcess implements AutoCloseable {

    public static final String MAIN = "id.sistemkerja.deploy.LocalLauncher";

    private final Path dataDir;
    private final Path output;
    private final Map<String, String> env = new LinkedHashMap<>();
    private final List<String> args;
    private final List<String> jvmOptions;
    private Process process;

    public LauncherProcess(Path dataDir, Path output, List<String> args) {
        this(dataDir, output, args, List.of("-Xms128m", "-Xmx1g", "-XX:MaxMetaspaceSize=384m",
                "-XX:ReservedCodeCacheSize=128m", "-XX:+UseSerialGC", "-Xss512k"));
    }

    public LauncherProcess(Path dataDir, Path output, List<String> args, List<String> jvmOptions) {
        this.dataDir = dataDir;
        this.output = output;
        this.args = args;
        this.jvmOptions = jvmOptions;
        for (String name : List.of("GATEWAY_PORT", "ORG_SERVICE_PORT", "ASSIGNMENT_SERVICE_PORT", "TEAM_SERVICE_PORT",
                "PERFORMANCE_SERVICE_PORT", "SIKERJA_POSTGRES_PORT", "SIKERJA_MONGO_PORT")) {
            env.put(name, Integer.toString(freePort()));
        }
        env.put("SIKERJA_KAFKA_PORT", Integer.toString(freePortPair()));
    }

    public int port(String name) {
        return Integer.parseInt(env.get(name));
    }

    public String gatewayUrl() {
        return "http://127.0.0.1:" + port("GATEWAY_PORT");
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path output() {
        return output;
    }

    public synchronized LauncherProcess start() {
        List<String> command = new ArrayList<>();
        command.add("setsid"); // own process group, as a terminal gives a foreground job
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.add("-Duser.timezone=Asia/Jakarta");
        command.add("-cp");
        command.add(launcherClasspath());
        command.add(MAIN);
        command.add("--data-dir=" + dataDir);
        command.addAll(args);
        try {
            Files.createDirectories(output.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile()));
            builder.environment().putAll(env);
            process = builder.start();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    /** Waits until the output contains {@code text}; false when the process ended or the time passed first. */
    public boolean awaitOutput(String text, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (outputText().contains(text)) {
                return true;
            }
            if (!process.isAlive()) {
                return outputText().contains(text);
            }
            Thread.sleep(200);
        }
        return false;
    }

    public String outputText() {
        try {
            return Files.exists(output) ? Files.readString(output, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits for the JVM to end; the exit code, or empty when it is still running after {@code timeout}. */
    public Optional<Integer> awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS) ? Optional.of(process.exitValue())
                : Optional.empty();
    }

    /** A signal to the whole process group (what Ctrl-C in the terminal does with INT). */
    public void signalGroup(String signal) {
        run("kill", "-" + signal, "--", "-" + process.pid());
    }

    /** A signal to the launcher JVM alone ({@code KILL}, {@code STOP}, {@code CONT}). */
    public void signal(String signal) {
        run("kill", "-" + signal, Long.toString(process.pid()));
    }

    /** Processes of the launcher's group still alive (the JVM and anything it started without a group of its own). */
    public List<Long> groupMembers() {
        return ProcessHandle.allProcesses().filter(p -> pgid(p.pid()) == process.pid()).map(ProcessHandle::pid)
                .collect(Collectors.toList());
    }

    /** The PostgreSQL postmaster the launcher runs on its data folder, if one is alive. */
    public Optional<ProcessHandle> postmaster() {
        Path pidFile = dataDir.resolve("postgres").resolve("postmaster.pid");
        try {
            if (!Files.exists(pidFile)) {
                return Optional.empty();
            }
            long pid = Long.parseLong(Files.readAllLines(pidFile).get(0).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    @Override
    public void close() {
        if (process != null && process.isAlive()) {
            signalGroup("KILL");
        }
        postmaster().ifPresent(p -> {
            run("kill", "-INT", Long.toString(p.pid()));
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        });
    }

    static long pgid(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[2]);
        } catch (IOException | RuntimeException e) {
            return -1;
        }
    }

    /**
     * The launcher's classpath: this JVM's classpath without test classes and test jars (the launcher jar holds the
     * main classes and runtime libraries; test-only libraries left on it are never loaded by the applications).
     */
    static String launcherClasspath() {
        return Arrays.stream(System.getProperty("java.class.path").split(java.io.File.pathSeparator))
                .filter(entry -> !entry.endsWith("test-classes") && !entry.endsWith("-tests.jar"))
                .collect(Collectors.joining(java.io.File.pathSeparator));
    }

    static void run(String... command) {
        try {
            new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A free port whose successor is free too (Kafka's controller listens on port + 1). */
    static int freePortPair() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int port = freePort();
            try (ServerSocket next = new ServerSocket(port + 1)) {
                return port;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no two adjacent free ports");
    }
}
