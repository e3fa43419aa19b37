package id.sistemkerja.org.query;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.util.List;

/** Read model of an employee (Pegawai ASN): collection {@code employees}, id = NIP. */
@Document("employees")
public record EmployeeView(@Id String nip, String agencyId, String fullName, EmploymentType employmentType, Rank rank,
                           Education education, List<String> competencies, boolean convertedFromAdministrative) {
}
