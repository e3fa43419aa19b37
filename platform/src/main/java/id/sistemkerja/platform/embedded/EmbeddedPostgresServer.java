package id.sistemkerja.platform.embedded;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A real PostgreSQL 16 server started from the Maven Central binaries (zonky), for the local run and for tests.
 * <p>
 * With a persistent data directory it is the system of record: fsync, synchronous commit and full-page writes are on.
 * A postmaster left behind by a launcher that was killed with {@code kill -9} is shut down (fast) before start, and
 * a stale {@code postmaster.pid} is removed, so a restart never fails on them.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final EmbeddedPostgres postgres;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Durable server on a fixed port with its data in {@code dataDirectory} (kept across restarts). */
    public static EmbeddedPostgresServer startDurable(Path dataDirectory, Path binariesDirectory, int port)
            throws IOException {
        Files.createDirectories(dataDirectory);
        Files.createDirectories(binariesDirectory);
        stopOrphanedPostmaster(dataDirectory);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setOverrideWorkingDirectory(binariesDirectory.toFile())
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                .setServerConfig("max_connections", "200")
                .setServerConfig("shared_buffers", "64MB")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedPostgresServer(postgres);
    }

    /** Throw-away server on a free port, fsync off (tests). */
    public static EmbeddedPostgresServer startEphemeral() throws IOException {
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("max_connections", "300")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        return new EmbeddedPostgresServer(postgres);
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + database;
    }

    public String username() {
        return "postgres";
    }

    public String password() {
        return "postgres";
    }

    /** Creates {@code database} unless it exists. */
    public void ensureDatabase(String database) {
        if (!database.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("Unsafe database name " + database);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
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

    /** A server setting as PostgreSQL reports it ({@code SHOW name}). */
    public String setting(String name) {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SHOW " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** Stops a PostgreSQL server still running on {@code dataDirectory} (from a killed launcher) and removes a stale pid file. */
    public static void stopOrphanedPostmaster(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        Optional<ProcessHandle> process = lines.isEmpty() ? Optional.empty()
                : parsePid(lines.get(0)).flatMap(ProcessHandle::of);
        boolean isPostgres = process.map(p -> p.info().command().orElse("").contains("postgres")).orElse(false);
        if (process.isPresent() && process.get().isAlive() && isPostgres) {
            ProcessHandle postmaster = process.get();
            log.warn("A PostgreSQL server (pid {}) from an earlier run still holds {}; shutting it down", postmaster.pid(),
                    dataDirectory);
            signal(postmaster.pid(), "INT"); // fast shutdown: clean, and no waiting for the dead launcher's sessions
            try {
                postmaster.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("PostgreSQL pid {} did not stop in 30 s; killing it (it recovers from its WAL on start)",
                        postmaster.pid());
                postmaster.destroyForcibly();
                try {
                    postmaster.onExit().get(10, TimeUnit.SECONDS);
                } catch (Exception ignored) {
                    // fall through: start will report what is still wrong
                }
            }
        } else {
            log.info("Removing stale {} (its process is gone)", pidFile);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> parsePid(String line) {
        try {
            return Optional.of(Long.parseLong(line.trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void signal(long pid, String signal) {
        try {
            new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor(5, TimeUnit.SECONDS);
        } catch (IOException e) {
            ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
