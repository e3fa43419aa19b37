package id.sistemkerja.platform.audit.ledger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;

import java.util.ArrayList;
import java.util.List;

/**
 * The sealer (ARCHITECTURE.md "Audit ledger", AUD-02): a single-threaded tracking processor that appends every
 * committed event, in the order the event store delivers them, to the ledger. A batch's entries are inserted in the
 * same database transaction as the processor's tracking token (Axon's JDBC token store and this ledger share the
 * service's DataSource and Spring transaction), so every event is sealed exactly once: a failure anywhere before commit
 * rolls back both, and the batch is delivered again. Unique global index and event id make a second sealing
 * impossible even then.
 */
@ProcessingGroup(AuditSealer.PROCESSING_GROUP)
public class AuditSealer {

    public static final String PROCESSING_GROUP = "sk-audit-sealer";
    private static final String PENDING = AuditSealer.class.getName() + ".pending";

    private final LedgerStore ledger;
    private final Checkpointer checkpointer;
    private final Counter sealed;

    public AuditSealer(LedgerStore ledger, Checkpointer checkpointer, MeterRegistry meterRegistry) {
        this.ledger = ledger;
        this.checkpointer = checkpointer;
        this.sealed = Counter.builder("sikerja.audit.sealed")
                .description("Events appended to the audit ledger")
                .register(meterRegistry);
    }

    @EventHandler
    public void seal(EventMessage<?> event) {
        // by event id: a late-committed event (one that fills a gap in the global index) is delivered with a token
        // whose position is the highest index seen so far, not its own
        pending().add(event.getIdentifier());
    }

    /** Event ids of the current batch, in delivery order; appended once, when the batch (with its token) commits. */
    private List<String> pending() {
        UnitOfWork<?> root = CurrentUnitOfWork.get().root();
        return root.getOrComputeResource(PENDING, key -> {
            List<String> pending = new ArrayList<>();
            root.onPrepareCommit(u -> {
                long before = ledger.size();
                long after = ledger.append(pending);
                root.afterCommit(c -> {
                    sealed.increment(after - before);
                    checkpointer.sealed(after);
                });
            });
            return pending;
        });
    }
}
