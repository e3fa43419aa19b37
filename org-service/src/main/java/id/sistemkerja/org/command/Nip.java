package id.sistemkerja.org.command;

import id.sistemkerja.platform.error.ProblemException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Nomor Induk Pegawai (ORG-03): 18 digits = birth date (yyyymmdd) + appointment (yyyymm) + sex (1 male, 2 female) +
 * sequence (3 digits). Each malformed part is a 400 naming that part.
 */
public record Nip(String value, LocalDate birthDate, YearMonth appointed, int sexDigit, int sequence) {

    private static final String ARTICLE = "Peraturan Kepala BKN 22/2007 tentang NIP PNS";

    public static Nip parse(String raw) {
        if (raw == null || !raw.matches("\\d{18}")) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip", "NIP must be exactly 18 digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                    Integer.parseInt(raw.substring(6, 8)));
        } catch (DateTimeException e) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip.birthDate",
                    "NIP digits 1-8 must be a real birth date (yyyymmdd), not " + raw.substring(0, 8));
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(raw.substring(8, 12)), Integer.parseInt(raw.substring(12, 14)));
        } catch (DateTimeException e) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip.appointmentMonth",
                    "NIP digits 9-14 must be the appointment year and month (yyyymm), not " + raw.substring(8, 14));
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip.appointmentMonth",
                    "NIP appointment month " + appointed + " must come after the birth date " + birth);
        }
        int sex = raw.charAt(14) - '0';
        if (sex != 1 && sex != 2) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip.sexDigit",
                    "NIP digit 15 must be 1 (male) or 2 (female), not " + sex);
        }
        int sequence = Integer.parseInt(raw.substring(15, 18));
        if (sequence == 0) {
            throw ProblemException.invalidByRule("ORG-03", ARTICLE, "nip.sequence", "NIP digits 16-18 (sequence) cannot be 000");
        }
        return new Nip(raw, birth, appointed, sex, sequence);
    }
}
