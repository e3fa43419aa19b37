package id.sistemkerja.org.importing.sheet;

import id.sistemkerja.platform.error.ProblemException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows of an agency file, sheet by sheet, as read from one workbook or several CSV files; with what the reader
 * noticed about the layout (required columns missing, columns and sheets it ignored).
 */
public final class AgencyFile {

    private final Map<Sheet, List<SheetRow>> rows;
    private final Map<Sheet, List<String>> missingColumns;
    private final List<String> notes;

    private AgencyFile(Map<Sheet, List<SheetRow>> rows, Map<Sheet, List<String>> missingColumns, List<String> notes) {
        this.rows = rows;
        this.missingColumns = missingColumns;
        this.notes = notes;
    }

    /** The sheet's data rows in file order; empty when the file has no such sheet. */
    public List<SheetRow> rows(Sheet sheet) {
        return rows.getOrDefault(sheet, List.of());
    }

    /** Sheets the file contains, in import order. */
    public List<Sheet> sheets() {
        return List.copyOf(rows.keySet());
    }

    /** Required columns the sheet's header lacks: every row of that sheet fails on them. */
    public List<String> missingColumns(Sheet sheet) {
        return missingColumns.getOrDefault(sheet, List.of());
    }

    /** Sheets and columns the reader ignored, in words. */
    public List<String> notes() {
        return notes;
    }

    public int totalRows() {
        return rows.values().stream().mapToInt(List::size).sum();
    }

    static Builder builder(int maxRows) {
        return new Builder(maxRows);
    }

    /** Collects the sheets of one or more uploaded files. */
    static final class Builder {

        private final int maxRows;
        private final Map<Sheet, List<SheetRow>> rows = new EnumMap<>(Sheet.class);
        private final Map<Sheet, List<String>> missing = new EnumMap<>(Sheet.class);
        private final Map<String, String> notes = new LinkedHashMap<>();
        private int total;

        private Builder(int maxRows) {
            this.maxRows = maxRows;
        }

        /** Starts a sheet; a second sheet (or CSV file) of the same kind is refused: which one would count? */
        SheetCollector sheet(Sheet sheet, String source) {
            if (rows.containsKey(sheet)) {
                throw ProblemException.invalid("file", "sheet " + sheet.sheetName() + " appears twice (again in "
                        + source + "); send each kind of record once");
            }
            rows.put(sheet, new ArrayList<>());
            return new SheetCollector(sheet, this);
        }

        void ignoredSheet(String name, String source) {
            notes.put("sheet:" + name, "ignored sheet " + name + " in " + source + " (not one of "
                    + String.join(", ", java.util.Arrays.stream(Sheet.values()).map(Sheet::sheetName).toList()) + ")");
        }

        void header(Sheet sheet, List<String> missingColumns, List<String> ignoredColumns) {
            if (!missingColumns.isEmpty()) {
                missing.put(sheet, List.copyOf(missingColumns));
            }
            if (!ignoredColumns.isEmpty()) {
                notes.put("columns:" + sheet.sheetName(), "ignored columns of sheet " + sheet.sheetName() + ": "
                        + String.join(", ", ignoredColumns));
            }
        }

        void add(SheetRow row) {
            if (++total > maxRows) {
                throw ProblemException.invalid("file", "the file has more than " + maxRows + " rows; split it (the "
                        + "structure first, then employees by department)");
            }
            rows.get(row.sheet()).add(row);
        }

        AgencyFile build() {
            Map<Sheet, List<SheetRow>> ordered = new EnumMap<>(Sheet.class);
            rows.forEach((sheet, list) -> ordered.put(sheet, Collections.unmodifiableList(list)));
            return new AgencyFile(Collections.unmodifiableMap(ordered), Map.copyOf(missing),
                    List.copyOf(notes.values()));
        }
    }
}
