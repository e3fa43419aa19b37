package id.sistemkerja.org.importing.job;

import java.util.List;

/** The outcome of one row: where it is, the record it stands for ({@code key}), and its problems when it failed. */
public record RowResult(String sheet, int row, String key, RowOutcome outcome, List<ImportProblem> problems) {

    public RowResult {
        problems = problems == null ? List.of() : List.copyOf(problems);
    }
}
