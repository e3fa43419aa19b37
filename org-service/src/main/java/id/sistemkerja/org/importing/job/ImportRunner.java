package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.importing.job.ImportActs.ImportContext;
import id.sistemkerja.org.importing.job.ImportPlan.PlannedRow;
import id.sistemkerja.org.importing.job.ImportPlan.Ref;
import id.sistemkerja.org.importing.job.StoredRecords.Different;
import id.sistemkerja.org.importing.job.StoredRecords.Presence;
import id.sistemkerja.org.importing.job.StoredRecords.Same;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/**
 * Runs an {@link ImportPlan}: for each row, in the plan's order, the file's checks (values, duplicates, references to
 * rows that failed or records that do not exist), then whether its record is stored already, then the act itself,
 * sent as the command the API sends (to the service's command bus, or a dry run's sandbox). Every refusal becomes the
 * row's problems with the rule id and article the act gave.
 */
final class ImportRunner {

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    /** Where the acts go. */
    interface CommandSink {

        /** Sends {@code command} and waits for its outcome; a refusal is thrown. */
        void send(Object command);
    }

    /** Told every row's outcome, from any worker thread. */
    interface Listener {

        void finished(RowResult result);
    }

    private final ImportPlan plan;
    private final ImportContext context;
    private final Actor actor;
    private final StoredRecords stored;
    private final CommandSink sink;
    private final boolean dryRun;
    private final int parallelism;
    private final Map<String, String> failedKeys = new ConcurrentHashMap<>();
    private final Set<String> doneKeys = ConcurrentHashMap.newKeySet();

    ImportRunner(ImportPlan plan, ImportContext context, Actor actor, StoredRecords stored, CommandSink sink,
                 boolean dryRun, int parallelism) {
        this.plan = plan;
        this.context = context;
        this.actor = actor;
        this.stored = stored;
        this.sink = sink;
        this.dryRun = dryRun;
        this.parallelism = Math.max(1, parallelism);
    }

    /**
     * Runs every row not in {@code recorded} (the outcomes a resumed job has already recorded, by
     * {@code sheet:row}); stops between rows when {@code stop} says so.
     *
     * @return false when stopped before the end
     */
    boolean run(Map<String, RowResult> recorded, Listener listener, BooleanSupplier stop) throws InterruptedException {
        recorded.values().forEach(this::remember);
        ExecutorService workers = parallelism == 1 ? null : Executors.newFixedThreadPool(parallelism, r -> {
            Thread thread = new Thread(r, "sk-import-" + context.jobId().substring(0, 8));
            thread.setDaemon(true);
            return thread;
        });
        try {
            for (ImportPlan.Step step : plan.steps()) {
                if (stop.getAsBoolean()) {
                    return false;
                }
                List<Runnable> groups = new ArrayList<>();
                for (List<PlannedRow> group : step.groups()) {
                    groups.add(() -> {
                        for (PlannedRow row : group) {
                            if (stop.getAsBoolean()) {
                                return;
                            }
                            if (!recorded.containsKey(rowId(row))) {
                                RowResult result = runRow(row);
                                remember(result);
                                listener.finished(result);
                            }
                        }
                    });
                }
                if (workers == null) {
                    groups.forEach(Runnable::run);
                } else {
                    List<Future<?>> futures = new ArrayList<>();
                    groups.forEach(g -> futures.add(workers.submit(g)));
                    for (Future<?> future : futures) {
                        try {
                            future.get();
                        } catch (ExecutionException e) {
                            throw new IllegalStateException("import step " + step.name() + " failed", e.getCause());
                        }
                    }
                }
            }
            return !stop.getAsBoolean();
        } finally {
            if (workers != null) {
                workers.shutdownNow();
            }
        }
    }

    static String rowId(PlannedRow row) {
        return row.sheetName() + ":" + row.source().row();
    }

    private void remember(RowResult result) {
        if (result.key() == null) {
            return;
        }
        // a later duplicate has no key: it fails without taking the first row's record down with it
        if (result.outcome() == RowOutcome.FAILED) {
            failedKeys.putIfAbsent(result.key(), result.sheet() + " row " + result.row());
        } else {
            doneKeys.add(result.key());
        }
    }

    private RowResult runRow(PlannedRow row) {
        try {
            List<ImportProblem> problems = new ArrayList<>(row.problems());
            if (problems.isEmpty()) {
                problems.addAll(referenceProblems(row));
            }
            if (!problems.isEmpty() || row.act() == null) {
                return result(row, RowOutcome.FAILED, problems);
            }
            Presence presence = row.act().presence(stored, context);
            if (presence instanceof Same same) {
                return result(row, !dryRun && context.jobId().equals(same.correlationId()) ? RowOutcome.IMPORTED
                        : RowOutcome.ALREADY_IMPORTED, List.of());
            }
            if (presence instanceof Different different) {
                return result(row, RowOutcome.FAILED, List.of(problem(row, different.column(), ImportCheck.EXISTS,
                        different.message())));
            }
            sink.send(row.act().command(actor, context));
            return result(row, dryRun ? RowOutcome.VALID : RowOutcome.IMPORTED, List.of());
        } catch (RuntimeException e) {
            return result(row, RowOutcome.FAILED, problemsOf(e, row));
        }
    }

    private List<ImportProblem> referenceProblems(PlannedRow row) {
        List<ImportProblem> problems = new ArrayList<>();
        for (Ref ref : row.references()) {
            // a record that exists serves its references, even when the file's row for it failed (say, on a column)
            if (doneKeys.contains(ref.key()) || stored.exists(ref.key())) {
                continue;
            }
            String failed = failedKeys.get(ref.key());
            String id = ref.key().substring(ref.key().indexOf(':') + 1);
            problems.add(failed != null
                    ? problem(row, ref.column(), ImportCheck.DEPENDS, ref.column() + " " + id + " is " + failed
                            + ", which failed")
                    : problem(row, ref.column(), ImportCheck.REFERENCE, ref.column() + " " + id
                            + " is neither in the file nor in the agency"));
        }
        for (Ref after : row.after()) {
            String failed = failedKeys.get(after.key());
            if (failed != null) {
                problems.add(problem(row, after.column(), ImportCheck.DEPENDS, "the act builds on " + failed
                        + ", which failed"));
            }
        }
        return problems;
    }

    private static ImportProblem problem(PlannedRow row, String column, ImportCheck check, String message) {
        return ImportProblem.of(row.source().sheet(), row.source().row(), column,
                column == null ? null : row.source().value(column), check, message);
    }

    private static RowResult result(PlannedRow row, RowOutcome outcome, List<ImportProblem> problems) {
        return new RowResult(row.sheetName(), row.source().row(), row.ownsKey() ? row.key() : null, outcome, problems);
    }

    /** A refusal of the act as the row's problems: one per violation, on the column the violated field is. */
    static List<ImportProblem> problemsOf(Throwable thrown, PlannedRow row) {
        Throwable failure = unwrap(thrown);
        Sheet sheet = row.source().sheet();
        int number = row.source().row();
        List<ImportProblem> problems = new ArrayList<>();
        if (failure instanceof ProblemException p) {
            if (p.violations().isEmpty()) {
                problems.add(new ImportProblem(sheet.sheetName(), number, null, null, p.kind().slug(), null, null,
                        p.getMessage()));
            }
            for (Violation v : p.violations()) {
                String column = columnOf(sheet, v.field());
                problems.add(new ImportProblem(sheet.sheetName(), number, column,
                        column == null ? null : row.source().value(column), p.kind().slug(), v.ruleId(), v.article(),
                        v.message()));
            }
            return problems;
        }
        if (failure instanceof AggregateStreamCreationException) {
            problems.add(problem(row, null, ImportCheck.EXISTS, "a record with this id exists already"));
        } else if (failure instanceof ConcurrencyException) {
            problems.add(new ImportProblem(sheet.sheetName(), number, null, null, "conflict", null, null,
                    "the record was changed at the same time by another act; run the import again"));
        } else if (failure instanceof AggregateNotFoundException notFound) {
            problems.add(new ImportProblem(sheet.sheetName(), number, null, null, "not-found", null, null,
                    "no record with id " + notFound.getAggregateIdentifier()));
        } else {
            log.error("Import row {} failed", rowId(row), failure);
            problems.add(new ImportProblem(sheet.sheetName(), number, null, null, "internal-error", null, null,
                    "the act failed inside the service (" + failure.getClass().getSimpleName() + "); run the import "
                            + "again, and report it if it persists"));
        }
        return problems;
    }

    /** The column a command's field is in: {@code nip.birthDate} is the nip column. */
    private static String columnOf(Sheet sheet, String field) {
        if (field == null) {
            return null;
        }
        String head = field.replaceAll("[.\\[].*$", "");
        return sheet.indexOf(head) >= 0 ? head : null;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        AtomicInteger depth = new AtomicInteger();
        while (current.getCause() != null && depth.incrementAndGet() < 10
                && (current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException || current instanceof EventStoreException
                || current.getClass().getName().startsWith("reactor.core.Exceptions"))) {
            current = current.getCause();
        }
        return current;
    }
}
