package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.importing.sheet.Sheet;

/**
 * One problem of one row, in the shape of a problem+json violation plus where it is in the file.
 *
 * @param sheet   the sheet ({@code employees}, ...)
 * @param row     the row number as Excel shows it (header = 1)
 * @param column  the column at fault; null when the refusal concerns the row as a whole
 * @param value   the cell's value, if any
 * @param type    the problem type slug ({@code invalid-input}, {@code rule-violation}, {@code forbidden},
 *                {@code not-found}, {@code conflict}, {@code internal-error})
 * @param ruleId  the rule: a regulation rule of RULES.md ({@code ORG-08}) when the act is refused by one, otherwise
 *                one of the file's own checks ({@code IMPORT-VALUE}, ... see {@link ImportCheck})
 * @param article the legal source of a regulation rule; null for the file's own checks
 * @param message what is wrong, in words staff can act on
 */
public record ImportProblem(String sheet, int row, String column, String value, String type, String ruleId,
                            String article, String message) {

    static ImportProblem of(Sheet sheet, int row, String column, String value, ImportCheck check, String message) {
        return new ImportProblem(sheet.sheetName(), row, column, value, check.type(), check.id(), null, message);
    }
}
