package id.sistemkerja.org.importing.sheet;

import id.sistemkerja.org.importing.sheet.AgencyFileReader.Upload;
import id.sistemkerja.platform.error.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading agency files as BKPSDM staff save them from Excel. */
class AgencyFileReaderTest {

    private static AgencyFile read(String name, byte[] content) {
        return AgencyFileReader.read(List.of(new Upload(name, content)), 1000);
    }

    @Test
    @DisplayName("a CSV saved by Excel in an Indonesian locale (semicolons, byte order mark) reads by header name, "
            + "keeps quoted separators, skips empty lines but keeps the row numbers, and reports unknown columns")
    void semicolonCsvWithBom() {
        String text = "\uFEFFNIP;fullName*;employmentType;education;catatan\r\n"
                + "198503122010011002;\"Santoso; Budi\";PNS;S1;baru\r\n"
                + ";;;;\r\n"
                + "199001202015031003;Siti;PPPK;D3;\r\n";
        AgencyFile file = read("employees.csv", text.getBytes(StandardCharsets.UTF_8));

        List<SheetRow> rows = file.rows(Sheet.EMPLOYEES);
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).row()).isEqualTo(2);
        assertThat(rows.get(0).value("nip")).isEqualTo("198503122010011002");
        assertThat(rows.get(0).value("fullName")).isEqualTo("Santoso; Budi");
        assertThat(rows.get(1).row()).isEqualTo(4);
        assertThat(rows.get(1).value("rank")).isNull();
        assertThat(file.missingColumns(Sheet.EMPLOYEES)).isEmpty();
        assertThat(file.notes()).anyMatch(note -> note.contains("catatan"));
    }

    @Test
    @DisplayName("a CSV in Windows-1252 (Excel's default 'CSV' on Windows) keeps its letters; a missing required "
            + "column is named")
    void windows1252AndMissingColumn() {
        String text = "nip,fullName,education\n198503122010011002,Nur'aini Müller,S1\n";
        AgencyFile file = read("employees.csv", text.getBytes(Charset.forName("windows-1252")));

        assertThat(file.rows(Sheet.EMPLOYEES).get(0).value("fullName")).isEqualTo("Nur'aini Müller");
        assertThat(file.missingColumns(Sheet.EMPLOYEES)).containsExactly("employmentType");
    }

    @Test
    @DisplayName("an Excel number with more digits than Excel keeps (a NIP typed as a number) is marked, a date cell "
            + "reads as yyyy-mm-dd, a whole number without decimals")
    void excelNumbers() {
        AgencyFileReader.IsoDateFormatter formatter = new AgencyFileReader.IsoDateFormatter();
        assertThat(formatter.formatRawCellContents(198503122010011002d, 0, "General"))
                .startsWith(AgencyFileReader.PRECISION_LOST);
        assertThat(formatter.formatRawCellContents(45293d, 14, "m/d/yy")).isEqualTo("2024-01-02");
        assertThat(formatter.formatRawCellContents(7d, 0, "General")).isEqualTo("7");
    }

    @Test
    @DisplayName("an old .xls workbook and a CSV not named after a sheet are refused with a 400 naming the file")
    void unreadable() {
        assertThatThrownBy(() -> read("data.xls", new byte[]{(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0}))
                .isInstanceOf(ProblemException.class).hasMessageContaining(".xlsx");
        assertThatThrownBy(() -> read("pegawai.csv", "nip\n1\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(ProblemException.class).hasMessageContaining("employees.csv");
    }

    @Test
    @DisplayName("what the writer writes (workbook and ZIP of CSV) reads back cell for cell")
    void writerRoundTrip() {
        List<AgencyFileWriter.Table> tables = List.of(new AgencyFileWriter.Table("departments",
                Sheet.DEPARTMENTS.headers(), List.<String[]>of(new String[]{"dinkes", "DINAS", "Dinas Kesehatan"},
                new String[]{"setda", "SEKRETARIAT_DAERAH", "Sekretariat Daerah, \"Setda\""})));
        for (AgencyFileWriter.Format format : AgencyFileWriter.Format.values()) {
            AgencyFile file = read("agency" + format.extension(), AgencyFileWriter.write(format, tables));
            List<SheetRow> rows = file.rows(Sheet.DEPARTMENTS);
            assertThat(rows).as(format.name()).hasSize(2);
            assertThat(rows.get(1).value("name")).as(format.name()).isEqualTo("Sekretariat Daerah, \"Setda\"");
            assertThat(rows.get(1).row()).isEqualTo(3);
        }
    }
}
