package id.sistemkerja.org;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An agency file written the way staff would: sheets with a header row and values, as CSV files or as a workbook
 * with typed cells (dates as Excel dates, numbers as numbers, NIPs as text), independent of the service's own writer.
 */
final class ImportFixture {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");

    private final Map<String, List<String>> headers = new LinkedHashMap<>();
    private final Map<String, List<String[]>> rows = new LinkedHashMap<>();

    ImportFixture sheet(String name, String... columns) {
        headers.put(name, List.of(columns));
        rows.put(name, new ArrayList<>());
        return this;
    }

    /** Adds a row to the sheet; returns its row number as Excel shows it (header = 1). */
    int row(String sheet, String... values) {
        rows.get(sheet).add(values);
        return rows.get(sheet).size() + 1;
    }

    Map<String, List<String[]>> rows() {
        return rows;
    }

    List<String> headers(String sheet) {
        return headers.get(sheet);
    }

    String csv(String sheet) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180)) {
            printer.printRecord(headers.get(sheet));
            for (String[] row : rows.get(sheet)) {
                printer.printRecord(Arrays.asList(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One part per sheet, named {@code <sheet>.csv}. */
    MultipartBodyBuilder csvParts() {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        for (String sheet : headers.keySet()) {
            parts.part("file", named(csv(sheet).getBytes(StandardCharsets.UTF_8), sheet + ".csv"))
                    .contentType(MediaType.parseMediaType("text/csv"));
        }
        return parts;
    }

    /**
     * A workbook as Excel would save it: dates are date cells, small numbers number cells, everything else text; the
     * {@code numericNips} are typed as numbers (the mistake the import must catch).
     */
    byte[] xlsx(String... numericNips) {
        List<String> numeric = List.of(numericNips);
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            workbook.createSheet("petunjuk").createRow(0).createCell(0).setCellValue("Isi setiap sheet; baris 1 judul");
            for (String sheet : headers.keySet()) {
                XSSFSheet xs = workbook.createSheet(sheet);
                Row head = xs.createRow(0);
                for (int c = 0; c < headers.get(sheet).size(); c++) {
                    head.createCell(c).setCellValue(headers.get(sheet).get(c));
                }
                int r = 1;
                for (String[] values : rows.get(sheet)) {
                    Row row = xs.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        String v = values[c];
                        if (v == null || v.isEmpty()) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (DATE.matcher(v).matches()) {
                            cell.setCellValue(LocalDate.parse(v));
                            cell.setCellStyle(date);
                        } else if (NUMBER.matcher(v).matches() || numeric.contains(v)) {
                            cell.setCellValue(Double.parseDouble(v));
                        } else {
                            cell.setCellValue(v);
                        }
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static MultipartBodyBuilder part(byte[] content, String fileName) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", named(content, fileName));
        return parts;
    }

    static ByteArrayResource named(byte[] content, String fileName) {
        return new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        };
    }

    // ---- a small agency ----

    /** The NIPs of the small agency's people. */
    record People(String kadis, String kabid, String kasi, String kapus, String staf, String analis, String dokter) {

        static People fresh() {
            return new People(OrgTestClient.newNip(), OrgTestClient.newNip(), OrgTestClient.newNip(),
                    OrgTestClient.newNip(), OrgTestClient.newNip(), OrgTestClient.newNip(), OrgTestClient.newNip());
        }
    }

    /**
     * Kota Bandung style: a Dinas Kesehatan with a Bidang (Administrator head, a Pengawas, a Pelaksana and a JF
     * position) and a Puskesmas led by a JF; seven people appointed, three placed (the Pelaksana under the Pengawas,
     * ORG-08; the JF under the Kepala Bidang; the doctor under the JF head of the Puskesmas, ORG-06). Values are
     * written as the export writes them, so an export of the agency lists exactly these rows.
     */
    static ImportFixture smallAgency(String agency, People p) {
        String dinkes = agency + ".dinkes";
        String yankes = dinkes + ".yankes";
        String pkm = dinkes + ".pkm-garuda";
        ImportFixture f = new ImportFixture()
                .sheet("profile-bindings", "profileId", "profileVersion", "effectiveFrom", "legalBasis")
                .sheet("departments", "code", "kind", "name")
                .sheet("units", "parentUnitId", "code", "kind", "name")
                .sheet("positions", "unitId", "code", "kind", "title", "functionalLevel", "jobClass", "capacity",
                        "unitHead")
                .sheet("employees", "nip", "fullName", "employmentType", "rank", "education", "competencies",
                        "convertedFromAdministrative")
                .sheet("appointments", "nip", "positionId", "effectiveFrom", "decreeNumber")
                .sheet("placements", "nip", "unitId", "appraiserPositionId", "effectiveFrom", "decreeNumber");
        f.row("profile-bindings", "bandung-2023", "1", "2023-04-01", "Perwal Bandung 6/2023");
        f.row("departments", "dinkes", "DINAS", "Dinas Kesehatan");
        f.row("units", dinkes, "pkm-garuda", "PUSKESMAS", "UPTD Puskesmas Garuda");
        f.row("units", dinkes, "yankes", "BIDANG", "Bidang Pelayanan Kesehatan");
        f.row("positions", dinkes, "kadis", "JPT_PRATAMA", "Kepala Dinas Kesehatan", "", "", "1", "true");
        f.row("positions", pkm, "dokter", "FUNGSIONAL", "Dokter Ahli Pertama", "AHLI_PERTAMA", "", "3", "false");
        f.row("positions", pkm, "kapus", "FUNGSIONAL", "Dokter Ahli Madya (Kepala Puskesmas)", "AHLI_MADYA", "", "1",
                "true");
        f.row("positions", yankes, "analis", "FUNGSIONAL", "Administrator Kesehatan Ahli Muda", "AHLI_MUDA", "", "5",
                "false");
        f.row("positions", yankes, "kabid", "ADMINISTRATOR", "Kepala Bidang Pelayanan Kesehatan", "", "", "1", "true");
        f.row("positions", yankes, "kasi", "PENGAWAS", "Kepala Seksi Pelayanan Primer", "", "", "1", "false");
        f.row("positions", yankes, "staf", "PELAKSANA", "Pengadministrasi Umum", "", "5", "5", "false");
        String[][] people = {
                {p.kadis(), "Ahmad Kadis", "PNS", "IV_B", "S2", "manajemen kesehatan", "false", dinkes + ":kadis"},
                {p.kabid(), "Budi Kabid", "PNS", "IV_A", "S2", "", "false", yankes + ":kabid"},
                {p.kasi(), "Citra Kasi", "PNS", "III_D", "S1", "", "false", yankes + ":kasi"},
                {p.kapus(), "Dewi Kapus", "PNS", "IV_A", "S2", "kedokteran; manajemen puskesmas", "false",
                        pkm + ":kapus"},
                {p.staf(), "Euis Staf", "PPPK", "", "SMA", "", "false", yankes + ":staf"},
                {p.analis(), "Fajar Analis", "PNS", "III_C", "S1", "pelayanan publik; statistik", "true",
                        yankes + ":analis"},
                {p.dokter(), "Galih Dokter", "PNS", "III_B", "S1", "", "false", pkm + ":dokter"}};
        for (String[] person : people) {
            f.row("employees", person[0], person[1], person[2], person[3], person[4], person[5], person[6]);
        }
        for (String[] person : people) {
            f.row("appointments", person[0], person[7], "2024-01-02", "821.2/" + person[1].split(" ")[0] + "/2024");
        }
        f.row("placements", p.staf(), yankes, yankes + ":kasi", "2024-01-02", "800/Kep.1-BKPSDM/2024");
        f.row("placements", p.analis(), yankes, yankes + ":kabid", "2024-01-02", "800/Kep.2-BKPSDM/2024");
        f.row("placements", p.dokter(), pkm, pkm + ":kapus", "2024-01-02", "800/Kep.3-BKPSDM/2024");
        return f;
    }
}
