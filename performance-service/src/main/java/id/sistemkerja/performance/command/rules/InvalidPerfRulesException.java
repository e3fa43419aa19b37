package id.sistemkerja.performance.command.rules;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more performance rule set files are invalid. Thrown at start-up, so the service does not rate under rules it
 * cannot trust; the message names each file, entry and what is wrong.
 */
public class InvalidPerfRulesException extends IllegalStateException {

    /**
     * @param file  e.g. {@code perf-rules/v1.yml}
     * @param entry e.g. {@code distribution.limits.BAIK[0]} or {@code header}
     */
    public record Problem(String file, String entry, String message) {

        @Override
        public String toString() {
            return file + ", entry " + entry + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidPerfRulesException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the performance rule sets:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
