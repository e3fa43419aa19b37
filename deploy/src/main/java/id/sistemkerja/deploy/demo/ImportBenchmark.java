package id.sistemkerja.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.deploy.ApiClient;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The bulk import at agency scale: a synthetic agency ({@link SyntheticAgencyGenerator}, the org benchmark's) written
 * as one import file ({@link OrgPlanFile}), then through the API: a dry run, the import with its progress resource
 * followed until done, and the same file again (which must record nothing). Reports file size, times, rows per
 * second and the progress curve.
 * <p>
 * Against a running local system: {@code java -cp deploy/target/sikerja-local.jar
 * -Dloader.main=id.sistemkerja.deploy.demo.ImportBenchmark org.springframework.boot.loader.launch.PropertiesLauncher
 * http://127.0.0.1:8080 [employees] [seed] [xlsx|csv] [import base url]}. The {@code @Tag("benchmark")} test
 * {@code ImportBenchmarkTest} runs the same against the system-test system.
 */
public final class ImportBenchmark {

    /**
     * What to run; {@code importUrl} is where the file is posted (the gateway, or org-service itself); with
     * {@code dryRunOnly} only the dry run (the file through the upload limits and every row checked, in minutes rather
     * than the import's half hour).
     */
    public record Options(int employees, long seed, AgencyFileWriter.Format format, String importUrl,
                          boolean dryRunOnly) {

        public Options(int employees, long seed, AgencyFileWriter.Format format, String importUrl) {
            this(employees, seed, format, importUrl, false);
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ApiClient api;
    private final Options options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    public ImportBenchmark(ApiClient api, Options options) {
        this.api = api;
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        String gateway = args.length > 0 ? args[0] : "http://127.0.0.1:8080";
        Options options = new Options(args.length > 1 ? Integer.parseInt(args[1]) : 15_000,
                args.length > 2 ? Long.parseLong(args[2]) : 42,
                args.length > 3 && args[3].equalsIgnoreCase("csv") ? AgencyFileWriter.Format.CSV
                        : AgencyFileWriter.Format.XLSX, args.length > 4 ? args[4] : gateway);
        List<String> report = new ImportBenchmark(new ApiClient(gateway), options).run().report();
        Path out = Path.of("target", "benchmarks", "import-" + System.currentTimeMillis() + ".txt");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** The report lines, and the last state of each job (dry run, import, re-import; the last two null after a dry run only). */
    public record Result(String agency, List<String> report, JsonNode dryRun, JsonNode imported, JsonNode again) {
    }

    public Result run() throws IOException, InterruptedException {
        String agency = "imp-" + options.seed() + "-" + Long.toString(System.currentTimeMillis(), 36);
        List<String> report = new ArrayList<>();
        line(report, "date " + LocalDateTime.now() + "; gateway " + api.baseUrl() + "; import posted to "
                + options.importUrl() + "; agency " + agency + " (" + options.employees() + " employees, seed "
                + options.seed() + ")");
        OrgPlan plan = SyntheticAgencyGenerator.generate(agency, options.employees(), options.seed());
        long written = System.nanoTime();
        byte[] file = OrgPlanFile.write(plan, options.format());
        line(report, String.format(Locale.ROOT, "file %s: %,d bytes, %,d data rows, written in %.1f s",
                options.format(), file.length, rows(plan), (System.nanoTime() - written) / 1e9));

        String token = api.devToken(plan.adminNip(), agency, "AGENCY_ADMIN", "STAFFING_AUTHORITY");
        ApiClient.Response registered = api.post("/api/v1/agencies", token, Map.of("agencyId", agency, "name",
                "Pemerintah " + agency));
        if (!registered.ok()) {
            throw new IllegalStateException("cannot register " + agency + ": " + registered.body());
        }
        String fileName = agency + options.format().extension();
        JsonNode dryRun = follow(report, "dry run", submit(agency, token, file, fileName, true), agency, token);
        if (options.dryRunOnly()) {
            line(report, "memory of this JVM at the end: " + OrgBenchmark.memory());
            return new Result(agency, report, dryRun, null, null);
        }
        JsonNode imported = follow(report, "import", submit(agency, token, file, fileName, false), agency, token);
        JsonNode again = follow(report, "same file again", submit(agency, token, file, fileName, false), agency,
                token);
        line(report, "memory of this JVM at the end: " + OrgBenchmark.memory());
        return new Result(agency, report, dryRun, imported, again);
    }

    private static long rows(OrgPlan plan) {
        return OrgPlanFile.tables(plan).stream().mapToLong(t -> ((List<?>) t.rows()).size()).sum();
    }

    private JsonNode submit(String agency, String token, byte[] file, String fileName, boolean dryRun)
            throws IOException, InterruptedException {
        String boundary = "sikerja-" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: " + options.format().mediaType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.write(file);
        body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(options.importUrl() + "/api/v1/agencies/" + agency
                        + "/imports" + (dryRun ? "?dryRun=true" : "")))
                .timeout(Duration.ofMinutes(5))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 202) {
            throw new IllegalStateException("import not accepted: " + response.statusCode() + " " + response.body());
        }
        return JSON.readTree(response.body());
    }

    /** Polls the job's progress resource every second until it completed; reports time, rate and the curve. */
    private JsonNode follow(List<String> report, String what, JsonNode accepted, String agency, String token)
            throws InterruptedException {
        long start = System.nanoTime();
        String path = "/api/v1/agencies/" + agency + "/imports/" + accepted.path("jobId").asText();
        List<String> curve = new ArrayList<>();
        int lastDecile = -1;
        JsonNode job;
        while (true) {
            Thread.sleep(1000);
            job = api.get(path, token).json();
            double seconds = (System.nanoTime() - start) / 1e9;
            int decile = job.path("percentDone").asInt() / 10;
            if (decile > lastDecile) {
                curve.add(String.format(Locale.ROOT, "%d%% at %.0f s", job.path("percentDone").asInt(), seconds));
                lastDecile = decile;
            }
            String state = job.path("state").asText();
            if (state.equals("COMPLETED") || state.equals("ABORTED")) {
                break;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        JsonNode rows = job.path("rows");
        line(report, String.format(Locale.ROOT, "%-16s %s in %.1f s = %.1f rows/s; total %d, imported %d, already "
                        + "imported %d, valid %d, failed %d", what, job.path("state").asText(), seconds,
                rows.path("total").asInt() / seconds, rows.path("total").asInt(), rows.path("imported").asInt(),
                rows.path("alreadyImported").asInt(), rows.path("valid").asInt(), rows.path("failed").asInt()));
        line(report, "  progress: " + String.join(", ", curve));
        return job;
    }

    private static void line(List<String> report, String line) {
        System.out.println(line);
        report.add(line);
    }
}
