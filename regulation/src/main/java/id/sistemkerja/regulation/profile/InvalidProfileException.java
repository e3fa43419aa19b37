package id.sistemkerja.regulation.profile;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One or more regulation profile files are invalid or inconsistent. Thrown at start-up, so the service does not run
 * on rules it cannot trust; the message names each file, entry and what is wrong.
 */
public class InvalidProfileException extends IllegalStateException {

    /**
     * @param file    the profile file, e.g. {@code profiles/serang-2023/v1.yml}
     * @param entry   the rule id (e.g. {@code TEAM-05}) or {@code header}
     * @param message what is wrong
     */
    public record Problem(String file, String entry, String message) {

        @Override
        public String toString() {
            return file + ", entry " + entry + ": " + message;
        }
    }

    private final List<Problem> problems;

    public InvalidProfileException(List<Problem> problems) {
        super(problems.size() + " problem(s) in the regulation profiles:\n"
                + problems.stream().map(p -> "  - " + p).collect(Collectors.joining("\n")));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
