package id.sistemkerja.platform.axon;

import id.sistemkerja.platform.security.CallContext;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import reactor.core.publisher.Mono;

/**
 * Sends commands from reactive web code. The command bus is asynchronous, so the caller's event loop never waits on
 * the aggregate's JDBC work; the caller's {@link CallContext} becomes the command's metadata and, through the
 * correlation data providers, the metadata of every event the command causes.
 */
public class CommandDispatcher {

    private final CommandGateway commandGateway;

    public CommandDispatcher(CommandGateway commandGateway) {
        this.commandGateway = commandGateway;
    }

    public <R> Mono<R> send(Object command, CallContext context) {
        return Mono.defer(() -> Mono.fromFuture(commandGateway.<R>send(
                GenericCommandMessage.asCommandMessage(command).andMetaData(context.toMetaData()))));
    }

    /** Same as {@link #send} for callers outside reactive code (demo data loading, sagas' helpers). */
    public <R> R sendAndWait(Object command, CallContext context) {
        return commandGateway.sendAndWait(
                GenericCommandMessage.asCommandMessage(command).andMetaData(context.toMetaData()));
    }
}
