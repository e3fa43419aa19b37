package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;
import org.axonframework.serialization.Revision;

import java.util.List;

/** Events of an employee (Pegawai ASN). */
public final class EmployeeEvents {

    private EmployeeEvents() {
    }

    @Revision("1")
    public record EmployeeRegisteredEvent(String nip, String agencyId, String fullName, EmploymentType employmentType,
                                          Rank rank, Education education, List<String> competencies,
                                          boolean convertedFromAdministrative) {
    }
}
