package id.sistemkerja.platform.audit.web;

import id.sistemkerja.platform.audit.ledger.Checkpointer;
import id.sistemkerja.platform.audit.replay.ProjectionReplays;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

import java.util.List;

/**
 * Operator endpoints ({@code /api/v1/operations/...}: role OPERATOR, enforced by the platform's security
 * configuration): projection rebuild by replay, and an immediate audit checkpoint.
 */
@RestController
@RequestMapping("/api/v1/operations")
@Tag(name = "Operations (operasional): projection replay, audit checkpoints")
public class OperationsController {

    private final ProjectionReplays replays;
    private final Checkpointer checkpointer;

    public OperationsController(ProjectionReplays replays, Checkpointer checkpointer) {
        this.replays = replays;
        this.checkpointer = checkpointer;
    }

    @GetMapping("/projections")
    @Operation(summary = "Event processors (projections, publisher, sealer) with their position and replay status")
    public List<ProjectionReplays.ProcessorStatus> projections() {
        return replays.list();
    }

    @PostMapping("/projections/{group}/replay")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Rebuild a projection (proyeksi) by replaying every event: stop, reset its token, start",
            description = "Refused (409) for sk-kafka-publisher and sk-audit-sealer, and for processors that do not "
                    + "support a reset (sagas). The replay runs in the background; follow it with GET /projections.")
    public Mono<ProjectionReplays.ProcessorStatus> replay(@PathVariable String group) {
        return Blocking.mono(() -> replays.replay(group));
    }

    @PostMapping("/audit/checkpoint")
    @Operation(summary = "Make a signed audit checkpoint of the whole ledger now (titik periksa), e.g. before an export")
    public Mono<Checkpoint> checkpoint() {
        return Blocking.mono(() -> checkpointer.checkpointNow()
                .orElseThrow(() -> ProblemException.notFound("Ledger entries to checkpoint", "none")));
    }
}
