package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.platform.error.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.YearMonth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class NipTest {

    private static String fieldOf(String nip) {
        return fieldOf(nip, EmploymentType.PNS);
    }

    private static String fieldOf(String nip, EmploymentType type) {
        ProblemException problem = catchThrowableOfType(ProblemException.class, () -> Nip.parse(nip, type));
        assertThat(problem).as(nip).isNotNull();
        assertThat(problem.violations().get(0).ruleId()).isEqualTo("ORG-03");
        return problem.violations().get(0).field();
    }

    @Test
    @DisplayName("ORG-03 a NIP is 18 digits: birth date, appointment month, sex digit, sequence")
    void parts() {
        Nip nip = Nip.parse("198503122010011002");
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1985, 3, 12));
        assertThat(nip.appointed()).isEqualTo(YearMonth.of(2010, 1));
        assertThat(nip.sexDigit()).isEqualTo(1);
        assertThat(nip.sequence()).isEqualTo(2);
    }

    @Test
    @DisplayName("ORG-03 each wrong part is named: shape, birth date, appointment month, sex digit, sequence")
    void eachWrongPartIsNamed() {
        assertThat(fieldOf("19850312201001100")).isEqualTo("nip");
        assertThat(fieldOf("19850312201001100a")).isEqualTo("nip");
        assertThat(fieldOf("198502302010011002")).isEqualTo("nip.birthDate");
        assertThat(fieldOf("198503122010001002")).isEqualTo("nip.appointmentMonth");
        assertThat(fieldOf("198503121984011002")).isEqualTo("nip.appointmentMonth");
        assertThat(fieldOf("198503122010013002")).isEqualTo("nip.sexDigit");
        assertThat(fieldOf("198503122010011000")).isEqualTo("nip.sequence");
    }

    @Test
    @DisplayName("ORG-03 a PPPK's NI PPPK is checked for what is certain (18 digits, birth date in digits 1-8), not "
            + "for the PNS layout of digits 9-18 (digits 13-14 of NI PPPK are no month, e.g. ...2025 21 2 001)")
    void pppk() {
        String niPppk = "199312282025212001";
        Nip nip = Nip.parse(niPppk, EmploymentType.PPPK);
        assertThat(nip.birthDate()).isEqualTo(LocalDate.of(1993, 12, 28));
        assertThat(nip.appointed()).isNull();
        assertThat(fieldOf(niPppk, EmploymentType.PNS)).isEqualTo("nip.appointmentMonth");
        assertThat(fieldOf("19931228202521200", EmploymentType.PPPK)).isEqualTo("nip");
        assertThat(fieldOf("199313282025212001", EmploymentType.PPPK)).isEqualTo("nip.birthDate");
        ProblemException wrong = catchThrowableOfType(ProblemException.class,
                () -> Nip.parse("199302302025212001", EmploymentType.PPPK));
        assertThat(wrong.violations().get(0).article()).contains("NI PPPK");
    }
}
