package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;

import java.util.List;

/**
 * An employee (Pegawai ASN) was registered in an agency.
 *
 * @param rank golongan ruang; absent for PPPK
 */
@IntegrationEvent(type = "org.EmployeeRegistered", version = 1)
public record EmployeeRegistered(String nip,
                                 String agencyId,
                                 String fullName,
                                 EmploymentType employmentType,
                                 Rank rank,
                                 Education education,
                                 List<String> competencies,
                                 boolean convertedFromAdministrative) {
}
