package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of an employee (Pegawai ASN): one stream per NIP holding the personal record and the career. */
public final class EmployeeEvents {

    private EmployeeEvents() {
    }

    @Revision("1")
    public record EmployeeRegisteredEvent(String nip, String agencyId, String fullName, EmploymentType employmentType,
                                          Rank rank, Education education, List<String> competencies,
                                          boolean convertedFromAdministrative) {
    }

    @Revision("1")
    public record EmployeeDetailsChangedEvent(String nip, String agencyId, String fullName, Rank rank,
                                              Education education, List<String> competencies,
                                              boolean convertedFromAdministrative, LocalDate effectiveOn) {
    }

    @Revision("1")
    public record EmployeeAppointedEvent(String appointmentId, String nip, String agencyId, String positionId,
                                         String unitId, String departmentId, PositionKind positionKind,
                                         String positionTitle, FunctionalLevel functionalLevel, Integer jobClass,
                                         LocalDate effectiveFrom, String decreeNumber) {
    }

    @Revision("1")
    public record EmployeeAppointmentEndedEvent(String appointmentId, String nip, String agencyId, String positionId,
                                                LocalDate effectiveOn, String reason) {
    }

    /** A placement decision; records the profile and rule ids that justified it (AUD-01). */
    @Revision("1")
    public record EmployeePlacedEvent(String placementId, String nip, String agencyId, String unitId,
                                      String departmentId, String appraiserPositionId, LocalDate effectiveFrom,
                                      String decreeNumber, String decidedBy, String profileId, String profileVersion,
                                      List<String> ruleIds) {
    }

    @Revision("1")
    public record EmployeePlacementEndedEvent(String placementId, String nip, String agencyId, LocalDate effectiveOn,
                                              String reason) {
    }

    @Revision("1")
    public record AnnualPredikatRecordedEvent(String nip, String agencyId, int year, Predikat predikat,
                                              String source) {
    }

    /**
     * The national registrar voided {@code agencyId}'s registration of the NIP (M7): that agency does not employ the
     * person. The stream stays (its acts are records); only {@code rightfulAgencyId} may register the NIP next.
     */
    @Revision("1")
    public record EmployeeRegistrationVoidedEvent(String nip, String agencyId, String rightfulAgencyId, String reason,
                                                  String reference, LocalDate voidedOn) {
    }
}
