package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.platform.error.ProblemException;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 18-digit number of a Pegawai ASN (ORG-03), validated part by part by the layout of the employment type; each
 * malformed part is a 400 naming that part.
 * <ul>
 * <li>PNS, Nomor Identitas PNS (NIP): birth date (yyyymmdd) + appointment as CPNS/PNS (yyyymm) + sex (1 male,
 * 2 female) + sequence (3 digits, from 001).</li>
 * <li>PPPK, Nomor Induk PPPK (NI PPPK): the same 18 digits begin with the birth date, but digits 9-18 follow another
 * layout that no authoritative BKN text at hand defines (secondary sources disagree on digits 13-14: the appointment
 * month, or a two-digit code such as "21"; see docs/operations.md, NI PPPK). Only what is certain is validated: 18
 * digits and a real birth date; the rest is accepted as issued by BKN, never refused on a guessed layout.</li>
 * </ul>
 *
 * @param appointed null for PPPK (not validated)
 * @param sexDigit  null for PPPK (not validated)
 * @param sequence  null for PPPK (not validated)
 */
public record Nip(String value, EmploymentType employmentType, LocalDate birthDate, YearMonth appointed,
                  Integer sexDigit, Integer sequence) {

    static final String PNS_ARTICLE = "Peraturan Kepala BKN 22/2007 tentang NIP PNS";
    static final String PPPK_ARTICLE = "Nomor Induk PPPK (NI PPPK, BKN): 18 digits, digits 1-8 the birth date";

    /** A PNS's NIP. */
    public static Nip parse(String raw) {
        return parse(raw, EmploymentType.PNS);
    }

    /** The number of an employee of {@code type} (PNS when null: the stricter layout). */
    public static Nip parse(String raw, EmploymentType type) {
        boolean pppk = type == EmploymentType.PPPK;
        String article = pppk ? PPPK_ARTICLE : PNS_ARTICLE;
        String name = pppk ? "NI PPPK" : "NIP";
        if (raw == null || !raw.matches("\\d{18}")) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip", name + " must be exactly 18 digits");
        }
        LocalDate birth;
        try {
            birth = LocalDate.of(Integer.parseInt(raw.substring(0, 4)), Integer.parseInt(raw.substring(4, 6)),
                    Integer.parseInt(raw.substring(6, 8)));
        } catch (DateTimeException e) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip.birthDate",
                    name + " digits 1-8 must be a real birth date (yyyymmdd), not " + raw.substring(0, 8));
        }
        if (pppk) {
            return new Nip(raw, EmploymentType.PPPK, birth, null, null, null);
        }
        YearMonth appointed;
        try {
            appointed = YearMonth.of(Integer.parseInt(raw.substring(8, 12)), Integer.parseInt(raw.substring(12, 14)));
        } catch (DateTimeException e) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip.appointmentMonth",
                    "NIP digits 9-14 must be the appointment year and month (yyyymm), not " + raw.substring(8, 14));
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip.appointmentMonth",
                    "NIP appointment month " + appointed + " must come after the birth date " + birth);
        }
        int sex = raw.charAt(14) - '0';
        if (sex != 1 && sex != 2) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip.sexDigit",
                    "NIP digit 15 must be 1 (male) or 2 (female), not " + sex);
        }
        int sequence = Integer.parseInt(raw.substring(15, 18));
        if (sequence == 0) {
            throw ProblemException.invalidByRule("ORG-03", article, "nip.sequence",
                    "NIP digits 16-18 (sequence) cannot be 000");
        }
        return new Nip(raw, EmploymentType.PNS, birth, appointed, sex, sequence);
    }
}
