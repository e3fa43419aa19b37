package id.sistemkerja.org.importing.web;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.config.ImportConfiguration.ImportProperties;
import id.sistemkerja.org.importing.export.AgencyExport;
import id.sistemkerja.org.importing.job.ImportJobStore.JobRecord;
import id.sistemkerja.org.importing.job.ImportJobs;
import id.sistemkerja.org.importing.job.ImportProblem;
import id.sistemkerja.org.importing.job.RowOutcome;
import id.sistemkerja.org.importing.job.RowResult;
import id.sistemkerja.org.importing.sheet.AgencyFileReader.Upload;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter.Format;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter.Table;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.platform.web.Blocking;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.core.ResolvableType;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.multipart.DefaultPartHttpMessageReader;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Bulk import and export of an agency (docs/import.md): upload a workbook or CSV files, follow the job's progress,
 * download every row's outcome; a dry run reports every problem without recording anything; the export writes the
 * agency in the same format.
 */
@RestController
@RequestMapping("/api/v1/agencies/{agencyId}")
@Tag(name = "Bulk import and export (impor dan ekspor data instansi)")
public class ImportController {

    /** Most rows one JSON page lists (the result file lists all). */
    static final int MAX_PAGE = 10_000;
    /** Most parts in one upload: one per sheet and a few more. */
    static final int MAX_PARTS = 32;

    private final ImportJobs jobs;
    private final AgencyExport export;
    private final ImportProperties properties;

    public ImportController(ImportJobs jobs, AgencyExport export, ImportProperties properties) {
        this.jobs = jobs;
        this.export = export;
        this.properties = properties;
    }

    @Schema(description = "Rows of an import job by outcome")
    public record Rows(@Schema(description = "Data rows in the file (all sheets)") int total,
                       @Schema(description = "Rows with an outcome so far") int done,
                       @Schema(description = "Recorded by this job") int imported,
                       @Schema(description = "Found recorded already with the same values: nothing recorded")
                       int alreadyImported,
                       @Schema(description = "Dry run: would be recorded") int valid,
                       @Schema(description = "Refused; see the result for why") int failed) {
    }

    @Schema(description = "An import job (or dry run) and its progress")
    public record JobView(String jobId, String agencyId,
                          @Schema(description = "IMPORT records the acts; DRY_RUN only checks them") ImportJobs.Mode mode,
                          @Schema(description = "QUEUED, RUNNING, COMPLETED or ABORTED") ImportJobs.State state,
                          @Schema(description = "Who submitted it (the acts are recorded as theirs)") String submittedBy,
                          List<String> files,
                          @Schema(description = "Data rows per sheet") Map<String, Integer> sheets,
                          @Schema(description = "Sheets and columns the reader ignored") List<String> notes,
                          Rows rows,
                          @Schema(description = "Share of rows done, 0-100") int percentDone,
                          @Schema(description = "Times the job was taken over after its service stopped") int resumed,
                          Instant submittedAt, Instant startedAt, Instant finishedAt,
                          @Schema(description = "Why an ABORTED job stopped") String error,
                          @Schema(description = "Links: self, result, problems") Map<String, String> links) {

        static JobView of(JobRecord job) {
            String self = "/api/v1/agencies/" + job.agencyId() + "/imports/" + job.jobId();
            Rows rows = new Rows(job.rowsTotal(), job.rowsDone(), count(job, RowOutcome.IMPORTED),
                    count(job, RowOutcome.ALREADY_IMPORTED), count(job, RowOutcome.VALID),
                    count(job, RowOutcome.FAILED));
            return new JobView(job.jobId(), job.agencyId(), job.mode(), job.state(), job.actor().subject(),
                    job.fileNames(), job.sheetRows(), job.notes(), rows,
                    job.rowsTotal() == 0 ? 100 : (int) (100L * job.rowsDone() / job.rowsTotal()), job.resumed(),
                    job.submittedAt(), job.startedAt(), job.finishedAt(), job.error(),
                    Map.of("self", self, "result", self + "/result", "problems", self + "/problems"));
        }

        private static int count(JobRecord job, RowOutcome outcome) {
            return job.outcomes().getOrDefault(outcome, 0);
        }
    }

    // no `consumes`: a request that is not multipart is weighed by role and agency first (403), then refused for the
    // missing part (400), rather than answered 415 before anyone asked who sent it
    @PostMapping("/imports")
    @Operation(summary = "Import an agency file (impor data instansi): structure, job maps, employees, appointments, "
            + "placements, profile bindings",
            description = "Multipart part(s) `file`: an .xlsx workbook with one sheet per kind, CSV files named after "
                    + "their sheet (employees.csv, ...) or a .zip of them (docs/import.md). Answers 202 with the job; "
                    + "rows are imported in the background as the same commands the API sends, by the caller (agency "
                    + "from the token; AGENCY_ADMIN and/or STAFFING_AUTHORITY: each act checks its own role, a "
                    + "placement needs STAFFING_AUTHORITY). A row already recorded with the same values is not "
                    + "recorded again (ALREADY_IMPORTED), so running a file twice creates nothing. `dryRun=true` checks "
                    + "every row the same way against a sandbox and records nothing. A file that cannot be read is "
                    + "refused at once (400). The request may carry up to sikerja.import.max-upload-size (32 MB by "
                    + "default; every other request 1 MB), at the gateway too.")
    @ApiResponse(responseCode = "202", description = "Accepted: the job, with links to follow it")
    @ApiResponse(responseCode = "413", description = "The upload is larger than sikerja.import.max-upload-size",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
            mediaType = MediaType.MULTIPART_FORM_DATA_VALUE, schema = @Schema(implementation = UploadForm.class)))
    public Mono<ResponseEntity<JobView>> submit(
            @PathVariable String agencyId,
            @Parameter(description = "Check every row and record nothing (uji coba)")
            @RequestParam(defaultValue = "false") boolean dryRun,
            CallContext context, ServerWebExchange exchange) {
        // before reading a byte of the upload: the caller acts for the agency as its administrator or PPK
        Access.requireAgencyRole(context.actor(), agencyId, Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY);
        MediaType type = exchange.getRequest().getHeaders().getContentType();
        if (type == null || !MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
            throw ProblemException.invalid("file", "send the agency file as multipart/form-data part \"file\" "
                    + "(.xlsx, .csv or .zip; docs/import.md)");
        }
        int limit = (int) Math.min(Integer.MAX_VALUE, properties.maxUploadSize().toBytes());
        return parts(exchange, limit)
                .filter(part -> part instanceof FilePart && "file".equals(part.name()))
                .cast(FilePart.class)
                .concatMap(part -> DataBufferUtils.join(part.content(), limit)
                        .map(buffer -> {
                            byte[] bytes = new byte[buffer.readableByteCount()];
                            buffer.read(bytes);
                            DataBufferUtils.release(buffer);
                            return new Upload(part.filename(), bytes);
                        })
                        .defaultIfEmpty(new Upload(part.filename(), new byte[0])))
                .onErrorMap(DataBufferLimitException.class, e -> new ResponseStatusException(
                        HttpStatus.PAYLOAD_TOO_LARGE, "The import upload is larger than "
                        + properties.maxUploadSize()))
                .collectList()
                .flatMap(uploads -> Blocking.mono(() -> jobs.submit(agencyId,
                        dryRun ? ImportJobs.Mode.DRY_RUN : ImportJobs.Mode.IMPORT, uploads, context)))
                .map(job -> ResponseEntity.accepted()
                        .location(URI.create("/api/v1/agencies/" + agencyId + "/imports/" + job.jobId()))
                        .body(JobView.of(job)));
    }

    /**
     * The parts of the upload, read from the request as the filters left it, bounded and in memory. Not
     * {@code @RequestPart}: that reads the exchange's multipart data, which Spring ties to the request as it arrived,
     * so the import's own size bound ({@link ImportUploadLimitFilter}) and the idempotency filter's replay of a keyed
     * body would not apply (spring-framework#32949).
     */
    private static Flux<Part> parts(ServerWebExchange exchange, int limit) {
        DefaultPartHttpMessageReader reader = new DefaultPartHttpMessageReader();
        reader.setMaxInMemorySize(limit);
        reader.setMaxParts(MAX_PARTS);
        return reader.read(ResolvableType.forClass(Part.class), exchange.getRequest(), Map.of());
    }

    @Schema(description = "The import upload: one or more parts named file")
    record UploadForm(@Schema(type = "string", format = "binary", description = "The agency file: .xlsx, .csv "
            + "(named after its sheet) or .zip of CSV files; several parts allowed") String file) {
    }

    @GetMapping("/imports")
    @Operation(summary = "The agency's import jobs (riwayat impor), latest first (at most 50)")
    public Mono<List<JobView>> list(@PathVariable String agencyId, CallContext context) {
        return Blocking.mono(() -> jobs.jobs(agencyId, context.actor()).stream().map(JobView::of).toList());
    }

    @GetMapping("/imports/{jobId}")
    @Operation(summary = "An import job and its progress (kemajuan impor): rows done of total, imported, failed")
    public Mono<JobView> job(@PathVariable String agencyId, @PathVariable String jobId, CallContext context) {
        return Blocking.mono(() -> JobView.of(jobs.job(agencyId, jobId, context.actor())));
    }

    @GetMapping("/imports/{jobId}/problems")
    @Operation(summary = "Every problem of an import job or dry run (daftar masalah), by sheet and row",
            description = "One entry per problem: sheet, row (as Excel shows it; the header is row 1), column, value, "
                    + "problem type, ruleId (a rule of RULES.md with its article, or one of the file's own checks "
                    + "IMPORT-COLUMN, IMPORT-VALUE, IMPORT-DUPLICATE, IMPORT-REFERENCE, IMPORT-DEPENDS, IMPORT-EXISTS) "
                    + "and message. Paged by failed row (offset, limit).")
    public Mono<List<ImportProblem>> problems(@PathVariable String agencyId, @PathVariable String jobId,
                                              @Parameter(description = "First failed row to list (0-based)")
                                              @RequestParam(defaultValue = "0") long offset,
                                              @Parameter(description = "Failed rows to list, at most " + MAX_PAGE)
                                              @RequestParam(defaultValue = "1000") int limit,
                                              CallContext context) {
        int page = page(limit);
        return Blocking.mono(() -> jobs.results(agencyId, jobId, RowOutcome.FAILED, null, offset, page,
                context.actor()).stream().flatMap(r -> r.problems().stream()).toList());
    }

    @GetMapping("/imports/{jobId}/result")
    @Operation(summary = "The outcome of every row of an import job (hasil impor), as JSON or a downloadable file",
            description = "format=json (default; pages of offset/limit rows), csv (a .zip with results.csv) or xlsx "
                    + "(every row). Filters: outcome (IMPORTED, ALREADY_IMPORTED, VALID, FAILED), sheet.")
    @ApiResponse(responseCode = "200", description = "The rows' outcomes", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON_VALUE),
            @Content(mediaType = "application/zip"),
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")})
    public Mono<ResponseEntity<Object>> result(@PathVariable String agencyId, @PathVariable String jobId,
                                               @RequestParam(defaultValue = "json") String format,
                                               @RequestParam(required = false) RowOutcome outcome,
                                               @RequestParam(required = false) String sheet,
                                               @Parameter(description = "JSON: first row to list (0-based)")
                                               @RequestParam(defaultValue = "0") long offset,
                                               @Parameter(description = "JSON: rows to list, at most " + MAX_PAGE
                                                       + "; a file lists every row")
                                               @RequestParam(defaultValue = "1000") int limit,
                                               CallContext context) {
        String wanted = format.toLowerCase(Locale.ROOT);
        Format file = "json".equals(wanted) ? null : format(wanted);
        int page = file == null ? page(limit) : Integer.MAX_VALUE;
        return Blocking.mono(() -> {
            List<RowResult> results = jobs.results(agencyId, jobId, outcome, sheet, offset, page, context.actor());
            if (file == null) {
                return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body((Object) results);
            }
            return download(file, "import-" + jobId + "-result", List.of(resultTable(results)));
        });
    }

    @GetMapping("/export")
    @Operation(summary = "Export the agency (ekspor data instansi) in the import format",
            description = "Every sheet of docs/import.md: profile bindings, departments, units, positions, employees, "
                    + "all appointments and placements. format=xlsx (default) or csv (a .zip of one CSV per sheet). "
                    + "Importing the file again records nothing. Read from the read model (a moment behind the "
                    + "latest acts). By AGENCY_ADMIN, STAFFING_AUTHORITY or AUDITOR of the agency.")
    @ApiResponse(responseCode = "200", description = "The agency file", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "application/zip")})
    public Mono<ResponseEntity<Object>> export(@PathVariable String agencyId,
                                               @RequestParam(defaultValue = "xlsx") String format,
                                               CallContext context) {
        Access.requireAgencyRole(context.actor(), agencyId, Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY,
                Roles.AUDITOR);
        Format file = format(format.toLowerCase(Locale.ROOT));
        return Blocking.mono(() -> download(file, agencyId, export.tables(agencyId)));
    }

    @GetMapping("/import-template")
    @Operation(summary = "An empty agency file to fill in (templat impor), with a sheet describing every column",
            description = "format=xlsx (default) or csv (a .zip). Every cell is formatted as text, so a NIP keeps its "
                    + "18 digits. The description sheet (columns) is ignored on import.")
    @ApiResponse(responseCode = "200", description = "The template", content = {
            @Content(mediaType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
            @Content(mediaType = "application/zip")})
    public Mono<ResponseEntity<Object>> template(@PathVariable String agencyId,
                                                 @RequestParam(defaultValue = "xlsx") String format,
                                                 CallContext context) {
        Access.requireAgency(context.actor(), agencyId);
        Format file = format(format.toLowerCase(Locale.ROOT));
        List<Table> tables = new ArrayList<>();
        List<String[]> columns = new ArrayList<>();
        for (Sheet sheet : Sheet.values()) {
            tables.add(new Table(sheet.sheetName(), sheet.headers(), List.of()));
            for (Sheet.Column column : sheet.columns()) {
                columns.add(new String[]{sheet.sheetName(), column.name(), column.required() ? "yes" : "no",
                        column.meaning(), column.example()});
            }
        }
        tables.add(new Table("columns", List.of("sheet", "column", "required", "meaning", "example"), columns));
        return Blocking.mono(() -> download(file, "import-template", tables));
    }

    private static int page(int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw ProblemException.invalid("limit", "limit is 1 to " + MAX_PAGE + ", not " + limit);
        }
        return limit;
    }

    private static Format format(String format) {
        return switch (format) {
            case "xlsx" -> Format.XLSX;
            case "csv", "zip" -> Format.CSV;
            default -> throw ProblemException.invalid("format", "format must be xlsx or csv (json for results), not "
                    + format);
        };
    }

    private static ResponseEntity<Object> download(Format format, String name, List<Table> tables) {
        byte[] bytes = AgencyFileWriter.write(format, tables);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(format.mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name + format.extension()).build().toString())
                .body(bytes);
    }

    /** One line per problem (a row without problems: one line), so the file filters and sorts in Excel. */
    private static Table resultTable(List<RowResult> results) {
        List<String[]> rows = new ArrayList<>();
        for (RowResult r : results) {
            if (r.problems().isEmpty()) {
                rows.add(new String[]{r.sheet(), String.valueOf(r.row()), r.key(), r.outcome().name(), null, null, null,
                        null, null});
            }
            for (ImportProblem p : r.problems()) {
                rows.add(new String[]{r.sheet(), String.valueOf(r.row()), r.key(), r.outcome().name(), p.column(),
                        p.value(), p.ruleId(), p.article(), p.message()});
            }
        }
        return new Table("results", List.of("sheet", "row", "key", "outcome", "column", "value", "ruleId", "article",
                "message"), rows);
    }
}
