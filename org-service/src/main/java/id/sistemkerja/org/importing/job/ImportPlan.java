package id.sistemkerja.org.importing.job;

import id.sistemkerja.org.api.OrgIds;
import id.sistemkerja.org.importing.job.ImportActs.Act;
import id.sistemkerja.org.importing.sheet.AgencyFile;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.org.importing.sheet.SheetRow;
import jakarta.validation.Validator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The order an agency file is imported in, and what each row needs. Sheets go in dependency order (bindings, then
 * departments, units level by level, positions, employees, appointments, placements): a row only refers to records of
 * earlier steps. Within a step, rows of different records may run side by side ("groups"); the rows of one group —
 * the positions of one unit, the appointments or placements of one employee — run one after another, an employee's
 * by date, because each act depends on the record's history so far (ORG-10).
 */
final class ImportPlan {

    /** A record a row refers to by {@code key}, named in {@code column}. */
    record Ref(String key, String column) {
    }

    /**
     * One row with what the import needs to know of it.
     *
     * @param key        the record the row stands for ({@code employee:<nip>}, ...); its identity in the file
     * @param ownsKey    false for a later duplicate of the key (it fails and leaves the first row's outcome alone)
     * @param references records the row refers to: in the file (earlier steps) or in the agency already
     * @param after      keys of rows of the file the act builds on although it does not name them: a placement on the
     *                   employee's appointment and on the profile binding in force on its date
     */
    record PlannedRow(SheetRow source, String key, boolean ownsKey, List<Ref> references, List<Ref> after, Act act,
                      List<ImportProblem> problems) {

        String sheetName() {
            return source.sheet().sheetName();
        }
    }

    /** Rows that may run side by side, each group in order. */
    record Step(String name, List<List<PlannedRow>> groups) {
    }

    private final List<Step> steps;
    private final int rows;

    private ImportPlan(List<Step> steps, int rows) {
        this.steps = steps;
        this.rows = rows;
    }

    List<Step> steps() {
        return steps;
    }

    int rows() {
        return rows;
    }

    static ImportPlan of(AgencyFile file, String agencyId, Validator validator) {
        Map<Sheet, List<PlannedRow>> planned = new LinkedHashMap<>();
        for (Sheet sheet : Sheet.values()) {
            Map<String, Integer> firstRowOfKey = new HashMap<>();
            List<PlannedRow> rows = new ArrayList<>();
            for (SheetRow row : file.rows(sheet)) {
                rows.add(plan(row, file.missingColumns(sheet), agencyId, validator, firstRowOfKey));
            }
            planned.put(sheet, rows);
        }
        addImplicitDependencies(planned);

        List<Step> steps = new ArrayList<>();
        steps.add(new Step("profile-bindings", List.of(sortedByDate(planned.get(Sheet.PROFILE_BINDINGS)))));
        steps.add(new Step("departments", singles(planned.get(Sheet.DEPARTMENTS))));
        // a unit after its parent: one step per depth below the department
        TreeMap<Integer, List<PlannedRow>> unitsByDepth = new TreeMap<>();
        for (PlannedRow row : planned.get(Sheet.UNITS)) {
            String parent = row.source().value("parentUnitId");
            int depth = parent == null ? 0 : (int) parent.chars().filter(c -> c == '.').count();
            unitsByDepth.computeIfAbsent(depth, d -> new ArrayList<>()).add(row);
        }
        unitsByDepth.forEach((depth, rows) -> steps.add(new Step("units (level " + depth + ")", singles(rows))));
        steps.add(new Step("positions", grouped(planned.get(Sheet.POSITIONS), "unitId", false)));
        steps.add(new Step("employees", singles(planned.get(Sheet.EMPLOYEES))));
        steps.add(new Step("appointments", grouped(planned.get(Sheet.APPOINTMENTS), "nip", true)));
        steps.add(new Step("placements", grouped(planned.get(Sheet.PLACEMENTS), "nip", true)));
        int total = planned.values().stream().mapToInt(List::size).sum();
        return new ImportPlan(List.copyOf(steps), total);
    }

    private static PlannedRow plan(SheetRow row, List<String> missingColumns, String agencyId, Validator validator,
                                   Map<String, Integer> firstRowOfKey) {
        List<ImportProblem> problems = new ArrayList<>();
        for (String column : missingColumns) {
            problems.add(ImportProblem.of(row.sheet(), row.row(), column, null, ImportCheck.COLUMN, "sheet "
                    + row.sheet().sheetName() + " has no column " + column + " (required: "
                    + row.sheet().columns().get(row.sheet().indexOf(column)).meaning() + ")"));
        }
        ImportActs.Parsed parsed = missingColumns.isEmpty() ? ImportActs.parse(row, agencyId, validator) : null;
        if (parsed != null) {
            problems.addAll(parsed.problems());
        }
        String key = key(row, agencyId);
        Integer first = firstRowOfKey.putIfAbsent(key, row.row());
        boolean owns = first == null;
        if (!owns) {
            String column = keyColumn(row.sheet());
            problems.add(ImportProblem.of(row.sheet(), row.row(), column, row.value(column), ImportCheck.DUPLICATE,
                    "the same " + describeKey(row.sheet()) + " as row " + first + " of sheet "
                            + row.sheet().sheetName() + "; each record is listed once"));
        }
        Act act = problems.isEmpty() && parsed != null ? parsed.act() : null;
        return new PlannedRow(row, key, owns, references(row), new ArrayList<>(), act, List.copyOf(problems));
    }

    /** The record a row stands for, from its raw values (so duplicates are found even in rows that fail). */
    static String key(SheetRow row, String agencyId) {
        return switch (row.sheet()) {
            case PROFILE_BINDINGS -> "binding:" + row.value("effectiveFrom");
            case DEPARTMENTS -> "unit:" + OrgIds.department(agencyId, row.value("code"));
            case UNITS -> "unit:" + OrgIds.unit(row.value("parentUnitId"), row.value("code"));
            case POSITIONS -> "position:" + OrgIds.position(row.value("unitId"), row.value("code"));
            case EMPLOYEES -> "employee:" + row.value("nip");
            case APPOINTMENTS -> "appointment:" + row.value("nip") + "@" + row.value("effectiveFrom");
            case PLACEMENTS -> "placement:" + row.value("nip") + "@" + row.value("effectiveFrom");
        };
    }

    private static String keyColumn(Sheet sheet) {
        return switch (sheet) {
            case PROFILE_BINDINGS, APPOINTMENTS, PLACEMENTS -> "effectiveFrom";
            case DEPARTMENTS, UNITS, POSITIONS -> "code";
            case EMPLOYEES -> "nip";
        };
    }

    private static String describeKey(Sheet sheet) {
        return switch (sheet) {
            case PROFILE_BINDINGS -> "effectiveFrom";
            case DEPARTMENTS -> "code";
            case UNITS -> "parentUnitId and code";
            case POSITIONS -> "unitId and code";
            case EMPLOYEES -> "nip";
            case APPOINTMENTS, PLACEMENTS -> "nip and effectiveFrom";
        };
    }

    private static List<Ref> references(SheetRow row) {
        List<Ref> refs = new ArrayList<>();
        switch (row.sheet()) {
            case UNITS -> ref(refs, "unit:", row, "parentUnitId");
            case POSITIONS -> ref(refs, "unit:", row, "unitId");
            case APPOINTMENTS -> {
                ref(refs, "employee:", row, "nip");
                ref(refs, "position:", row, "positionId");
            }
            case PLACEMENTS -> {
                ref(refs, "employee:", row, "nip");
                ref(refs, "unit:", row, "unitId");
                ref(refs, "position:", row, "appraiserPositionId");
            }
            default -> {
            }
        }
        return List.copyOf(refs);
    }

    private static void ref(List<Ref> refs, String prefix, SheetRow row, String column) {
        String value = row.value(column);
        if (value != null) {
            refs.add(new Ref(prefix + value, column));
        }
    }

    /**
     * A placement is decided on the position the employee holds on its date (ORG-04, ORG-07) and under the profile
     * bound on that date (ORG-08): when the file's appointment or binding for that date fails, the placement must not
     * be decided on what happens to be stored instead.
     */
    private static void addImplicitDependencies(Map<Sheet, List<PlannedRow>> planned) {
        Map<String, List<PlannedRow>> appointmentsByNip = new HashMap<>();
        for (PlannedRow row : planned.get(Sheet.APPOINTMENTS)) {
            if (row.ownsKey() && row.act() != null) {
                appointmentsByNip.computeIfAbsent(row.source().value("nip"), n -> new ArrayList<>()).add(row);
            }
        }
        for (PlannedRow placement : planned.get(Sheet.PLACEMENTS)) {
            if (placement.act() == null) {
                continue;
            }
            LocalDate date = placement.act().date();
            latestOnOrBefore(appointmentsByNip.getOrDefault(placement.source().value("nip"), List.of()), date)
                    .ifPresent(a -> placement.after().add(new Ref(a.key(), "nip")));
            latestOnOrBefore(planned.get(Sheet.PROFILE_BINDINGS).stream().filter(b -> b.act() != null && b.ownsKey())
                    .toList(), date).ifPresent(b -> placement.after().add(new Ref(b.key(), "effectiveFrom")));
        }
    }

    private static java.util.Optional<PlannedRow> latestOnOrBefore(List<PlannedRow> rows, LocalDate date) {
        return rows.stream().filter(r -> r.act().date() != null && !r.act().date().isAfter(date))
                .max(Comparator.comparing(r -> r.act().date()));
    }

    private static List<List<PlannedRow>> singles(List<PlannedRow> rows) {
        return rows.stream().map(List::of).toList();
    }

    private static List<PlannedRow> sortedByDate(List<PlannedRow> rows) {
        return rows.stream().sorted(byDateThenRow()).toList();
    }

    private static List<List<PlannedRow>> grouped(List<PlannedRow> rows, String column, boolean byDate) {
        Map<String, List<PlannedRow>> groups = new LinkedHashMap<>();
        for (PlannedRow row : rows) {
            String value = row.source().value(column);
            groups.computeIfAbsent(value == null ? "row:" + row.source().row() : value, k -> new ArrayList<>()).add(row);
        }
        return groups.values().stream().map(g -> byDate ? g.stream().sorted(byDateThenRow()).toList() : List.copyOf(g))
                .toList();
    }

    private static Comparator<PlannedRow> byDateThenRow() {
        return Comparator.comparing((PlannedRow r) -> r.act() == null || r.act().date() == null ? LocalDate.MAX
                : r.act().date()).thenComparingInt(r -> r.source().row());
    }
}
