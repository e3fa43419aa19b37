package id.sistemkerja.org.importing.sheet;

import id.sistemkerja.platform.error.ProblemException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

import javax.xml.parsers.ParserConfigurationException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Reads an agency file: an Excel workbook ({@code .xlsx}, one sheet per kind of record), CSV files named after their
 * sheet ({@code employees.csv}), or a ZIP of such CSV files (what the CSV export writes). Workbooks are read with
 * Apache POI's streaming (SAX) reader, so a sheet of 15,000 rows is never held as a cell model; CSV with Apache
 * Commons CSV, comma or semicolon separated (Excel in an Indonesian locale writes {@code ;}), UTF-8 with or without
 * byte order mark, else Windows-1252.
 * <p>
 * A file that cannot be read at all is a 400 problem naming it; everything about single rows is left to the import.
 */
public final class AgencyFileReader {

    /** An uploaded file: the name it was sent under and its bytes. */
    public record Upload(String fileName, byte[] content) {
    }

    /** What a numeric cell of more digits than Excel keeps is read as; the row check explains it. */
    public static final String PRECISION_LOST = "#PRECISION-LOST:";

    private static final int MAX_UNZIPPED_BYTES = 256 * 1024 * 1024;

    private AgencyFileReader() {
    }

    public static AgencyFile read(List<Upload> uploads, int maxRows) {
        if (uploads.isEmpty()) {
            throw ProblemException.invalid("file", "send the agency file as multipart/form-data part \"file\" (.xlsx, "
                    + ".csv or a .zip of CSV files)");
        }
        AgencyFile.Builder file = AgencyFile.builder(maxRows);
        for (Upload upload : uploads) {
            readOne(upload, file);
        }
        return file.build();
    }

    private static void readOne(Upload upload, AgencyFile.Builder file) {
        byte[] bytes = upload.content();
        String name = upload.fileName() == null ? "file" : upload.fileName();
        if (bytes.length >= 4 && bytes[0] == (byte) 0xD0 && bytes[1] == (byte) 0xCF && bytes[2] == 0x11) {
            throw ProblemException.invalid("file", name + " is an old Excel 97-2003 workbook (.xls); save it as .xlsx");
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            if (isWorkbook(bytes)) {
                readWorkbook(name, bytes, file);
            } else {
                readCsvZip(name, bytes, file);
            }
            return;
        }
        readCsv(name, sheetOfCsv(name), bytes, file);
    }

    private static Sheet sheetOfCsv(String fileName) {
        String base = fileName.replaceAll("^.*[/\\\\]", "");
        if (base.toLowerCase(Locale.ROOT).endsWith(".csv")) {
            base = base.substring(0, base.length() - 4);
        }
        return Sheet.named(base).orElseThrow(() -> ProblemException.invalid("file", "a CSV file is named after the "
                + "sheet it holds (" + String.join(", ", java.util.Arrays.stream(Sheet.values())
                .map(s -> s.sheetName() + ".csv").toList()) + "), not " + fileName));
    }

    // ---- workbooks ----

    private static boolean isWorkbook(byte[] bytes) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("[Content_Types].xml") || entry.getName().startsWith("xl/")) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static void readWorkbook(String name, byte[] bytes, AgencyFile.Builder file) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(bytes))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream in = sheets.next()) {
                    String sheetName = sheets.getSheetName();
                    Optional<Sheet> sheet = Sheet.named(sheetName);
                    if (sheet.isEmpty()) {
                        file.ignoredSheet(sheetName, name);
                        continue;
                    }
                    SheetCollector collector = file.sheet(sheet.get(), name);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new RowHandler(collector),
                            new IsoDateFormatter(), false));
                    parser.parse(new InputSource(in));
                    collector.finish();
                }
            }
        } catch (ProblemException e) {
            throw e;
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException | RuntimeException e) {
            throw ProblemException.invalid("file", name + " is not a readable Excel workbook (.xlsx): " + e.getMessage());
        }
    }

    /** Collects the cells of each row (the SAX handler reports them one by one, empty ones not at all). */
    private static final class RowHandler implements XSSFSheetXMLHandler.SheetContentsHandler {

        private final SheetCollector collector;
        private final List<String> cells = new ArrayList<>();

        RowHandler(SheetCollector collector) {
            this.collector = collector;
        }

        @Override
        public void startRow(int rowNum) {
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            collector.row(rowNum + 1, cells);
        }

        @Override
        public void cell(String cellReference, String formattedValue, XSSFComment comment) {
            int column = cellReference == null ? cells.size() : new CellReference(cellReference).getCol();
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, formattedValue);
        }
    }

    /**
     * Cell values as the import reads them: a date cell as {@code yyyy-mm-dd} whatever its display format, whole numbers
     * without decimals, and a number longer than Excel keeps (a NIP typed as a number loses its last digits) marked so
     * the row check refuses it instead of importing a wrong NIP.
     */
    static final class IsoDateFormatter extends DataFormatter {

        IsoDateFormatter() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                return DateUtil.getLocalDateTime(value).toLocalDate().toString();
            }
            return number(value);
        }

        static String number(double value) {
            if (Math.abs(value) >= 1e15) {
                return PRECISION_LOST + BigDecimal.valueOf(value).toPlainString();
            }
            if (value == Math.rint(value)) {
                return Long.toString((long) value);
            }
            return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
        }
    }

    // ---- CSV ----

    private static void readCsvZip(String name, byte[] bytes, AgencyFile.Builder file) {
        long unzipped = 0;
        boolean any = false;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                String entryName = entry.getName().replaceAll("^.*/", "");
                if (entry.isDirectory() || !entryName.toLowerCase(Locale.ROOT).endsWith(".csv")) {
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] buffer = new byte[65536];
                for (int n = zip.read(buffer); n > 0; n = zip.read(buffer)) {
                    unzipped += n;
                    if (unzipped > MAX_UNZIPPED_BYTES) {
                        throw ProblemException.invalid("file", name + " unpacks to more than "
                                + (MAX_UNZIPPED_BYTES >> 20) + " MiB");
                    }
                    out.write(buffer, 0, n);
                }
                String base = entryName.substring(0, entryName.length() - 4);
                Optional<Sheet> sheet = Sheet.named(base);
                if (sheet.isEmpty()) {
                    file.ignoredSheet(base, name);
                    continue;
                }
                readCsv(name + "/" + entryName, sheet.get(), out.toByteArray(), file);
                any = true;
            }
        } catch (IOException e) {
            throw ProblemException.invalid("file", name + " is not a readable ZIP of CSV files: " + e.getMessage());
        }
        if (!any) {
            throw ProblemException.invalid("file", name + " holds no CSV file named after a sheet (employees.csv, ...)");
        }
    }

    private static void readCsv(String name, Sheet sheet, byte[] bytes, AgencyFile.Builder file) {
        String text = decode(bytes);
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter(text)).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(true).get();
        SheetCollector collector = file.sheet(sheet, name);
        try (CSVParser parser = CSVParser.parse(text, format)) {
            for (CSVRecord record : parser) {
                collector.row((int) record.getRecordNumber(), record.toList());
            }
        } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
            throw ProblemException.invalid("file", name + " is not a readable CSV file: " + e.getMessage());
        }
        collector.finish();
    }

    /** Excel in an Indonesian (or other European) locale separates CSV fields with {@code ;}. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String header = end < 0 ? text : text.substring(0, end);
        long semicolons = header.chars().filter(c -> c == ';').count();
        long commas = header.chars().filter(c -> c == ',').count();
        return semicolons > commas ? ';' : ',';
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF
                ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, start, bytes.length - start, Charset.forName("windows-1252"));
        }
    }
}
