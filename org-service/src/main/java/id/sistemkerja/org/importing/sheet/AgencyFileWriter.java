package id.sistemkerja.org.importing.sheet;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes tables as an Excel workbook (one sheet each, streamed with POI's SXSSF so only a window of rows is in memory)
 * or as a ZIP of CSV files (one per table, UTF-8 with a byte order mark so Excel shows names correctly). Every cell
 * is text: a NIP or a code never turns into a number or a date when the file is opened and saved again.
 */
public final class AgencyFileWriter {

    /** Formats the export, the template and the import results are offered in. */
    public enum Format {
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx"),
        CSV("application/zip", ".zip");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }
    }

    /** One table: sheet (or CSV file) name, headers, rows in the order of the headers. */
    public record Table(String name, List<String> headers, Iterable<String[]> rows) {
    }

    private static final int ROWS_IN_MEMORY = 200;

    private AgencyFileWriter() {
    }

    public static byte[] write(Format format, List<Table> tables) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (format == Format.XLSX) {
                writeWorkbook(tables, out);
            } else {
                writeCsvZip(tables, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void writeWorkbook(List<Table> tables, OutputStream out) throws IOException {
        // shared strings: ids, dates and names repeat across rows and sheets, and Excel itself writes them so (a
        // 15,000-employee agency: 1.2 MB instead of 1.6 MB); the rows flushed to temporary files stay uncompressed
        // (compressing them made writing that agency eight times slower)
        try (SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, false, true)) {
            CellStyle text = workbook.createCellStyle();
            text.setDataFormat(workbook.createDataFormat().getFormat("@"));
            CellStyle header = workbook.createCellStyle();
            header.cloneStyleFrom(text);
            Font bold = workbook.createFont();
            bold.setBold(true);
            header.setFont(bold);
            for (Table table : tables) {
                SXSSFSheet sheet = workbook.createSheet(table.name());
                for (int c = 0; c < table.headers().size(); c++) {
                    // text format for whole columns, so values typed later (a NIP) stay text too
                    sheet.setDefaultColumnStyle(c, text);
                    sheet.setColumnWidth(c, Math.min(60, Math.max(14, table.headers().get(c).length() + 4)) * 256);
                }
                sheet.createFreezePane(0, 1);
                Row head = sheet.createRow(0);
                for (int c = 0; c < table.headers().size(); c++) {
                    head.createCell(c).setCellValue(table.headers().get(c));
                    head.getCell(c).setCellStyle(header);
                }
                int r = 1;
                for (String[] values : table.rows()) {
                    Row row = sheet.createRow(r++);
                    for (int c = 0; c < values.length; c++) {
                        if (values[c] != null) {
                            row.createCell(c).setCellValue(values[c]);
                            row.getCell(c).setCellStyle(text);
                        }
                    }
                }
            }
            workbook.write(out);
        }
    }

    private static void writeCsvZip(List<Table> tables, OutputStream out) throws IOException {
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Table table : tables) {
                zip.putNextEntry(new ZipEntry(table.name() + ".csv"));
                zip.write(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
                Writer writer = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180);
                printer.printRecord(table.headers());
                for (String[] values : table.rows()) {
                    printer.printRecord(Arrays.asList(values));
                }
                printer.flush();
                zip.closeEntry();
            }
        }
    }
}
