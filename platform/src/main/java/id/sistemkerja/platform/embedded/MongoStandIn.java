package id.sistemkerja.platform.embedded;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.bson.Document;
import io.netty.channel.Channel;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

/**
 * The MongoDB-wire-compatible stand-in ({@code mongo-java-server}) used for read models where real MongoDB cannot be
 * installed. Only features real MongoDB has are used against it. With a file it persists (H2 MVStore) and commits
 * after every write command, so read models survive a {@code kill -9} of the launcher together with their tracking
 * tokens in PostgreSQL.
 */
public final class MongoStandIn implements AutoCloseable {

    private static final Set<String> WRITE_COMMANDS = Set.of("insert", "update", "delete", "findandmodify",
            "findAndModify", "createIndexes", "dropIndexes", "drop", "dropDatabase", "create", "renameCollection");

    private final MongoServer server;
    private final String connectionString;

    private MongoStandIn(MongoBackend backend, String host, int port) {
        this.server = new MongoServer(backend);
        this.server.enableOplog();
        this.server.bind(host, port);
        this.connectionString = "mongodb://" + host + ":" + server.getLocalAddress().getPort();
    }

    /** In memory, on a free port (tests). */
    public static MongoStandIn inMemory() {
        return new MongoStandIn(new MemoryBackend(), "127.0.0.1", 0);
    }

    /** Persistent in {@code file}, on {@code port} (local run). */
    public static MongoStandIn persistent(Path file, int port) {
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new MongoStandIn(new CommittingH2Backend(file.toAbsolutePath().toString()), "127.0.0.1", port);
    }

    /**
     * The stand-in as a process of its own (the fault harness restarts it like a separate server):
     * {@code java -cp ... MongoStandIn <file> <port>}; stops on SIGTERM.
     */
    public static void main(String[] args) throws InterruptedException {
        if (args.length != 2) {
            System.err.println("Usage: MongoStandIn <file> <port>");
            System.exit(2);
        }
        MongoStandIn standIn = persistent(Path.of(args[0]), Integer.parseInt(args[1]));
        Runtime.getRuntime().addShutdownHook(new Thread(standIn::close, "mongo-stand-in-stop"));
        System.out.println("MongoDB stand-in ready on " + standIn.connectionString());
        Thread.currentThread().join();
    }

    /** {@code mongodb://host:port} (append {@code /database}). */
    public String connectionString() {
        return connectionString;
    }

    @Override
    public void close() {
        server.shutdown();
    }

    /** H2 backend that makes each write durable before it is acknowledged. */
    private static final class CommittingH2Backend extends H2Backend {
        CommittingH2Backend(String fileName) {
            super(fileName);
        }

        @Override
        public Document handleCommand(Channel channel, String databaseName, String command, Document query) {
            Document result = super.handleCommand(channel, databaseName, command, query);
            if (WRITE_COMMANDS.contains(command)) {
                commit();
            }
            return result;
        }
    }
}
