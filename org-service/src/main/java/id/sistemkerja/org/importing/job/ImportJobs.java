package id.sistemkerja.org.importing.job;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.org.importing.job.ImportActs.ImportContext;
import id.sistemkerja.org.importing.job.ImportJobStore.JobRecord;
import id.sistemkerja.org.importing.sheet.AgencyFile;
import id.sistemkerja.org.importing.sheet.AgencyFileReader;
import id.sistemkerja.org.importing.sheet.AgencyFileReader.Upload;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import jakarta.validation.Validator;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Import jobs: a file is read and stored with the job at once (a file that cannot be read is refused there and then),
 * then imported row by row in the background (see {@link ImportRunner}), the outcomes recorded as they come, so a
 * caller follows the progress and downloads the per-row result. A dry run goes the same way through a
 * {@link DryRunSandbox} and stores nothing but its report.
 * <p>
 * Jobs survive a restart: whoever runs a job holds a lease on it, renewed while it runs; a job whose lease ran out
 * (its service stopped or died) is taken over by the next service instance that looks, which skips the rows already
 * recorded and re-checks the rest against the event store — a row whose act was recorded just before the crash is
 * found there and counted as imported by this job (its events carry the job's id as correlation id), never sent
 * twice.
 */
public class ImportJobs implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ImportJobs.class);

    public enum Mode { IMPORT, DRY_RUN }

    public enum State {
        /** Accepted, waiting for a worker. */
        QUEUED,
        /** Rows are being imported (or checked); also a job whose service stopped, until another takes it over. */
        RUNNING,
        /** Every row has its outcome (imported, already imported, valid or failed). */
        COMPLETED,
        /**
         * Stopped by an error of the service itself; the rows recorded so far stand, and submitting the file again
         * finds them already imported.
         */
        ABORTED
    }

    /** Settings of the import ({@code sikerja.import.*}). */
    public record Settings(int maxRows, int parallelism, int jobThreads, Duration lease, Duration leaseCheck,
                           Duration commandTimeout, int flushRows) {
    }

    private final ImportJobStore store;
    private final CommandDispatcher commands;
    private final EventStore eventStore;
    private final RegulationProfiles profiles;
    private final ProfilePlacementRules placementRules;
    private final Validator validator;
    private final Clock clock;
    private final Settings settings;
    private final String owner = UUID.randomUUID().toString();
    private final Set<String> active = ConcurrentHashMap.newKeySet();
    private volatile boolean stopping;
    private volatile boolean running;
    private ExecutorService jobExecutor;
    private ScheduledExecutorService leases;

    public ImportJobs(ImportJobStore store, CommandDispatcher commands, EventStore eventStore,
                      RegulationProfiles profiles, ProfilePlacementRules placementRules, Validator validator,
                      Clock clock, Settings settings) {
        this.store = store;
        this.commands = commands;
        this.eventStore = eventStore;
        this.profiles = profiles;
        this.placementRules = placementRules;
        this.validator = validator;
        this.clock = clock;
        this.settings = settings;
    }

    // ---- API ----

    /**
     * Accepts a file for import (or a dry run) into {@code agencyId}: by the agency's administrator or PPK, the same
     * roles the single acts need (each act still checks its own: a placement needs the PPK's role).
     */
    public JobRecord submit(String agencyId, Mode mode, List<Upload> files, CallContext context) {
        Actor actor = context.actor();
        requireImporter(actor, agencyId);
        if (eventStore.lastSequenceNumberFor(agencyId).isEmpty()) {
            throw ProblemException.notFound("Agency", agencyId + " (register it first: POST /api/v1/agencies)");
        }
        AgencyFile file = AgencyFileReader.read(files, settings.maxRows());
        if (file.totalRows() == 0) {
            throw ProblemException.invalid("file", "the file has no data rows in any of the sheets "
                    + String.join(", ", java.util.Arrays.stream(Sheet.values()).map(Sheet::sheetName).toList()));
        }
        Map<String, Integer> sheetRows = new LinkedHashMap<>();
        file.sheets().forEach(sheet -> sheetRows.put(sheet.sheetName(), file.rows(sheet).size()));
        String jobId = context.idempotencyKey() == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("import|" + actor.callerScope() + "|" + context.idempotencyKey())
                .getBytes(StandardCharsets.UTF_8)).toString();
        Optional<JobRecord> known = store.job(jobId);
        if (known.isPresent()) {
            return known.get(); // the same Idempotency-Key again, after its response was lost
        }
        JobRecord job = new JobRecord(jobId, agencyId, mode, State.QUEUED, actor,
                files.stream().map(Upload::fileName).toList(), sheetRows, file.notes(), file.totalRows(), 0,
                new EnumMap<>(RowOutcome.class), 0, clock.instant(), null, null, null);
        store.insert(job, files);
        if (store.claim(jobId, owner, leaseSeconds())) {
            schedule(jobId);
        }
        return store.job(jobId).orElseThrow();
    }

    /** The job, for a caller of its agency with an importer's role or its auditor. */
    public JobRecord job(String agencyId, String jobId, Actor actor) {
        requireReader(actor, agencyId);
        return store.job(jobId).filter(j -> j.agencyId().equals(agencyId))
                .orElseThrow(() -> ProblemException.notFound("Import job", jobId));
    }

    public List<JobRecord> jobs(String agencyId, Actor actor) {
        requireReader(actor, agencyId);
        return store.jobs(agencyId, 50);
    }

    public List<RowResult> results(String agencyId, String jobId, RowOutcome outcome, String sheet, long offset,
                                   int limit, Actor actor) {
        job(agencyId, jobId, actor);
        return store.results(jobId, outcome, sheet, offset, limit);
    }

    static void requireImporter(Actor actor, String agencyId) {
        Access.requireAgencyRole(actor, agencyId, Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY);
    }

    /**
     * Jobs, their progress and every row's outcome: the importers and the agency's auditor (who reads everything of
     * the agency, and the export), never another role or agency.
     */
    static void requireReader(Actor actor, String agencyId) {
        Access.requireAgencyRole(actor, agencyId, Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY, Roles.AUDITOR);
    }

    // ---- running ----

    private void schedule(String jobId) {
        if (!active.add(jobId)) {
            return;
        }
        try {
            jobExecutor.execute(() -> {
                try {
                    execute(jobId);
                } finally {
                    active.remove(jobId);
                }
            });
        } catch (RuntimeException e) {
            active.remove(jobId);
            throw e;
        }
    }

    /** Takes over jobs whose holder stopped (also right after this service starts); renews this one's leases. */
    public void resumeAbandoned() {
        if (stopping) {
            return;
        }
        store.renewLeases(owner, leaseSeconds());
        for (String jobId : store.abandoned()) {
            if (!active.contains(jobId) && store.claim(jobId, owner, leaseSeconds())) {
                log.info("Resuming import job {} (its previous holder stopped)", jobId);
                schedule(jobId);
            }
        }
    }

    private void execute(String jobId) {
        JobRecord job = store.job(jobId).orElse(null);
        if (job == null || job.state() == State.COMPLETED || job.state() == State.ABORTED) {
            return;
        }
        boolean resumed = job.state() == State.RUNNING;
        store.started(jobId, clock.instant(), resumed);
        ResultBuffer buffer = new ResultBuffer(jobId);
        try {
            AgencyFile file = AgencyFileReader.read(store.files(jobId), settings.maxRows());
            ImportPlan plan = ImportPlan.of(file, job.agencyId(), validator);
            ImportContext context = new ImportContext(job.agencyId(), jobId, LocalDate.now(clock));
            boolean finished;
            if (job.mode() == Mode.DRY_RUN) {
                if (resumed) {
                    store.forgetResults(jobId);
                }
                try (DryRunSandbox sandbox = new DryRunSandbox(eventStore, profiles, placementRules, clock)) {
                    finished = new ImportRunner(plan, context, job.actor(), new StoredRecords(sandbox.store()), sandbox,
                            true, 1).run(Map.of(), buffer::add, () -> stopping);
                }
            } else {
                CallContext call = new CallContext(job.actor(), jobId, null);
                ImportRunner.CommandSink sink = command -> commands.send(command, call)
                        .block(settings.commandTimeout());
                finished = new ImportRunner(plan, context, job.actor(), new StoredRecords(eventStore), sink, false,
                        settings.parallelism()).run(store.recorded(jobId), buffer::add, () -> stopping);
            }
            buffer.flush();
            if (finished) {
                store.finish(jobId, State.COMPLETED, clock.instant(), null);
                log.info("Import job {} ({}) of agency {} completed", jobId, job.mode(), job.agencyId());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            buffer.flush();
        } catch (RuntimeException e) {
            buffer.flush();
            log.error("Import job {} stopped by an error", jobId, e);
            store.finish(jobId, State.ABORTED, clock.instant(), e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    /** Row outcomes on their way to the store, written in batches (and the counters with them). */
    private final class ResultBuffer {

        private final String jobId;
        private final List<RowResult> pending = new ArrayList<>();
        private long lastFlush = System.nanoTime();

        ResultBuffer(String jobId) {
            this.jobId = jobId;
        }

        synchronized void add(RowResult result) {
            pending.add(result);
            if (pending.size() >= settings.flushRows() || System.nanoTime() - lastFlush > 1_000_000_000L) {
                flush();
            }
        }

        synchronized void flush() {
            store.record(jobId, List.copyOf(pending));
            pending.clear();
            lastFlush = System.nanoTime();
        }
    }

    private int leaseSeconds() {
        return (int) Math.max(1, settings.lease().toSeconds());
    }

    // ---- lifecycle ----

    @Override
    public void start() {
        stopping = false;
        jobExecutor = Executors.newFixedThreadPool(settings.jobThreads(), r -> {
            Thread thread = new Thread(r, "sk-import-job");
            thread.setDaemon(true);
            return thread;
        });
        leases = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "sk-import-leases");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, settings.leaseCheck().toMillis());
        leases.scheduleWithFixedDelay(() -> {
            try {
                resumeAbandoned();
            } catch (RuntimeException e) {
                log.warn("Checking import jobs failed: {}", e.toString());
            }
        }, 0, period, TimeUnit.MILLISECONDS);
        running = true;
    }

    /** Stops between rows; unfinished jobs keep their recorded rows and are taken over at once by the next service. */
    @Override
    public void stop() {
        stopping = true;
        leases.shutdownNow();
        jobExecutor.shutdown();
        try {
            if (!jobExecutor.awaitTermination(20, TimeUnit.SECONDS)) {
                jobExecutor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            store.renewLeases(owner, 0);
        } catch (RuntimeException e) {
            log.debug("Could not release import leases: {}", e.toString());
        }
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Stops before the command bus and the database pool stop, starts after them. */
    @Override
    public int getPhase() {
        return Integer.MAX_VALUE - 1000;
    }
}
