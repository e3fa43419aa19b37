package id.sistemkerja.regulation.replica;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The org facts a service decides on, read from its local replica (fed from {@code sk.org.events.v1}); never a
 * synchronous call to org-service. A fact that has not arrived yet is {@link Optional#empty()} (or an empty list):
 * the caller refuses with a retryable error ({@code ProblemException.notYetKnown}) rather than guess.
 * <p>
 * Dates are calendar dates (Asia/Jakarta). Periods are historised (ORG-10): placements and appointments are in force
 * from their first day up to, not including, the first day of the next one; delegations from their first to their
 * last day inclusive, unless ended early. Every method is a blocking MongoDB read: call it from command-side code or
 * through {@code Blocking.mono} in web code.
 */
public interface OrgDirectory {

    /** True when the agency (instansi) is known. */
    boolean agencyKnown(String agencyId);

    /** The agency (instansi). */
    Optional<AgencyFacts> agency(String agencyId);

    /**
     * The employee: personal facts (PNS/PPPK, golongan ruang, education, competencies, hasil penyetaraan), the position
     * of the latest appointment ({@link EmployeeFacts#positionKind()}, {@link EmployeeFacts#jobClass()},
     * {@link EmployeeFacts#functionalLevel()}) and the annual predikat history ({@link EmployeeFacts#lastPredikat()}).
     */
    Optional<EmployeeFacts> employee(String nip);

    /** The appointment (position held) of the employee on {@code date}. */
    Optional<AppointmentRecord> appointmentOf(String nip, LocalDate date);

    /** The placement (kedudukan: unit and appraiser position) of the employee on {@code date}. */
    Optional<PlacementRecord> placementOf(String nip, LocalDate date);

    /**
     * The unit the employee belongs to on {@code date}: the unit of the placement in force (Pejabat Fungsional and
     * Pelaksana), otherwise the unit of the position held that day (structural officials lead rather than being
     * placed).
     */
    Optional<String> unitOf(String nip, LocalDate date);

    /** A department (perangkat daerah) or unit: its department, parent, ancestors, kind and head position. */
    Optional<UnitFacts> unit(String unitId);

    /** A position of a job map: kind, jobClass (kelas jabatan), functional level, unit. */
    Optional<PositionFacts> position(String positionId);

    /** NIP of the holder of {@code positionId} on {@code date} (the latest appointment in force that day). */
    Optional<String> holderOf(String positionId, LocalDate date);

    /** NIP of the unit head (Pimpinan Unit Organisasi: holder of the unit's head position) on {@code date}. */
    Optional<String> headOf(String unitId, LocalDate date);

    /**
     * Who appraised (Pejabat Penilai Kinerja) the employee on {@code date}: the delegate of a delegation of the
     * appraiser position in force that day and covering the employee (ORG-05), otherwise the holder of the appraiser
     * position of the placement in force. Empty when the employee was not placed that day.
     */
    Optional<AppraiserOnDate> appraiserOf(String nip, LocalDate date);

    /** NIPs of the employees placed in the unit (kedudukan, not sub-units) on {@code date}, sorted. */
    List<String> membersOf(String unitId, LocalDate date);

    /**
     * Whether two units belong to the same department (perangkat daerah); empty when either unit is not known yet.
     */
    Optional<Boolean> sameDepartment(String unitIdA, String unitIdB);
}
