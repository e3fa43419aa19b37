package id.sistemkerja.org.importing.sheet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the rows of one sheet, however read (workbook or CSV), into {@link SheetRow}s: the first non-empty row is the
 * header and names the columns (in any order, case does not matter, a trailing {@code *} is ignored); columns the
 * sheet does not define are ignored and reported; empty rows are skipped but keep their number.
 */
final class SheetCollector {

    private final Sheet sheet;
    private final AgencyFile.Builder file;
    private int[] columnOfCell;
    private final Set<String> ignoredColumns = new LinkedHashSet<>();

    SheetCollector(Sheet sheet, AgencyFile.Builder file) {
        this.sheet = sheet;
        this.file = file;
    }

    /** One row of the sheet: {@code rowNumber} counts from 1; {@code cells} by position, null or blank when empty. */
    void row(int rowNumber, List<String> cells) {
        if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
            return;
        }
        if (columnOfCell == null) {
            header(cells);
            return;
        }
        String[] values = new String[sheet.columns().size()];
        for (int i = 0; i < cells.size() && i < columnOfCell.length; i++) {
            String cell = cells.get(i);
            if (columnOfCell[i] >= 0 && cell != null && !cell.isBlank()) {
                values[columnOfCell[i]] = cell.strip();
            }
        }
        file.add(new SheetRow(sheet, rowNumber, values));
    }

    private void header(List<String> cells) {
        columnOfCell = new int[cells.size()];
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).strip();
            if (name.endsWith("*")) {
                name = name.substring(0, name.length() - 1).strip();
            }
            int index = indexIgnoringCase(name);
            columnOfCell[i] = index >= 0 && seen.add(sheet.columns().get(index).name()) ? index : -1;
            if (index < 0 && !name.isEmpty()) {
                ignoredColumns.add(name);
            }
        }
        List<String> missing = new ArrayList<>();
        for (Sheet.Column column : sheet.columns()) {
            if (column.required() && !seen.contains(column.name())) {
                missing.add(column.name());
            }
        }
        file.header(sheet, missing, List.copyOf(ignoredColumns));
    }

    private int indexIgnoringCase(String name) {
        String wanted = name.toLowerCase(Locale.ROOT);
        for (int i = 0; i < sheet.columns().size(); i++) {
            if (sheet.columns().get(i).name().toLowerCase(Locale.ROOT).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** A sheet without even a header row has every required column missing. */
    void finish() {
        if (columnOfCell == null) {
            header(List.of());
        }
    }
}
