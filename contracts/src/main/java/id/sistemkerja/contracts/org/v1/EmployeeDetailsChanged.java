package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.Rank;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's personal record changed (name, golongan ruang, education, competencies, hasil penyetaraan); the
 * record carries the complete new values.
 */
@IntegrationEvent(type = "org.EmployeeDetailsChanged", version = 1)
public record EmployeeDetailsChanged(String nip,
                                     String agencyId,
                                     String fullName,
                                     Rank rank,
                                     Education education,
                                     List<String> competencies,
                                     boolean convertedFromAdministrative,
                                     LocalDate effectiveOn) {
}
