package id.sistemkerja.platform.idempotency;

import id.sistemkerja.platform.security.MetadataKeys;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of every command sent with an {@code Idempotency-Key}, recorded in the <em>same database transaction</em>
 * as the events the command appends. The HTTP layer ({@link IdempotencyStore}) remembers responses, but a process can
 * die after the command committed and before its response was stored; the caller then retries, the key is taken over,
 * and the request runs again. Here the command finds its own committed outcome and returns it without running: the
 * record exists once, and the caller gets the answer the first run would have given.
 * <p>
 * Outcomes are keyed by caller (the actor's subject), key and command name, and kept as long as the keys
 * ({@code sikerja.idempotency.retention}).
 */
public class CommandOutcomes {

    private final JdbcTemplate jdbc;
    private final Serializer serializer;
    private final Clock clock;
    private final Duration retention;

    public CommandOutcomes(JdbcTemplate jdbc, Serializer serializer, Clock clock, Duration retention) {
        this.jdbc = jdbc;
        this.serializer = serializer;
        this.clock = clock;
        this.retention = retention;
    }

    public void createSchema() {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sk_command_outcome (
                    principal       VARCHAR(255)  NOT NULL,
                    idem_key        VARCHAR(255)  NOT NULL,
                    command_name    VARCHAR(512)  NOT NULL,
                    result_type     VARCHAR(1024),
                    result_revision VARCHAR(255),
                    result          BYTEA,
                    created_at      TIMESTAMPTZ   NOT NULL,
                    PRIMARY KEY (principal, idem_key, command_name)
                )""");
    }

    /**
     * The command bus interceptor. Registered on the command bus explicitly, once (not a bean of its own: Axon would
     * register interceptor beans a second time). Runs inside the command's unit of work and its database transaction
     * (the command bus attaches the transaction before its interceptors run).
     */
    public MessageHandlerInterceptor<CommandMessage<?>> interceptor() {
        return this::handle;
    }

    private Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork,
                          InterceptorChain interceptorChain) throws Exception {
        CommandMessage<?> command = unitOfWork.getMessage();
        Object key = command.getMetaData().get(MetadataKeys.IDEMPOTENCY_KEY);
        // M3: the key belongs to the caller scope (agency, subject, issuer), as in the idempotency filter and Ids;
        // the subject alone would answer one agency's command with the outcome of the same subject's command for
        // another agency and store nothing.
        Object principal = command.getMetaData().getOrDefault(MetadataKeys.CALLER_SCOPE,
                command.getMetaData().get(MetadataKeys.ACTOR));
        if (key == null || principal == null) {
            return interceptorChain.proceed();
        }
        Optional<Object> earlier = find(principal.toString(), key.toString(), command.getCommandName());
        if (earlier.isPresent()) {
            return earlier.get() == NO_RESULT ? null : earlier.get();
        }
        Object result = interceptorChain.proceed();
        record(principal.toString(), key.toString(), command.getCommandName(), result);
        return result;
    }

    private static final Object NO_RESULT = new Object();

    private Optional<Object> find(String principal, String key, String commandName) {
        List<Object> rows = jdbc.query("""
                SELECT result_type, result_revision, result FROM sk_command_outcome
                WHERE principal = ? AND idem_key = ? AND command_name = ?""",
                (rs, i) -> {
                    String type = rs.getString(1);
                    if (type == null) {
                        return NO_RESULT;
                    }
                    return serializer.deserialize(new SimpleSerializedObject<>(rs.getBytes(3), byte[].class, type,
                            rs.getString(2)));
                }, principal, key, commandName);
        return rows.stream().findFirst();
    }

    private void record(String principal, String key, String commandName, Object result) {
        String type = null;
        String revision = null;
        byte[] data = null;
        if (result != null) {
            SerializedObject<byte[]> serialized = serializer.serialize(result, byte[].class);
            type = serialized.getType().getName();
            revision = serialized.getType().getRevision();
            data = serialized.getData();
        }
        try {
            jdbc.update("""
                    INSERT INTO sk_command_outcome (principal, idem_key, command_name, result_type, result_revision,
                                                    result, created_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""", principal, key, commandName, type, revision, data,
                    Timestamp.from(clock.instant()));
        } catch (DuplicateKeyException twin) {
            // the same command with the same key committed meanwhile (a retry that overtook a slow first run): this
            // transaction rolls back, and the command gateway's retry answers from the committed outcome
            throw new ConcurrencyException("Command " + commandName + " with Idempotency-Key " + key
                    + " was committed concurrently", twin);
        }
    }

    public int purgeExpired() {
        return jdbc.update("DELETE FROM sk_command_outcome WHERE created_at < ?",
                Timestamp.from(clock.instant().minus(retention)));
    }
}
