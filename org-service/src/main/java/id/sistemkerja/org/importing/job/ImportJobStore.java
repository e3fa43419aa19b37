package id.sistemkerja.org.importing.job;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.org.importing.sheet.AgencyFileReader.Upload;
import id.sistemkerja.platform.security.Actor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Import jobs in the service's PostgreSQL database: the job with its counters and lease, the uploaded files (so a job
 * resumes after a restart from the file it was given) and every row's outcome. Each batch of row outcomes and the
 * counters move in one transaction, so the progress a caller reads is the progress that is recorded.
 */
public class ImportJobStore {

    /** A job as stored. */
    public record JobRecord(String jobId, String agencyId, ImportJobs.Mode mode, ImportJobs.State state, Actor actor,
                            List<String> fileNames, Map<String, Integer> sheetRows, List<String> notes, int rowsTotal,
                            int rowsDone, Map<RowOutcome, Integer> outcomes, int resumed, Instant submittedAt,
                            Instant startedAt, Instant finishedAt, String error) {
    }

    private static final TypeReference<List<ImportProblem>> PROBLEMS = new TypeReference<>() {
    };
    private static final TypeReference<Map<String, Integer>> SHEET_ROWS = new TypeReference<>() {
    };

    /** The sheets in import order, as a PostgreSQL array literal (results are listed in this order). */
    private static final String SHEET_ORDER = "{" + String.join(",", Arrays.stream(
            id.sistemkerja.org.importing.sheet.Sheet.values()).map(id.sistemkerja.org.importing.sheet.Sheet::sheetName)
            .toList()) + "}";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final ObjectMapper json;

    public ImportJobStore(JdbcTemplate jdbc, TransactionTemplate transactions, ObjectMapper json) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.json = json;
    }

    public void createSchema() {
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sk_import_job (
                    job_id          VARCHAR(64)  PRIMARY KEY,
                    agency_id       VARCHAR(128) NOT NULL,
                    mode            VARCHAR(16)  NOT NULL,
                    state           VARCHAR(16)  NOT NULL,
                    actor_subject   VARCHAR(255) NOT NULL,
                    actor_name      VARCHAR(255),
                    actor_agency    VARCHAR(128),
                    actor_unit      VARCHAR(255),
                    actor_roles     TEXT         NOT NULL,
                    actor_issuer    VARCHAR(512),
                    file_names      TEXT         NOT NULL,
                    sheet_rows      TEXT         NOT NULL,
                    notes           TEXT         NOT NULL,
                    rows_total      INT          NOT NULL,
                    rows_done       INT          NOT NULL DEFAULT 0,
                    rows_imported   INT          NOT NULL DEFAULT 0,
                    rows_already    INT          NOT NULL DEFAULT 0,
                    rows_valid      INT          NOT NULL DEFAULT 0,
                    rows_failed     INT          NOT NULL DEFAULT 0,
                    resumed         INT          NOT NULL DEFAULT 0,
                    submitted_at    TIMESTAMPTZ  NOT NULL,
                    started_at      TIMESTAMPTZ,
                    finished_at     TIMESTAMPTZ,
                    lease_owner     VARCHAR(64),
                    lease_until     TIMESTAMPTZ,
                    error           TEXT
                )""");
        jdbc.execute("CREATE INDEX IF NOT EXISTS sk_import_job_agency ON sk_import_job (agency_id, submitted_at)");
        // tables created before the issuer was kept (the actor of a job resumed after a restart keeps it, M3)
        jdbc.execute("ALTER TABLE sk_import_job ADD COLUMN IF NOT EXISTS actor_issuer VARCHAR(512)");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sk_import_file (
                    job_id    VARCHAR(64)  NOT NULL,
                    part      INT          NOT NULL,
                    file_name VARCHAR(255) NOT NULL,
                    content   BYTEA        NOT NULL,
                    PRIMARY KEY (job_id, part)
                )""");
        jdbc.execute("""
                CREATE TABLE IF NOT EXISTS sk_import_row (
                    job_id   VARCHAR(64)  NOT NULL,
                    sheet    VARCHAR(32)  NOT NULL,
                    row_no   INT          NOT NULL,
                    row_key  TEXT,
                    outcome  VARCHAR(24)  NOT NULL,
                    problems TEXT,
                    PRIMARY KEY (job_id, sheet, row_no)
                )""");
    }

    void insert(JobRecord job, List<Upload> files) {
        transactions.executeWithoutResult(status -> {
            Actor actor = job.actor();
            jdbc.update("""
                    INSERT INTO sk_import_job (job_id, agency_id, mode, state, actor_subject, actor_name, actor_agency,
                        actor_unit, actor_roles, actor_issuer, file_names, sheet_rows, notes, rows_total, submitted_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    job.jobId(), job.agencyId(), job.mode().name(), job.state().name(), actor.subject(), actor.name(),
                    actor.agencyId(), actor.unitId(), String.join(",", actor.sortedRoles()), actor.issuer(),
                    String.join("\n", job.fileNames()), write(job.sheetRows()), String.join("\n", job.notes()),
                    job.rowsTotal(), Timestamp.from(job.submittedAt()));
            for (int i = 0; i < files.size(); i++) {
                jdbc.update("INSERT INTO sk_import_file (job_id, part, file_name, content) VALUES (?, ?, ?, ?)",
                        job.jobId(), i, files.get(i).fileName(), files.get(i).content());
            }
        });
    }

    /**
     * Takes the job for {@code owner} when nobody holds a live lease on it (a job whose holder stopped or died
     * without finishing is taken over once its lease ran out). The lease uses the database clock: it is about
     * processes, not about the dates acts take effect.
     */
    boolean claim(String jobId, String owner, int leaseSeconds) {
        return jdbc.update("""
                UPDATE sk_import_job SET lease_owner = ?, lease_until = now() + make_interval(secs => ?)
                WHERE job_id = ? AND state IN ('QUEUED', 'RUNNING')
                  AND (lease_owner IS NULL OR lease_owner = ? OR lease_until < now())""",
                owner, leaseSeconds, jobId, owner) == 1;
    }

    /** Jobs not finished whose lease ran out (their holder stopped), oldest first. */
    List<String> abandoned() {
        return jdbc.queryForList("""
                SELECT job_id FROM sk_import_job WHERE state IN ('QUEUED', 'RUNNING')
                  AND (lease_owner IS NULL OR lease_until < now()) ORDER BY submitted_at""", String.class);
    }

    void renewLeases(String owner, int leaseSeconds) {
        jdbc.update("""
                UPDATE sk_import_job SET lease_until = now() + make_interval(secs => ?)
                WHERE lease_owner = ? AND state IN ('QUEUED', 'RUNNING')""", leaseSeconds, owner);
    }

    /** The job starts running (again, after a restart: {@code resumed} counts the times). */
    void started(String jobId, Instant at, boolean resumed) {
        jdbc.update("""
                UPDATE sk_import_job SET state = 'RUNNING', started_at = COALESCE(started_at, ?),
                    resumed = resumed + ?
                WHERE job_id = ?""", Timestamp.from(at), resumed ? 1 : 0, jobId);
    }

    /** A dry run starts over after a restart: its sandbox was in memory. */
    void forgetResults(String jobId) {
        transactions.executeWithoutResult(status -> {
            jdbc.update("DELETE FROM sk_import_row WHERE job_id = ?", jobId);
            jdbc.update("""
                    UPDATE sk_import_job SET rows_done = 0, rows_imported = 0, rows_already = 0, rows_valid = 0,
                        rows_failed = 0 WHERE job_id = ?""", jobId);
        });
    }

    /** Records row outcomes and moves the counters by the rows actually added, in one transaction. */
    void record(String jobId, List<RowResult> results) {
        if (results.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            int[] inserted = jdbc.batchUpdate("""
                    INSERT INTO sk_import_row (job_id, sheet, row_no, row_key, outcome, problems)
                    VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", results, results.size(), (ps, r) -> {
                ps.setString(1, jobId);
                ps.setString(2, r.sheet());
                ps.setInt(3, r.row());
                ps.setString(4, r.key());
                ps.setString(5, r.outcome().name());
                ps.setString(6, r.problems().isEmpty() ? null : write(r.problems()));
            })[0];
            Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
            for (int i = 0; i < results.size(); i++) {
                if (inserted[i] != 0) {
                    counts.merge(results.get(i).outcome(), 1, Integer::sum);
                }
            }
            int done = counts.values().stream().mapToInt(Integer::intValue).sum();
            jdbc.update("""
                    UPDATE sk_import_job SET rows_done = rows_done + ?, rows_imported = rows_imported + ?,
                        rows_already = rows_already + ?, rows_valid = rows_valid + ?, rows_failed = rows_failed + ?
                    WHERE job_id = ?""", done, counts.getOrDefault(RowOutcome.IMPORTED, 0),
                    counts.getOrDefault(RowOutcome.ALREADY_IMPORTED, 0), counts.getOrDefault(RowOutcome.VALID, 0),
                    counts.getOrDefault(RowOutcome.FAILED, 0), jobId);
        });
    }

    void finish(String jobId, ImportJobs.State state, Instant at, String error) {
        jdbc.update("""
                UPDATE sk_import_job SET state = ?, finished_at = ?, error = ?, lease_owner = NULL, lease_until = NULL
                WHERE job_id = ?""", state.name(), Timestamp.from(at), error, jobId);
    }

    public java.util.Optional<JobRecord> job(String jobId) {
        return jdbc.query("SELECT * FROM sk_import_job WHERE job_id = ?", jobMapper(), jobId).stream().findFirst();
    }

    public List<JobRecord> jobs(String agencyId, int limit) {
        return jdbc.query("SELECT * FROM sk_import_job WHERE agency_id = ? ORDER BY submitted_at DESC LIMIT ?",
                jobMapper(), agencyId, limit);
    }

    List<Upload> files(String jobId) {
        return jdbc.query("SELECT file_name, content FROM sk_import_file WHERE job_id = ? ORDER BY part",
                (rs, i) -> new Upload(rs.getString(1), rs.getBytes(2)), jobId);
    }

    /**
     * Row outcomes in sheet order (import order) then row order, from {@code offset}, at most {@code limit};
     * {@code outcome} and {@code sheet} filter when given.
     */
    public List<RowResult> results(String jobId, RowOutcome outcome, String sheet, long offset, int limit) {
        StringBuilder sql = new StringBuilder("SELECT sheet, row_no, row_key, outcome, problems FROM sk_import_row "
                + "WHERE job_id = ?");
        List<Object> args = new ArrayList<>(List.of(jobId));
        if (outcome != null) {
            sql.append(" AND outcome = ?");
            args.add(outcome.name());
        }
        if (sheet != null) {
            sql.append(" AND sheet = ?");
            args.add(sheet);
        }
        sql.append(" ORDER BY array_position(?::text[], sheet::text), row_no OFFSET ? LIMIT ?");
        args.add(SHEET_ORDER);
        args.add(offset);
        args.add(limit);
        return jdbc.query(sql.toString(), (rs, i) -> new RowResult(rs.getString(1), rs.getInt(2), rs.getString(3),
                RowOutcome.valueOf(rs.getString(4)), read(rs.getString(5))), args.toArray());
    }

    /** Recorded outcomes by {@code sheet:row}, for a job that resumes. */
    Map<String, RowResult> recorded(String jobId) {
        Map<String, RowResult> recorded = new LinkedHashMap<>();
        for (RowResult result : results(jobId, null, null, 0, Integer.MAX_VALUE)) {
            recorded.put(result.sheet() + ":" + result.row(), result);
        }
        return recorded;
    }

    private RowMapper<JobRecord> jobMapper() {
        return (rs, i) -> {
            Map<RowOutcome, Integer> outcomes = new EnumMap<>(RowOutcome.class);
            outcomes.put(RowOutcome.IMPORTED, rs.getInt("rows_imported"));
            outcomes.put(RowOutcome.ALREADY_IMPORTED, rs.getInt("rows_already"));
            outcomes.put(RowOutcome.VALID, rs.getInt("rows_valid"));
            outcomes.put(RowOutcome.FAILED, rs.getInt("rows_failed"));
            Actor actor = new Actor(rs.getString("actor_subject"), rs.getString("actor_name"),
                    rs.getString("actor_agency"), rs.getString("actor_unit"),
                    new LinkedHashSet<>(lines(rs.getString("actor_roles"), ",")), rs.getString("actor_issuer"), false);
            return new JobRecord(rs.getString("job_id"), rs.getString("agency_id"),
                    ImportJobs.Mode.valueOf(rs.getString("mode")), ImportJobs.State.valueOf(rs.getString("state")),
                    actor, lines(rs.getString("file_names"), "\n"), readSheetRows(rs.getString("sheet_rows")),
                    lines(rs.getString("notes"), "\n"), rs.getInt("rows_total"), rs.getInt("rows_done"), outcomes,
                    rs.getInt("resumed"), instant(rs.getTimestamp("submitted_at")),
                    instant(rs.getTimestamp("started_at")), instant(rs.getTimestamp("finished_at")),
                    rs.getString("error"));
        };
    }

    private static List<String> lines(String text, String separator) {
        return text == null || text.isEmpty() ? List.of() : List.of(text.split(separator));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<ImportProblem> read(String text) {
        if (text == null) {
            return List.of();
        }
        try {
            return json.readValue(text, PROBLEMS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Map<String, Integer> readSheetRows(String text) {
        try {
            return json.readValue(text, SHEET_ROWS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
