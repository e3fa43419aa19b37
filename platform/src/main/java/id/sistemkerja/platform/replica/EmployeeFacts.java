package id.sistemkerja.platform.replica;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;

import org.springframework.data.annotation.Id;

import java.util.List;

/** What a consuming service knows of an employee, as org-service published it. */
public record EmployeeFacts(@Id String nip, String agencyId, String fullName, EmploymentType employmentType, Rank rank,
                            Education education, List<String> competencies, boolean convertedFromAdministrative) {
}
