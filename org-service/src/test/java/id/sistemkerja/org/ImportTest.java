package id.sistemkerja.org;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.org.importing.job.ImportJobs;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestTokens;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;
import reactor.core.publisher.Flux;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Bulk import and export of an agency through the API (issue 17 item 3): a file imports as a job with progress and a
 * per-row result; a dry run reports every planted problem with row, column and rule and records nothing; importing
 * the same file again creates nothing; an export imports back as "already imported".
 */
@SiKerjaServiceTest
class ImportTest {

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    ImportJobs importJobs;

    private OrgTestClient org;
    private String importer;

    @BeforeEach
    void agency() {
        // imports, exports and the read side take their time on a loaded 2-core machine
        web = web.mutate().responseTimeout(Duration.ofSeconds(60)).build();
        org = new OrgTestClient(web, jdbc);
        // the BKPSDM operator records the structure and the employees, the PPK's decree the placements
        importer = TestTokens.token("197801012005011001", org.agency, "AGENCY_ADMIN", "STAFFING_AUTHORITY");
    }

    private String imports() {
        return "/api/v1/agencies/" + org.agency + "/imports";
    }

    private JsonNode submit(String token, MultipartBodyBuilder parts, boolean dryRun) throws IOException {
        String body = web.post().uri(imports() + (dryRun ? "?dryRun=true" : ""))
                .header("Authorization", "Bearer " + token)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus().isAccepted()
                .expectHeader().exists("Location")
                .expectBody(String.class).returnResult().getResponseBody();
        return json.readTree(body);
    }

    /** Follows the job's progress resource until it completed; returns its last state. */
    private JsonNode completed(String jobId) throws IOException {
        String[] body = new String[1];
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(100)).until(() -> {
            body[0] = org.get(importer, imports() + "/" + jobId).expectStatus().isOk().expectBody(String.class)
                    .returnResult().getResponseBody();
            return json.readTree(body[0]).path("state").asText().equals("COMPLETED");
        });
        return json.readTree(body[0]);
    }

    private JsonNode result(String jobId) throws IOException {
        return json.readTree(org.get(importer, imports() + "/" + jobId + "/result").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody());
    }

    private List<JsonNode> problems(String jobId) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        json.readTree(org.get(importer, imports() + "/" + jobId + "/problems").expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody()).forEach(list::add);
        return list;
    }

    private static JsonNode problemAt(List<JsonNode> problems, String sheet, int row, String column) {
        return problems.stream().filter(p -> p.path("sheet").asText().equals(sheet) && p.path("row").asInt() == row
                        && column.equals(p.path("column").asText(null)))
                .findFirst().orElseThrow(() -> new AssertionError("no problem at " + sheet + " row " + row + " column "
                        + column + " in " + problems));
    }

    @Test
    @DisplayName("a small agency file as CSV files imports through the API: the job's progress reaches every row, each "
            + "row is IMPORTED, and the placements hold (the Pelaksana's appraiser is the Pengawas, ORG-08 Bandung)")
    void csvImports() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);
        long before = org.storedEvents();

        JsonNode accepted = submit(importer, file.csvParts(), false);
        assertThat(accepted.path("mode").asText()).isEqualTo("IMPORT");
        assertThat(accepted.path("rows").path("total").asInt()).isEqualTo(28);
        JsonNode job = completed(accepted.path("jobId").asText());

        assertThat(job.path("rows").path("done").asInt()).isEqualTo(28);
        assertThat(job.path("rows").path("imported").asInt()).isEqualTo(28);
        assertThat(job.path("rows").path("failed").asInt()).isZero();
        assertThat(job.path("percentDone").asInt()).isEqualTo(100);
        assertThat(org.storedEvents()).isGreaterThan(before);
        JsonNode rows = result(accepted.path("jobId").asText());
        assertThat(rows).hasSize(28);
        rows.forEach(r -> assertThat(r.path("outcome").asText()).as(r.toString()).isEqualTo("IMPORTED"));
        JsonNode page = json.readTree(org.get(importer, imports() + "/" + accepted.path("jobId").asText()
                + "/result?sheet=employees&offset=2&limit=3").expectStatus().isOk().expectBody(String.class)
                .returnResult().getResponseBody());
        assertThat(page).hasSize(3);
        assertThat(page.get(0).path("row").asInt()).isEqualTo(4);

        org.expectAppraiser(people.staf(), "2024-06-01", people.kasi());
        org.expectAppraiser(people.dokter(), "2024-06-01", people.kapus());
        org.awaitJson(org.admin, "/api/v1/agencies/" + org.agency + "/profile-bindings/in-force?on=2024-06-01",
                "$.profileId", "bandung-2023");
    }

    @Test
    @DisplayName("the same agency as an Excel workbook (dates as date cells, numbers as numbers, an extra sheet) "
            + "imports the same way; a NIP typed as a number is refused in the dry run (Excel keeps 15 digits)")
    void xlsxImports() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);

        JsonNode dry = submit(importer, ImportFixture.part(file.xlsx(people.dokter()), "instansi.xlsx"), true);
        completed(dry.path("jobId").asText());
        List<JsonNode> problems = problems(dry.path("jobId").asText());
        JsonNode numericNip = problemAt(problems, "employees", 8, "nip");
        assertThat(numericNip.path("ruleId").asText()).isEqualTo("IMPORT-VALUE");
        assertThat(numericNip.path("message").asText()).contains("15 digits");

        JsonNode accepted = submit(importer, ImportFixture.part(file.xlsx(), "instansi.xlsx"), false);
        assertThat(accepted.path("notes").toString()).contains("petunjuk");
        JsonNode job = completed(accepted.path("jobId").asText());
        assertThat(job.path("rows").path("imported").asInt()).isEqualTo(28);
        assertThat(job.path("rows").path("failed").asInt()).isZero();
        org.expectAppraiser(people.staf(), "2024-06-01", people.kasi());
        org.awaitJson(org.admin, "/api/v1/employees/" + people.analis(), "$.employee.competencies[1]", "statistik");
    }

    @Test
    @DisplayName("re-importing the same file creates nothing: every row is ALREADY_IMPORTED and the event store holds "
            + "exactly the events it held")
    void reimportCreatesNothing() throws Exception {
        ImportFixture file = ImportFixture.smallAgency(org.agency, ImportFixture.People.fresh());
        completed(submit(importer, file.csvParts(), false).path("jobId").asText());
        long before = org.storedEvents();

        JsonNode again = completed(submit(importer, file.csvParts(), false).path("jobId").asText());

        assertThat(org.storedEvents()).as("events after the second import").isEqualTo(before);
        assertThat(again.path("rows").path("alreadyImported").asInt()).isEqualTo(28);
        assertThat(again.path("rows").path("imported").asInt()).isZero();
        assertThat(again.path("rows").path("failed").asInt()).isZero();
    }

    @Test
    @DisplayName("M7 a NIP the national registrar released to this agency imports as a new record, while another "
            + "agency's registration of a NIP fails its row without naming that agency (L3)")
    void releasedNipImports() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);
        OrgTestClient wrong = new OrgTestClient(web, jdbc);
        for (String nip : List.of(people.staf(), people.analis())) {
            wrong.post(wrong.admin, "/api/v1/employees", Map.of("nip", nip, "fullName", "Salah Daftar",
                    "employmentType", "PNS", "rank", "III_C", "education", "S1")).expectStatus().isCreated();
        }
        web.post().uri("/api/v1/employees/" + people.staf() + "/registration-voiding")
                .header("Authorization", "Bearer " + TestTokens.token("bkn-registrar-01", null, "NATIONAL_REGISTRAR"))
                .bodyValue(Map.of("agencyId", wrong.agency, "rightfulAgencyId", org.agency,
                        "reason", "NIP terdaftar pada instansi lain", "reference", "BKN 7/KR.08/2026"))
                .exchange().expectStatus().isOk();

        String jobId = submit(importer, file.csvParts(), true).path("jobId").asText();
        completed(jobId);
        List<JsonNode> found = problems(jobId);
        assertThat(found).as("problems of the dry run").anySatisfy(p -> assertThat(p.toString())
                .contains(people.analis()).contains("another agency").doesNotContain(wrong.agency));
        assertThat(found).as("the released NIP is no problem")
                .noneSatisfy(p -> assertThat(p.toString()).contains(people.staf()));
    }

    @Test
    @DisplayName("a dry run of a file with planted errors reports each with sheet, row, column and rule: a bad NIP "
            + "(ORG-03), a duplicate row, an unknown unit, a placement of a structural official (ORG-04), a Pelaksana "
            + "under the Administrator beside a Pengawas (ORG-08, Perwal Bandung 6/2023 Pasal 6(4)), a missing column; "
            + "the lawful rows are VALID and nothing is stored")
    void dryRunReportsPlantedErrors() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);
        // the department exists already (registered through the API); its row in the file lacks the kind column
        org.department("dinkes", "DINAS", "Dinas Kesehatan");
        ImportFixture planted = new ImportFixture();
        planted.sheet("departments", "code", "name");
        int missingColumnRow = planted.row("departments", "dinkes", "Dinas Kesehatan");
        for (String sheet : List.of("profile-bindings", "units", "positions", "employees", "appointments",
                "placements")) {
            planted.sheet(sheet, file.headers(sheet).toArray(String[]::new));
            file.rows().get(sheet).forEach(values -> planted.row(sheet, values));
        }
        String badNip = "198513122010011002"; // month 13
        int badNipRow = planted.row("employees", badNip, "Hendra Salah", "PNS", "III_A", "S1", "", "false");
        String[] duplicate = file.rows().get("employees").get(0);
        int duplicateRow = planted.row("employees", duplicate);
        String yankes = org.agency + ".dinkes.yankes";
        int unknownUnitRow = planted.row("placements", people.kasi() + "", org.agency + ".dinkes.tidak-ada",
                org.agency + ".dinkes:kadis", "2024-02-01", "");
        int structuralRow = planted.row("placements", people.kabid(), yankes, org.agency + ".dinkes:kadis",
                "2024-01-02", "");
        // the Pelaksana again, from March, under the Kepala Bidang although the Bidang has a Pengawas
        int org08Row = planted.row("placements", people.staf(), yankes, yankes + ":kabid", "2024-03-01", "");
        long before = org.storedEvents();

        JsonNode accepted = submit(importer, planted.csvParts(), true);
        assertThat(accepted.path("mode").asText()).isEqualTo("DRY_RUN");
        JsonNode job = completed(accepted.path("jobId").asText());
        List<JsonNode> problems = problems(accepted.path("jobId").asText());

        JsonNode missing = problemAt(problems, "departments", missingColumnRow, "kind");
        assertThat(missing.path("ruleId").asText()).isEqualTo("IMPORT-COLUMN");
        JsonNode nip = problemAt(problems, "employees", badNipRow, "nip");
        assertThat(nip.path("ruleId").asText()).isEqualTo("ORG-03");
        assertThat(nip.path("article").asText()).contains("BKN");
        assertThat(nip.path("value").asText()).isEqualTo(badNip);
        assertThat(problemAt(problems, "employees", duplicateRow, "nip").path("ruleId").asText())
                .isEqualTo("IMPORT-DUPLICATE");
        JsonNode unit = problemAt(problems, "placements", unknownUnitRow, "unitId");
        assertThat(unit.path("ruleId").asText()).isEqualTo("IMPORT-REFERENCE");
        assertThat(unit.path("value").asText()).isEqualTo(org.agency + ".dinkes.tidak-ada");
        JsonNode structural = problemAt(problems, "placements", structuralRow, "nip");
        assertThat(structural.path("ruleId").asText()).isEqualTo("ORG-04");
        assertThat(structural.path("article").asText()).contains("Perwal Bandung 6/2023 Pasal 6(3)");
        JsonNode org08 = problemAt(problems, "placements", org08Row, "appraiserPositionId");
        assertThat(org08.path("ruleId").asText()).isEqualTo("ORG-08");
        assertThat(org08.path("article").asText()).isEqualTo("Perwal Bandung 6/2023 Pasal 6(4)");
        assertThat(org08.path("type").asText()).isEqualTo("rule-violation");
        assertThat(problems).as("only the planted problems").hasSize(6);

        // the lawful rows would be recorded, the original placements included
        assertThat(job.path("rows").path("valid").asInt()).isEqualTo(job.path("rows").path("total").asInt() - 6);
        assertThat(org.storedEvents()).as("events stored by a dry run").isEqualTo(before);
    }

    @Test
    @DisplayName("export then import round-trips: the exported agency (CSV and XLSX) lists the imported rows, imports "
            + "back as ALREADY_IMPORTED without a new event, and exports the same again")
    void exportImportRoundTrip() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);
        completed(submit(importer, file.csvParts(), false).path("jobId").asText());
        String export = "/api/v1/agencies/" + org.agency + "/export";
        // the export reads the read model: wait until it shows the last placement
        org.expectAppraiser(people.dokter(), "2024-06-01", people.kapus());
        org.expectAppraiser(people.staf(), "2024-06-01", people.kasi());
        org.expectAppraiser(people.analis(), "2024-06-01", people.kabid());

        byte[] csvZip = download(export + "?format=csv", "application/zip");
        Map<String, Set<List<String>>> exported = unzipCsv(csvZip);
        for (Map.Entry<String, List<String[]>> sheet : file.rows().entrySet()) {
            Set<List<String>> expected = new HashSet<>();
            sheet.getValue().forEach(row -> expected.add(Arrays.asList(row)));
            assertThat(exported.get(sheet.getKey())).as(sheet.getKey()).isEqualTo(expected);
        }
        long before = org.storedEvents();

        JsonNode fromCsv = completed(submit(importer, ImportFixture.part(csvZip, org.agency + ".zip"), false)
                .path("jobId").asText());
        byte[] xlsx = download(export + "?format=xlsx",
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        JsonNode fromXlsx = completed(submit(importer, ImportFixture.part(xlsx, org.agency + ".xlsx"), false)
                .path("jobId").asText());

        for (JsonNode job : List.of(fromCsv, fromXlsx)) {
            assertThat(job.path("rows").path("alreadyImported").asInt()).isEqualTo(28);
            assertThat(job.path("rows").path("failed").asInt()).isZero();
        }
        assertThat(org.storedEvents()).isEqualTo(before);
        assertThat(unzipCsv(download(export + "?format=csv", "application/zip"))).isEqualTo(exported);
        assertThat(workbook(xlsx)).isEqualTo(exported);
    }

    @Test
    @DisplayName("a job whose service stopped mid-way is taken over: rows already recorded are skipped, acts recorded "
            + "just before the stop are found in the event store (IMPORTED, not sent twice), the job completes")
    void jobResumesAfterRestart() throws Exception {
        ImportFixture file = ImportFixture.smallAgency(org.agency, ImportFixture.People.fresh());
        String jobId = completed(submit(importer, file.csvParts(), false).path("jobId").asText()).path("jobId")
                .asText();
        long events = org.storedEvents();
        // as if the service died after the appointments and placements were recorded but before their outcomes were
        int forgotten = jdbc.update("DELETE FROM sk_import_row WHERE job_id = ? AND sheet IN ('appointments', "
                + "'placements')", jobId);
        jdbc.update("UPDATE sk_import_job SET state = 'RUNNING', finished_at = NULL, rows_done = rows_done - ?, "
                + "rows_imported = rows_imported - ?, lease_owner = 'a-service-that-died', "
                + "lease_until = now() - interval '1 minute' WHERE job_id = ?", forgotten, forgotten, jobId);
        assertThat(json.readTree(org.get(importer, imports() + "/" + jobId).expectBody(String.class).returnResult()
                .getResponseBody()).path("rows").path("done").asInt()).isEqualTo(28 - forgotten);

        importJobs.resumeAbandoned();
        JsonNode job = completed(jobId);

        assertThat(job.path("resumed").asInt()).isEqualTo(1);
        assertThat(job.path("rows").path("done").asInt()).isEqualTo(28);
        assertThat(job.path("rows").path("imported").asInt()).isEqualTo(28);
        assertThat(org.storedEvents()).as("events after the resumed job").isEqualTo(events);
    }

    @Test
    @DisplayName("ORG-07: imported by the agency administrator alone, the structure, employees and appointments are "
            + "recorded but each placement is refused (403, ORG-07: the PPK's decision), exactly as through the API")
    void placementsNeedThePpk() throws Exception {
        ImportFixture file = ImportFixture.smallAgency(org.agency, ImportFixture.People.fresh());
        importer = org.admin;
        JsonNode accepted = submit(org.admin, file.csvParts(), false);
        JsonNode job = completed(accepted.path("jobId").asText());

        assertThat(job.path("rows").path("imported").asInt()).isEqualTo(25);
        List<JsonNode> problems = problems(accepted.path("jobId").asText());
        assertThat(problems).hasSize(3).allSatisfy(p -> {
            assertThat(p.path("sheet").asText()).isEqualTo("placements");
            assertThat(p.path("type").asText()).isEqualTo("forbidden");
            assertThat(p.path("ruleId").asText()).isEqualTo("ORG-07");
        });
    }

    @Test
    @DisplayName("H2 issue 17 the import upload has its own bounded limit (sikerja.import.max-upload-size, 32 MB): a "
            + "1.5 MB file with an Idempotency-Key imports although every other body is held to 1 MB; 33 MB, declared "
            + "or chunked, is a 413 problem+json and no job")
    void uploadLimit() throws Exception {
        ImportFixture.People people = ImportFixture.People.fresh();
        ImportFixture file = ImportFixture.smallAgency(org.agency, people);
        // the same agency, its employees sheet carrying a column the import ignores, filled to pass 1 MB
        ImportFixture padded = new ImportFixture();
        for (String sheet : List.of("profile-bindings", "departments", "units", "positions", "employees",
                "appointments", "placements")) {
            List<String> headers = new ArrayList<>(file.headers(sheet));
            boolean pad = sheet.equals("employees");
            if (pad) {
                headers.add("keterangan");
            }
            padded.sheet(sheet, headers.toArray(String[]::new));
            String note = pad ? "x".repeat(1_500_000 / file.rows().get(sheet).size()) : null;
            for (String[] row : file.rows().get(sheet)) {
                List<String> values = new ArrayList<>(Arrays.asList(row));
                if (pad) {
                    values.add(note);
                }
                padded.row(sheet, values.toArray(String[]::new));
            }
        }
        String body = web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .header("Idempotency-Key", "upload-limit-" + people.staf())
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(padded.csvParts().build()))
                .exchange()
                .expectStatus().isAccepted()
                .expectBody(String.class).returnResult().getResponseBody();
        JsonNode job = completed(json.readTree(body).path("jobId").asText());
        assertThat(job.path("rows").path("imported").asInt()).isEqualTo(28);
        assertThat(job.path("notes").toString()).contains("keterangan");
        long jobs = jdbc.queryForObject("SELECT count(*) FROM sk_import_job WHERE agency_id = ?", Long.class,
                org.agency);

        byte[] chunk = new byte[1024 * 1024];
        byte[] head = ("--limit\r\nContent-Disposition: form-data; name=\"file\"; filename=\"employees.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        // declared: a Content-Length above the limit is refused before a byte is read
        byte[] declared = Arrays.copyOf(head, head.length + 33 * chunk.length);
        web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=limit"))
                .bodyValue(declared)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
        // chunked (no Content-Length), with and without an Idempotency-Key: refused once it passes the limit
        Flux<DataBuffer> chunked = Flux
                .concat(Flux.just(head), Flux.range(0, 33).map(i -> chunk))
                .map(DefaultDataBufferFactory.sharedInstance::wrap);
        web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .header("Idempotency-Key", "upload-limit-chunked-" + people.staf())
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=limit"))
                .body(chunked, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .contentType(MediaType.parseMediaType("multipart/form-data; boundary=limit"))
                .body(Flux.concat(Flux.just(head),
                                Flux.range(0, 33).map(i -> chunk))
                        .map(DefaultDataBufferFactory.sharedInstance::wrap),
                        DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sk_import_job WHERE agency_id = ?", Long.class,
                org.agency)).as("jobs after the refused uploads").isEqualTo(jobs);
    }

    @Test
    @DisplayName("only the agency's administrator or PPK imports: an employee's token, the agency's auditor and another "
            + "agency's administrator get 403 and no job; the auditor reads the agency's jobs, the others do not")
    void importersOnly() {
        ImportFixture file = ImportFixture.smallAgency(org.agency, ImportFixture.People.fresh());
        String employee = TestTokens.token(OrgTestClient.newNip(), org.agency, "EMPLOYEE");
        String stranger = TestTokens.token("197801012005011001", "kota-lain", "AGENCY_ADMIN", "STAFFING_AUTHORITY");
        for (String token : List.of(employee, stranger)) {
            web.post().uri(imports()).header("Authorization", "Bearer " + token)
                    .contentType(MediaType.MULTIPART_FORM_DATA)
                    .body(BodyInserters.fromMultipartData(file.csvParts().build()))
                    .exchange().expectStatus().isForbidden();
            org.get(token, imports()).expectStatus().isForbidden();
        }
        String auditor = TestTokens.token("auditor-" + org.agency, org.agency, "AUDITOR");
        web.post().uri(imports()).header("Authorization", "Bearer " + auditor)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(file.csvParts().build()))
                .exchange().expectStatus().isForbidden();
        org.get(auditor, imports()).expectStatus().isOk();
        // a body that is not multipart is weighed by role first, like any other act
        web.post().uri(imports()).header("Authorization", "Bearer " + employee)
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange().expectStatus().isForbidden();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM sk_import_job WHERE agency_id = ?", Long.class,
                org.agency)).isZero();
    }

    @Test
    @DisplayName("a file that cannot be read is refused at once (400 naming it), and so is a CSV not named after a "
            + "sheet; the template lists every sheet and column")
    void unreadableFiles() throws Exception {
        web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(ImportFixture.part("PK\u0003\u0004rusak".getBytes(
                        StandardCharsets.ISO_8859_1), "instansi.xlsx").build()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.field").isEqualTo("file");
        web.post().uri(imports()).header("Authorization", "Bearer " + importer)
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(ImportFixture.part("nip,fullName\n".getBytes(
                        StandardCharsets.UTF_8), "pegawai.csv").build()))
                .exchange().expectStatus().isBadRequest()
                .expectBody().jsonPath("$.detail").value(d -> assertThat(d.toString()).contains("employees.csv"));

        Map<String, List<String>> template = new LinkedHashMap<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download("/api/v1/agencies/"
                + org.agency + "/import-template", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")))) {
            workbook.forEach(sheet -> {
                List<String> headers = new ArrayList<>();
                sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
                template.put(sheet.getSheetName(), headers);
            });
        }
        assertThat(template.keySet()).containsExactly("profile-bindings", "departments", "units", "positions",
                "employees", "appointments", "placements", "columns");
        assertThat(template.get("placements")).containsExactly("nip", "unitId", "appraiserPositionId",
                "effectiveFrom", "decreeNumber");
    }

    private byte[] download(String path, String mediaType) {
        return web.get().uri(path).header("Authorization", "Bearer " + importer).exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(mediaType)
                .expectBody(byte[].class).returnResult().getResponseBody();
    }

    /** The CSV files of a ZIP as sets of rows (header dropped, empty cells as ""). */
    private static Map<String, Set<List<String>>> unzipCsv(byte[] zip) throws IOException {
        Map<String, Set<List<String>>> sheets = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
                Set<List<String>> rows = new HashSet<>();
                try (CSVParser parser = CSVParser.parse(text, CSVFormat.RFC4180)) {
                    for (CSVRecord record : parser) {
                        if (record.getRecordNumber() > 1) {
                            rows.add(record.toList());
                        }
                    }
                }
                sheets.put(entry.getName().replace(".csv", ""), rows);
            }
        }
        return sheets;
    }

    /** A workbook's sheets as sets of rows, read with POI's user model (cells as displayed). */
    private static Map<String, Set<List<String>>> workbook(byte[] xlsx) throws IOException {
        Map<String, Set<List<String>>> sheets = new LinkedHashMap<>();
        DataFormatter formatter = new DataFormatter();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            for (int s = 0; s < workbook.getNumberOfSheets(); s++) {
                XSSFSheet sheet = workbook.getSheetAt(s);
                int columns = sheet.getRow(0).getLastCellNum();
                Set<List<String>> rows = new HashSet<>();
                for (Row row : sheet) {
                    if (row.getRowNum() == 0) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = 0; c < columns; c++) {
                        cells.add(row.getCell(c) == null ? "" : formatter.formatCellValue(row.getCell(c)));
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getSheetName(), rows);
            }
        }
        return sheets;
    }
}
