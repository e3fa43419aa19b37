package id.sistemkerja.org.api;

import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Predikat;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on an employee (Pegawai ASN), identified by NIP: the personal record and the career (ORG-03, ORG-10). */
public final class EmployeeCommands {

    private EmployeeCommands() {
    }

    public record RegisterEmployeeCommand(@TargetAggregateIdentifier String nip, String agencyId, String fullName,
                                          EmploymentType employmentType, Rank rank, Education education,
                                          List<String> competencies, boolean convertedFromAdministrative,
                                          Actor actor) {
    }

    /** Replaces the changeable personal facts (kenaikan pangkat, new education, competencies, hasil penyetaraan). */
    public record ChangeEmployeeDetailsCommand(@TargetAggregateIdentifier String nip, String fullName, Rank rank,
                                               Education education, List<String> competencies,
                                               boolean convertedFromAdministrative, LocalDate effectiveOn,
                                               Actor actor) {
    }

    /** Appoints the employee to a position (pengangkatan dalam jabatan); ends the previous appointment. */
    public record AppointEmployeeCommand(@TargetAggregateIdentifier String nip, String appointmentId,
                                         String positionId, LocalDate effectiveFrom, String decreeNumber,
                                         Actor actor) {
    }

    /** Ends the current appointment without a new one ({@code effectiveOn}: first day without the position). */
    public record EndAppointmentCommand(@TargetAggregateIdentifier String nip, LocalDate effectiveOn, String reason,
                                        Actor actor) {
    }

    /** The PPK's placement decision (kedudukan): unit and appraiser position from {@code effectiveFrom}. */
    public record PlaceEmployeeCommand(@TargetAggregateIdentifier String nip, String placementId, String unitId,
                                       String appraiserPositionId, LocalDate effectiveFrom, String decreeNumber,
                                       Actor actor) {
    }

    /** Ends the placement in force without a new one ({@code effectiveOn}: first day no longer placed). */
    public record EndPlacementCommand(@TargetAggregateIdentifier String nip, String placementId, LocalDate effectiveOn,
                                      String reason, Actor actor) {
    }

    /** Records the annual predikat (later fed by performance-service). */
    public record RecordAnnualPredikatCommand(@TargetAggregateIdentifier String nip, int year, Predikat predikat,
                                              String source, Actor actor) {
    }

    /**
     * Voids {@code agencyId}'s registration of the NIP on the word of the national register (M7), so that
     * {@code rightfulAgencyId} can register the person; by {@code NATIONAL_REGISTRAR} only.
     */
    public record VoidEmployeeRegistrationCommand(@TargetAggregateIdentifier String nip, String agencyId,
                                                  String rightfulAgencyId, String reason, String reference,
                                                  LocalDate today, Actor actor) {
    }
}
