package id.sistemkerja.platform.audit.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.audit.ledger.Checkpointer;
import id.sistemkerja.platform.audit.ledger.LedgerEntry;
import id.sistemkerja.platform.audit.ledger.LedgerStore;
import id.sistemkerja.platform.audit.ledger.LiveCheck;
import id.sistemkerja.platform.audit.ledger.SigningKey;
import id.sistemkerja.platform.audit.replay.AggregateStates;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.LedgerLine;
import id.sistemkerja.platform.audit.verify.Merkle;
import id.sistemkerja.platform.config.PlatformProperties;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.function.LongFunction;

/**
 * The audit API of a service ({@code /api/v1/audit/...}; through the gateway {@code /api/v1/audit/<service>/...}),
 * read-only, for the role AUDITOR (AUD-02). See docs/audit.md.
 */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit (pemeriksaan): ledger, histories, proofs")
public class AuditController {

    static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
    private static final int PAGE = 500;

    private final LedgerStore ledger;
    private final Checkpointer checkpoints;
    private final SigningKey key;
    private final AggregateStates states;
    private final LiveCheck liveCheck;
    private final ObjectMapper objectMapper;
    private final ZoneId zone;

    public AuditController(LedgerStore ledger, Checkpointer checkpoints, SigningKey key, AggregateStates states,
                           LiveCheck liveCheck, ObjectMapper objectMapper, PlatformProperties platform) {
        this.ledger = ledger;
        this.checkpoints = checkpoints;
        this.key = key;
        this.states = states;
        this.liveCheck = liveCheck;
        this.objectMapper = objectMapper;
        this.zone = platform.getZone();
    }

    @GetMapping(value = "/ledger", produces = "application/x-ndjson")
    @Operation(summary = "Export the ledger (buku besar audit) from a position, as NDJSON",
            description = "One line per entry in ledger order: {\"entry\":<canonical JSON>,\"leafHash\":\"hex\"}. "
                    + "Entries of agencies the caller does not audit are {\"leafHash\":..,\"redacted\":true,\"seq\":n}. "
                    + "Streamed; feed the file to the standalone verifier (docs/audit.md).",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson")))
    public ResponseEntity<Flux<DataBuffer>> ledger(
            @Parameter(description = "First ledger position (0-based)") @RequestParam(defaultValue = "0") long from,
            CallContext context) {
        AuditScope scope = AuditScope.of(context.actor());
        return ndjson(stream(from, position -> {
            List<LedgerEntry> page = ledger.page(position, PAGE);
            List<String> lines = new ArrayList<>(page.size());
            for (LedgerEntry entry : page) {
                lines.add(scope.maySee(entry) ? LedgerLine.visible(entry.canonical(), entry.leafHash())
                        : LedgerLine.redacted(entry.seq(), entry.leafHash()));
            }
            return new Page(lines, page.isEmpty() ? -1 : page.get(page.size() - 1).seq() + 1);
        }));
    }

    @GetMapping(value = "/agencies/{agencyId}/history", produces = "application/x-ndjson")
    @Operation(summary = "An agency's history (riwayat instansi): its sealed events in ledger order, as NDJSON",
            description = "Same line format as the ledger export, only this agency's entries; 'at' stops at a moment.",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson")))
    public ResponseEntity<Flux<DataBuffer>> agencyHistory(
            @PathVariable String agencyId,
            @Parameter(description = "First ledger position") @RequestParam(defaultValue = "0") long from,
            @Parameter(description = "Only events recorded up to this moment (ISO instant, or a date = end of that day)")
            @RequestParam(required = false) String at,
            CallContext context) {
        AuditScope.of(context.actor()).requireAgency(agencyId);
        Instant until = at == null ? null : moment(at);
        return ndjson(stream(from, position -> {
            List<LedgerEntry> page = ledger.agencyPage(agencyId, position, PAGE);
            List<String> lines = new ArrayList<>(page.size());
            for (LedgerEntry entry : page) {
                if (until != null && Instant.parse(entry.time()).isAfter(until)) {
                    continue;
                }
                lines.add(LedgerLine.visible(entry.canonical(), entry.leafHash()));
            }
            long next = page.isEmpty() ? -1 : page.get(page.size() - 1).seq() + 1;
            return new Page(lines, next);
        }));
    }

    @Schema(description = "An aggregate's history (riwayat): every sealed event in the aggregate's order")
    public record AggregateHistory(String aggregateId, String aggregateType, String agencyId,
                                   List<HistoryEntry> events) {
    }

    @GetMapping("/aggregates/{aggregateId}/history")
    @Operation(summary = "An aggregate's history (riwayat): who did what, when, on whose behalf, under which rules")
    public Mono<AggregateHistory> aggregateHistory(
            @PathVariable String aggregateId,
            @Parameter(description = "Only events recorded up to this moment (ISO instant, or a date = end of that day)")
            @RequestParam(required = false) String at,
            CallContext context) {
        AuditScope scope = AuditScope.of(context.actor());
        Instant until = at == null ? null : moment(at);
        return Blocking.mono(() -> {
            List<LedgerEntry> entries = visibleAggregate(aggregateId, scope);
            List<HistoryEntry> events = entries.stream()
                    .filter(e -> until == null || !Instant.parse(e.time()).isAfter(until))
                    .map(HistoryEntry::of).toList();
            LedgerEntry first = entries.get(0);
            return new AggregateHistory(aggregateId, first.aggregateType(), first.agencyId(), events);
        });
    }

    @Schema(description = "The state of an aggregate as of a moment (keadaan pada tanggal), rebuilt by replaying its "
            + "events into the service's aggregate class; 'state' holds the aggregate's fields")
    public record AggregateState(String aggregateId, String aggregateType, String agencyId, Instant asOf,
                                 List<AggregateStates.AppliedEvent> eventsApplied, Object state,
                                 @Schema(description = "Ledger positions of the applied events (prove each with an "
                                         + "inclusion proof)") List<Long> ledgerPositions) {
    }

    @GetMapping("/aggregates/{aggregateId}/state")
    @Operation(summary = "State of an aggregate as of a date (keadaan pada tanggal), by replay")
    public Mono<AggregateState> aggregateState(
            @PathVariable String aggregateId,
            @Parameter(description = "Moment: ISO instant (2026-03-01T00:00:00Z) or a date (2026-03-01 = end of that "
                    + "day in the service's zone); default now") @RequestParam(required = false) String at,
            CallContext context) {
        AuditScope scope = AuditScope.of(context.actor());
        Instant asOf = at == null ? Instant.now() : moment(at);
        return Blocking.mono(() -> {
            List<LedgerEntry> entries = visibleAggregate(aggregateId, scope);
            LedgerEntry first = entries.get(0);
            AggregateStates.StateAsOf state = states.stateAsOf(first.aggregateType(), aggregateId, asOf)
                    .orElseThrow(() -> ProblemException.notFound("Aggregate class for type", first.aggregateType()));
            List<Long> positions = entries.stream()
                    .filter(e -> state.eventsApplied().stream().anyMatch(a -> a.eventId().equals(e.eventId())))
                    .map(LedgerEntry::seq).toList();
            return new AggregateState(aggregateId, first.aggregateType(), first.agencyId(), asOf,
                    state.eventsApplied(), state.state(), positions);
        });
    }

    @GetMapping("/checkpoints/latest")
    @Operation(summary = "The latest signed checkpoint (titik periksa): tree size, root, time, Ed25519 signature")
    public Mono<Checkpoint> latestCheckpoint(CallContext context) {
        AuditScope.of(context.actor());
        return Blocking.mono(() -> checkpoints.latest()
                .orElseThrow(() -> ProblemException.notFound("Checkpoint", "latest")));
    }

    @GetMapping("/checkpoints/{treeSize}")
    @Operation(summary = "The signed checkpoint of a tree size (titik periksa)")
    public Mono<Checkpoint> checkpoint(@PathVariable long treeSize, CallContext context) {
        AuditScope.of(context.actor());
        return Blocking.mono(() -> checkpoints.byTreeSize(treeSize)
                .orElseThrow(() -> ProblemException.notFound("Checkpoint of tree size", Long.toString(treeSize))));
    }

    @GetMapping(value = "/checkpoints", produces = "application/x-ndjson")
    @Operation(summary = "All signed checkpoints from a tree size, as NDJSON (the same JSON as on Kafka sk.audit.checkpoints)",
            responses = @ApiResponse(responseCode = "200", content = @Content(mediaType = "application/x-ndjson")))
    public ResponseEntity<Flux<DataBuffer>> checkpoints(@RequestParam(defaultValue = "1") long from,
                                                        CallContext context) {
        AuditScope.of(context.actor());
        return ndjson(stream(from, size -> {
            List<Checkpoint> page = checkpoints.page(size, PAGE);
            List<String> lines = new ArrayList<>(page.size());
            for (Checkpoint checkpoint : page) {
                lines.add(json(Checkpointer.toContract(checkpoint)));
            }
            return new Page(lines, page.isEmpty() ? -1 : page.get(page.size() - 1).treeSize() + 1);
        }));
    }

    @Schema(description = "The Ed25519 public key that verifies this service's checkpoints")
    public record PublicKeyView(String algorithm, @Schema(description = "hex SHA-256 of the key's X.509 encoding; "
            + "equals keyId in every checkpoint") String keyId, String publicKeyPem) {
    }

    @GetMapping("/public-key")
    @Operation(summary = "Public key (kunci publik) for verifying checkpoint signatures offline")
    public PublicKeyView publicKey(CallContext context) {
        AuditScope.of(context.actor());
        return new PublicKeyView("Ed25519", key.keyId(), key.publicKeyPem());
    }

    @Schema(description = "RFC 6962 audit path of one entry in the tree of a given size (bukti inklusi)")
    public record InclusionProof(long seq, long treeSize, String leafHash, List<String> path, String rootHash) {
    }

    @GetMapping("/proofs/inclusion")
    @Operation(summary = "Inclusion proof (bukti inklusi) of a ledger entry in the tree of a size (default: latest checkpoint)")
    public Mono<InclusionProof> inclusion(@RequestParam long seq, @RequestParam(required = false) Long treeSize,
                                          CallContext context) {
        AuditScope scope = AuditScope.of(context.actor());
        return Blocking.mono(() -> {
            long size = treeSize != null ? treeSize : checkpoints.latest().map(Checkpoint::treeSize)
                    .orElseThrow(() -> ProblemException.notFound("Checkpoint", "latest"));
            requireSize(size);
            if (seq < 0 || seq >= size) {
                throw ProblemException.invalid("seq", "entry " + seq + " is not in a tree of size " + size);
            }
            LedgerEntry entry = ledger.entry(seq).orElseThrow(() -> ProblemException.notFound("Ledger entry",
                    Long.toString(seq)));
            if (!scope.maySee(entry)) {
                throw ProblemException.forbidden("Ledger entry " + seq + " belongs to another agency.",
                        "auditors of its agency or of all agencies");
            }
            Merkle.Subtrees tree = ledger.subtrees();
            return new InclusionProof(seq, size, HexFormat.of().formatHex(entry.leafHash()),
                    hex(Merkle.inclusionProof(seq, size, tree)), HexFormat.of().formatHex(ledger.root(size)));
        });
    }

    @Schema(description = "RFC 6962 consistency proof (bukti konsistensi): the tree of firstSize is a prefix of the "
            + "tree of secondSize")
    public record ConsistencyProof(long firstSize, long secondSize, String firstRoot, String secondRoot,
                                   List<String> path) {
    }

    @GetMapping("/proofs/consistency")
    @Operation(summary = "Consistency proof (bukti konsistensi) between two tree sizes")
    public Mono<ConsistencyProof> consistency(@RequestParam long firstSize, @RequestParam long secondSize,
                                              CallContext context) {
        AuditScope.of(context.actor());
        return Blocking.mono(() -> {
            requireSize(secondSize);
            if (firstSize < 1 || firstSize > secondSize) {
                throw ProblemException.invalid("firstSize", "firstSize must be between 1 and secondSize");
            }
            return new ConsistencyProof(firstSize, secondSize, HexFormat.of().formatHex(ledger.root(firstSize)),
                    HexFormat.of().formatHex(ledger.root(secondSize)),
                    hex(Merkle.consistencyProof(firstSize, secondSize, ledger.subtrees())));
        });
    }

    @GetMapping("/checks/event-store")
    @Operation(summary = "Re-check the live event store against the ledger (periksa ulang): finds stored events "
            + "changed, deleted or inserted after sealing, and ledger rows that no longer match their hashes",
            description = "Scans every agency's events: national auditors only (M6), one run at a time (429 with "
                    + "Retry-After while one runs).")
    public Mono<LiveCheck.Result> recheck(CallContext context) {
        if (!AuditScope.of(context.actor()).allAgencies()) {
            throw ProblemException.forbidden("The live re-check reads every agency's events; it is for national "
                    + "auditors.", "NATIONAL_AUDITOR");
        }
        if (!recheckRunning.compareAndSet(false, true)) {
            return Mono.error(new org.springframework.web.server.ResponseStatusException(
                    org.springframework.http.HttpStatus.TOO_MANY_REQUESTS, "A live re-check is running; retry later"));
        }
        return Blocking.mono(liveCheck::run).doFinally(s -> recheckRunning.set(false));
    }

    private final java.util.concurrent.atomic.AtomicBoolean recheckRunning = new java.util.concurrent.atomic.AtomicBoolean();

    private List<LedgerEntry> visibleAggregate(String aggregateId, AuditScope scope) {
        List<LedgerEntry> entries = ledger.aggregate(aggregateId);
        if (entries.isEmpty()) {
            throw ProblemException.notFound("Aggregate in the ledger", aggregateId);
        }
        String agency = entries.stream().map(LedgerEntry::agencyId).filter(a -> a != null).findFirst().orElse(null);
        if (!scope.allAgencies() && !scope.agencyId().equals(agency)) {
            throw ProblemException.forbidden("These records are not your agency's.",
                    "auditors of the records' agency or national auditors (BPK)");
        }
        return entries;
    }

    private void requireSize(long size) {
        long ledgerSize = ledger.size();
        if (size < 1 || size > ledgerSize) {
            throw ProblemException.invalid("treeSize", "tree size must be between 1 and the ledger size "
                    + ledgerSize);
        }
    }

    private Instant moment(String at) {
        try {
            return at.length() == 10 ? LocalDate.parse(at).plusDays(1).atStartOfDay(zone).toInstant().minusNanos(1)
                    : Instant.parse(at);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("at", "expected an ISO instant (2026-03-01T00:00:00Z) or a date "
                    + "(2026-03-01)");
        }
    }

    private String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> hex(List<byte[]> hashes) {
        return hashes.stream().map(HexFormat.of()::formatHex).toList();
    }

    record Page(List<String> lines, long next) {
    }

    /** Pages pulled on demand (back-pressure): never the whole table in memory. */
    static Flux<DataBuffer> stream(long from, LongFunction<Page> pages) {
        return Flux.<List<String>, Long>generate(() -> from, (position, sink) -> {
                    if (position < 0) {
                        sink.complete();
                        return position;
                    }
                    Page page = pages.apply(position);
                    if (page.next() < 0) {
                        sink.complete();
                        return -1L;
                    }
                    sink.next(page.lines());
                    return page.next();
                })
                .subscribeOn(Schedulers.boundedElastic())
                .filter(lines -> !lines.isEmpty())
                .map(lines -> {
                    StringBuilder text = new StringBuilder();
                    lines.forEach(line -> text.append(line).append('\n'));
                    return DefaultDataBufferFactory.sharedInstance.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
                });
    }

    static ResponseEntity<Flux<DataBuffer>> ndjson(Flux<DataBuffer> body) {
        return ResponseEntity.ok().contentType(NDJSON).body(body);
    }
}
