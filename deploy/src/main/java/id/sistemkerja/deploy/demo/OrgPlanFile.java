package id.sistemkerja.deploy.demo;

import id.sistemkerja.org.importing.sheet.AgencyFileWriter;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter.Table;
import id.sistemkerja.org.importing.sheet.Sheet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An {@link OrgPlan} as an agency import file (docs/import.md): each step's request body becomes a row of the sheet of
 * its kind, the ids the API takes from the path (unit of a position, NIP of an appointment) its column. Delegations and
 * predikat are not part of the import format and are left out. Used to feed the synthetic agency of the benchmarks to
 * the import.
 */
public final class OrgPlanFile {

    private OrgPlanFile() {
    }

    public static byte[] write(OrgPlan plan, AgencyFileWriter.Format format) {
        return AgencyFileWriter.write(format, tables(plan));
    }

    public static List<Table> tables(OrgPlan plan) {
        Map<Sheet, List<String[]>> rows = new EnumMap<>(Sheet.class);
        for (Sheet sheet : Sheet.values()) {
            rows.put(sheet, new ArrayList<>());
        }
        for (OrgPlan.Step step : plan.steps()) {
            Sheet sheet = sheetOf(step);
            if (sheet == null) {
                continue;
            }
            String[] row = new String[sheet.columns().size()];
            for (int c = 0; c < row.length; c++) {
                String column = sheet.columns().get(c).name();
                Object value = step.body().get(column);
                if (value == null) {
                    value = fromPath(step.path(), column);
                }
                row[c] = text(value);
            }
            rows.get(sheet).add(row);
        }
        List<Table> tables = new ArrayList<>();
        rows.forEach((sheet, list) -> tables.add(new Table(sheet.sheetName(), sheet.headers(), list)));
        return tables;
    }

    private static Sheet sheetOf(OrgPlan.Step step) {
        return switch (step.phase()) {
            case UNITS -> step.path().endsWith("/departments") ? Sheet.DEPARTMENTS : Sheet.UNITS;
            case POSITIONS -> Sheet.POSITIONS;
            case EMPLOYEES -> Sheet.EMPLOYEES;
            case APPOINTMENTS -> Sheet.APPOINTMENTS;
            case PLACEMENTS -> Sheet.PLACEMENTS;
            case DELEGATIONS, PREDIKAT -> null;
        };
    }

    /** {@code /api/v1/units/{unitId}/positions}, {@code /api/v1/employees/{nip}/appointments}. */
    private static Object fromPath(String path, String column) {
        String[] parts = path.split("/");
        if ("unitId".equals(column) && path.startsWith("/api/v1/units/")) {
            return parts[4];
        }
        if ("nip".equals(column) && path.startsWith("/api/v1/employees/")) {
            return parts[4];
        }
        return null;
    }

    private static String text(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Collection<?> list) {
            return list.isEmpty() ? null : String.join("; ", list.stream().map(Object::toString).toList());
        }
        return value.toString();
    }
}
