package id.sistemkerja.org.importing.sheet;

/**
 * One data row of a sheet as read from the file.
 *
 * @param row    the row number staff see in Excel (the header is row 1, the first data row 2); for a CSV file the
 *               line's record number counted the same way
 * @param values the cells in the order of {@link Sheet#columns()}; null where a cell is empty or its column missing
 */
public record SheetRow(Sheet sheet, int row, String[] values) {

    /** The trimmed value of {@code column}, null when empty. */
    public String value(String column) {
        int index = sheet.indexOf(column);
        if (index < 0) {
            throw new IllegalArgumentException("sheet " + sheet.sheetName() + " has no column " + column);
        }
        return index < values.length ? values[index] : null;
    }

    /** Where the row is, as a person looks for it: {@code employees row 12}. */
    public String where() {
        return sheet.sheetName() + " row " + row;
    }
}
