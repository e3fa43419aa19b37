package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands on an employee (Pegawai ASN), identified by NIP. */
public final class EmployeeCommands {

    private EmployeeCommands() {
    }

    public record RegisterEmployeeCommand(@TargetAggregateIdentifier String nip, String agencyId, String fullName,
                                          EmploymentType employmentType, Rank rank, Education education,
                                          List<String> competencies, boolean convertedFromAdministrative,
                                          Actor actor) {
    }
}
