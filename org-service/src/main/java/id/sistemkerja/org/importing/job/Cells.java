package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.importing.sheet.AgencyFileReader;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.org.importing.sheet.SheetRow;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the typed values of one row (text, dates, numbers, yes/no, enumerations) and collects a problem for every
 * value that is missing or malformed, so a row reports all of them at once.
 */
final class Cells {

    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.ISO_LOCAL_DATE,
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("dd-MM-uuuu").withResolverStyle(ResolverStyle.STRICT));
    private static final Set<String> TRUE = Set.of("true", "ya", "yes", "1");
    private static final Set<String> FALSE = Set.of("false", "tidak", "no", "0");
    private static final Pattern SCIENTIFIC = Pattern.compile("-?\\d+(\\.\\d+)?[eE][+-]?\\d+");

    private final SheetRow row;
    private final List<ImportProblem> problems = new ArrayList<>();

    Cells(SheetRow row) {
        this.row = row;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    boolean hasProblem(String column) {
        return problems.stream().anyMatch(p -> column.equals(p.column()));
    }

    void problem(String column, String message) {
        if (!hasProblem(column)) {
            problems.add(ImportProblem.of(row.sheet(), row.row(), column, raw(column), ImportCheck.VALUE, message));
        }
    }

    /** Every required column of the sheet has a value. */
    void requireAll() {
        for (Sheet.Column column : row.sheet().columns()) {
            if (column.required() && raw(column.name()) == null) {
                problem(column.name(), column.name() + " is required (" + column.meaning() + ")");
            }
        }
    }

    String raw(String column) {
        return row.value(column);
    }

    /** The text of the cell; a number Excel stored with too few digits (a NIP typed as a number) is refused. */
    String text(String column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        if (value.startsWith(AgencyFileReader.PRECISION_LOST) || SCIENTIFIC.matcher(value).matches()) {
            problem(column, column + " was typed as a number and Excel kept only 15 digits of it; format the column "
                    + "as Text (or start the value with an apostrophe) and enter it again");
            return null;
        }
        return value;
    }

    LocalDate date(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(value, format);
            } catch (DateTimeParseException e) {
                // try the next accepted form
            }
        }
        problem(column, column + " must be a date (yyyy-mm-dd, or dd/mm/yyyy), not " + value);
        return null;
    }

    Integer integer(String column) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value.endsWith(".0") ? value.substring(0, value.length() - 2) : value);
        } catch (NumberFormatException e) {
            problem(column, column + " must be a whole number, not " + value);
            return null;
        }
    }

    /** Yes/no: true, false, ya, tidak, yes, no, 1, 0; empty is false. */
    boolean bool(String column) {
        String value = text(column);
        if (value == null) {
            return false;
        }
        String lower = value.toLowerCase(Locale.ROOT);
        if (TRUE.contains(lower)) {
            return true;
        }
        if (!FALSE.contains(lower)) {
            problem(column, column + " must be true or false (ya/tidak), not " + value);
        }
        return false;
    }

    /**
     * One of an enumeration's values; case, blanks, dashes and slashes do not matter ({@code III/b} is {@code III_B},
     * {@code Ahli Muda} is {@code AHLI_MUDA}).
     */
    <E extends Enum<E>> E enumeration(String column, Class<E> type) {
        String value = text(column);
        if (value == null) {
            return null;
        }
        String name = value.strip().toUpperCase(Locale.ROOT).replaceAll("[\\s/\\-]+", "_");
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(name)) {
                return constant;
            }
        }
        problem(column, column + " must be one of " + String.join(", ", Arrays.stream(type.getEnumConstants())
                .map(Enum::name).toList()) + ", not " + value);
        return null;
    }

    /** A list separated by {@code ;} (or line breaks), blanks dropped. */
    List<String> list(String column) {
        String value = text(column);
        if (value == null) {
            return List.of();
        }
        return Arrays.stream(value.split("[;\\n]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
