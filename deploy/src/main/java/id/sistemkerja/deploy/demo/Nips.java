package id.sistemkerja.deploy.demo;

import java.time.LocalDate;
import java.time.YearMonth;

/** Valid NIPs (ORG-03): birth date yyyymmdd, appointment yyyymm, sex digit (1 male, 2 female), sequence 001-999. */
public final class Nips {

    private Nips() {
    }

    public static String of(LocalDate birth, YearMonth appointed, int sexDigit, int sequence) {
        if (!appointed.isAfter(YearMonth.from(birth)) || (sexDigit != 1 && sexDigit != 2) || sequence < 1
                || sequence > 999) {
            throw new IllegalArgumentException("not a valid NIP: " + birth + " " + appointed + " " + sexDigit + " "
                    + sequence);
        }
        return String.format("%04d%02d%02d%04d%02d%d%03d", birth.getYear(), birth.getMonthValue(),
                birth.getDayOfMonth(), appointed.getYear(), appointed.getMonthValue(), sexDigit, sequence);
    }
}
