package id.sistemkerja.org.importing.job;

/**
 * The checks of the file itself, reported with these ids where no regulation rule applies (documented in
 * {@code docs/import.md}). A row refused by the act itself carries the act's own rule id and article instead.
 */
public enum ImportCheck {
    /** A required column is missing from the sheet's header. */
    COLUMN("IMPORT-COLUMN", "invalid-input"),
    /** A value is missing, malformed (date, number, yes/no), not one of the allowed values, or breaks the API's
     * request constraints for the field. */
    VALUE("IMPORT-VALUE", "invalid-input"),
    /** The row has the same key as an earlier row of the file. */
    DUPLICATE("IMPORT-DUPLICATE", "invalid-input"),
    /** The row refers to a record that is neither in the file nor in the agency. */
    REFERENCE("IMPORT-REFERENCE", "not-found"),
    /** The row refers to a row of the file that failed. */
    DEPENDS("IMPORT-DEPENDS", "conflict"),
    /** A record with the row's key exists already with other values (an import never changes a record). */
    EXISTS("IMPORT-EXISTS", "conflict");

    private final String id;
    private final String type;

    ImportCheck(String id, String type) {
        this.id = id;
        this.type = type;
    }

    public String id() {
        return id;
    }

    public String type() {
        return type;
    }
}
