package id.sistemkerja.team.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.Grounds;

import java.time.LocalDate;
import java.util.List;

/** What every act on a team states: its date, its texts; and that it is not dated before the act it rests on (12.12). */
final class TeamActs {

    private TeamActs() {
    }

    static LocalDate requireDate(LocalDate date, String field) {
        if (date == null) {
            throw ProblemException.invalid(field, field + " (tanggal) is required");
        }
        return date;
    }

    static void requireText(String value, String field, String what) {
        if (!hasText(value)) {
            throw ProblemException.invalid(field, what + " is required");
        }
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    /** The non-blank values, trimmed. */
    static List<String> texts(List<String> values) {
        return values == null ? List.of() : values.stream().filter(TeamActs::hasText).map(String::trim).toList();
    }

    /** 12.12: an act dated before the act it rests on is refused under {@code grounds}. */
    static void notBefore(LocalDate date, String field, LocalDate earliest, String act, Grounds grounds) {
        if (earliest != null && date.isBefore(earliest)) {
            throw grounds.refusal(field, field + " " + date + " is before the " + act + " of " + earliest
                    + "; an act cannot be dated before the act it rests on");
        }
    }
}
