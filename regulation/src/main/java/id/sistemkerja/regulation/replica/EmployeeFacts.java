package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import org.springframework.data.annotation.Id;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What a service knows of an employee (Pegawai ASN), as org-service published it.
 *
 * @param rank            golongan ruang; null for PPPK
 * @param position        the position of the employee's latest appointment (null when none or ended); for a date use
 *                        {@link OrgDirectory#appointmentOf}
 * @param placement       the employee's latest placement (null when none or ended); for a date use
 *                        {@link OrgDirectory#placementOf}
 * @param predikatHistory annual performance predikat, one per year (the latest record of a year wins)
 */
public record EmployeeFacts(@Id String nip, String agencyId, String fullName, EmploymentType employmentType, Rank rank,
                            Education education, List<String> competencies, boolean convertedFromAdministrative,
                            HeldPosition position, CurrentPlacement placement,
                            List<AnnualPredikat> predikatHistory) {

    public EmployeeFacts {
        competencies = competencies == null ? List.of() : List.copyOf(competencies);
        predikatHistory = predikatHistory == null ? List.of() : List.copyOf(predikatHistory);
    }

    /** Kind of the current position (JPT Pratama, Administrator, Pengawas, Pelaksana, Fungsional), if any. */
    public Optional<PositionKind> positionKind() {
        return Optional.ofNullable(position).map(HeldPosition::kind);
    }

    /** Kelas jabatan of the current position, if it has one. */
    public Optional<Integer> jobClass() {
        return Optional.ofNullable(position).map(HeldPosition::jobClass);
    }

    /** Jenjang of the current Jabatan Fungsional, if the employee holds one. */
    public Optional<FunctionalLevel> functionalLevel() {
        return Optional.ofNullable(position).map(HeldPosition::functionalLevel);
    }

    /** A copy with another position. */
    public EmployeeFacts withPosition(HeldPosition newPosition) {
        return new EmployeeFacts(nip, agencyId, fullName, employmentType, rank, education, competencies,
                convertedFromAdministrative, newPosition, placement, predikatHistory);
    }

    /** A copy with another placement. */
    public EmployeeFacts withPlacement(CurrentPlacement newPlacement) {
        return new EmployeeFacts(nip, agencyId, fullName, employmentType, rank, education, competencies,
                convertedFromAdministrative, position, newPlacement, predikatHistory);
    }

    /** The predikat of the most recent year on record. */
    public Optional<AnnualPredikat> lastPredikat() {
        return predikatHistory.stream().max(Comparator.comparingInt(AnnualPredikat::year));
    }

    /** The predikat of {@code year}, if recorded. */
    public Optional<Predikat> predikatOf(int year) {
        return predikatHistory.stream().filter(p -> p.year() == year).map(AnnualPredikat::predikat).findFirst();
    }
}
