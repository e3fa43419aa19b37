package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.Education;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.Rank;
import id.sistemkerja.org.api.EmployeeCommands.AppointEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.ChangeEmployeeDetailsCommand;
import id.sistemkerja.org.api.EmployeeCommands.EndAppointmentCommand;
import id.sistemkerja.org.api.EmployeeCommands.EndPlacementCommand;
import id.sistemkerja.org.api.EmployeeCommands.PlaceEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.RecordAnnualPredikatCommand;
import id.sistemkerja.org.api.EmployeeCommands.RegisterEmployeeCommand;
import id.sistemkerja.org.api.EmployeeCommands.VoidEmployeeRegistrationCommand;
import id.sistemkerja.org.api.EmployeeEvents.AnnualPredikatRecordedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeAppointedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeAppointmentEndedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeDetailsChangedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeePlacedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeePlacementEndedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegistrationVoidedEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import id.sistemkerja.platform.security.Actor;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * An employee (Pegawai ASN, ORG-03), identified by NIP: the personal record and the career, historised (ORG-10):
 * appointments to positions, placements (kedudukan) decided by the PPK, and the annual predikat. Appointment and
 * placement decisions that need facts of other aggregates are taken by {@link AppointmentCommandHandler} and
 * {@link PlacementCommandHandler}, which then apply them here.
 */
@Aggregate
public class Employee {

    /** An appointment to a position, in force from its first day up to (not including) {@code until}. */
    record Appointment(AppointmentSnapshot held, LocalDate until) {
        boolean inForceOn(LocalDate date) {
            return !date.isBefore(held.from()) && (until == null || date.isBefore(until));
        }
    }

    /** A placement (kedudukan), in force from {@code from} up to (not including) {@code until}. */
    record Placement(String placementId, String unitId, String appraiserPositionId, LocalDate from, LocalDate until) {
    }

    @AggregateIdentifier
    private String nip;
    private String agencyId;
    private EmploymentType employmentType;
    private String fullName;
    private Rank rank;
    private Education education;
    private List<String> competencies = List.of();
    private boolean convertedFromAdministrative;
    private final List<Appointment> appointments = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    /** M7: the registration was voided by the national registrar; only {@link #rightfulAgencyId} may register. */
    private boolean voided;
    private String rightfulAgencyId;

    protected Employee() {
    }

    /**
     * Registers the NIP for the caller's agency. A NIP is registered once; after the national registrar voided a
     * registration by the wrong agency (M7) only the agency the register names may register it again (the stream, and
     * the void registration's acts in it, stay). A refusal never names the agency that holds the NIP (L3).
     */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RegisterEmployeeCommand command) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN);
        if (nip != null && (!voided || !command.agencyId().equals(rightfulAgencyId))) {
            throw ProblemException.conflict("Employee " + command.nip() + " is registered already"
                    + (voided ? " (the national registrar released the NIP to another agency)" : "")
                    + "; a NIP registered by the wrong agency is voided by the national registrar "
                    + "(role " + Roles.NATIONAL_REGISTRAR + ")");
        }
        Nip.parse(command.nip(), command.employmentType()); // ORG-03: the layout of the employment type
        requireName(command.fullName());
        requireRankForPns(command.employmentType(), command.rank());
        apply(new EmployeeRegisteredEvent(command.nip(), command.agencyId(), command.fullName().trim(),
                command.employmentType(), command.rank(), command.education(),
                command.competencies() == null ? List.of() : List.copyOf(command.competencies()),
                command.convertedFromAdministrative()));
    }

    /**
     * M7: the national registrar voids the registration of an agency that does not employ the person, on the word of
     * the national register (reason and reference recorded), and names the agency that does. Refused while that
     * agency's placement (kedudukan) or appointment of the person is in force: those are the agency's own PPK decisions
     * (ORG-07, ORG-10), ending them is its act with its decree, and ending an appointment also vacates a position of
     * its job map; the registrar records a register fact, not a personnel decision.
     */
    @CommandHandler
    public void handle(VoidEmployeeRegistrationCommand command) {
        Actor actor = command.actor();
        if (!actor.hasRole(Roles.NATIONAL_REGISTRAR) || actor.agencyId() != null) {
            throw ProblemException.forbidden("A registration is voided by the national registrar (BKN), acting for "
                    + "no agency.", Roles.NATIONAL_REGISTRAR);
        }
        if (blank(command.agencyId())) {
            throw ProblemException.invalid("agencyId", "agencyId (the agency whose registration is void) is required");
        }
        if (blank(command.rightfulAgencyId()) || command.rightfulAgencyId().equals(command.agencyId())) {
            throw ProblemException.invalid("rightfulAgencyId", "rightfulAgencyId (the agency the national register "
                    + "names for this NIP) is required and differs from agencyId");
        }
        if (blank(command.reason())) {
            throw ProblemException.invalid("reason", "reason is required");
        }
        if (blank(command.reference())) {
            throw ProblemException.invalid("reference", "reference (the national register's letter or record) is "
                    + "required");
        }
        if (voided || !command.agencyId().equals(agencyId)) {
            throw ProblemException.conflict("Employee " + nip + " is not registered by agency "
                    + command.agencyId());
        }
        List<String> inForce = new ArrayList<>();
        for (Appointment appointment : appointments) {
            if (appointment.until() == null || appointment.until().isAfter(command.today())) {
                inForce.add("appointment " + appointment.held().appointmentId() + " ("
                        + appointment.held().positionId() + ")");
            }
        }
        for (Placement placement : placements) {
            if (placement.until() == null || placement.until().isAfter(command.today())) {
                inForce.add("placement " + placement.placementId() + " (unit " + placement.unitId() + ")");
            }
        }
        if (!inForce.isEmpty()) {
            throw ProblemException.conflict("Employee " + nip + " has " + String.join(", ", inForce)
                    + " in force in agency " + agencyId + ": its PPK ends them first (ORG-07, ORG-10), then the "
                    + "registration can be voided");
        }
        apply(new EmployeeRegistrationVoidedEvent(nip, agencyId, command.rightfulAgencyId(), command.reason().trim(),
                command.reference().trim(), command.today()));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    @CommandHandler
    public void handle(ChangeEmployeeDetailsCommand command) {
        Access.requireAgencyRole(command.actor(), agencyId, Roles.AGENCY_ADMIN);
        requireName(command.fullName());
        requireRankForPns(employmentType, command.rank());
        if (command.education() == null) {
            throw ProblemException.invalid("education", "education (pendidikan terakhir) is required");
        }
        List<String> newCompetencies = command.competencies() == null ? List.of() : List.copyOf(command.competencies());
        boolean unchanged = command.fullName().trim().equals(fullName) && command.rank() == rank
                && command.education() == education && newCompetencies.equals(competencies)
                && command.convertedFromAdministrative() == convertedFromAdministrative;
        if (unchanged) {
            return; // nothing to record
        }
        apply(new EmployeeDetailsChangedEvent(nip, agencyId, command.fullName().trim(), command.rank(),
                command.education(), newCompetencies, command.convertedFromAdministrative(), command.effectiveOn()));
    }

    /** Applies an appointment whose position {@link AppointmentCommandHandler} found in the job map. */
    void appoint(AppointEmployeeCommand command, PositionSnapshot position, String positionAgencyId) {
        requireCareerAuthority(command.actor());
        if (!agencyId.equals(positionAgencyId)) {
            throw ProblemException.forbidden("Position " + position.positionId() + " belongs to agency "
                    + positionAgencyId + "; employee " + nip + " to agency " + agencyId + ".", null);
        }
        Appointment latest = appointments.isEmpty() ? null : appointments.get(appointments.size() - 1);
        if (latest != null && latest.until() == null && latest.held().positionId().equals(position.positionId())) {
            throw ProblemException.conflict("Employee " + nip + " holds position " + position.positionId()
                    + " already (since " + latest.held().from() + ")");
        }
        if (latest != null && (!command.effectiveFrom().isAfter(latest.held().from())
                || (latest.until() != null && command.effectiveFrom().isBefore(latest.until())))) {
            // ORG-10: the career is historised in order; a correction is a new record
            throw OrgRule.ORG_10.refusal("effectiveFrom", "the appointment must start after the latest one ("
                    + latest.held().positionId() + " from " + latest.held().from()
                    + (latest.until() == null ? "" : " until " + latest.until()) + ")");
        }
        apply(new EmployeeAppointedEvent(command.appointmentId(), nip, agencyId, position.positionId(),
                position.unitId(), position.departmentId(), position.kind(), position.title(),
                position.functionalLevel(), position.jobClass(), command.effectiveFrom(), command.decreeNumber()));
    }

    /** Ends the open appointment (via {@link AppointmentCommandHandler}, which also vacates the position). */
    void endAppointment(EndAppointmentCommand command) {
        requireCareerAuthority(command.actor());
        if (command.effectiveOn() == null) {
            throw ProblemException.invalid("effectiveOn", "effectiveOn is required");
        }
        Appointment open = appointments.isEmpty() ? null : appointments.get(appointments.size() - 1);
        if (open == null || open.until() != null) {
            throw ProblemException.conflict("Employee " + nip + " holds no position to end");
        }
        if (!command.effectiveOn().isAfter(open.held().from())) {
            throw OrgRule.ORG_10.refusal("effectiveOn", "the appointment started on " + open.held().from()
                    + "; it can end only after that");
        }
        apply(new EmployeeAppointmentEndedEvent(open.held().appointmentId(), nip, agencyId,
                open.held().positionId(), command.effectiveOn(), command.reason()));
    }

    /**
     * Applies a placement the {@link PlacementCommandHandler} has checked against the structure rules; here the
     * history itself is guarded (ORG-10).
     */
    void place(PlaceEmployeeCommand command, String departmentId, String profileId, String profileVersion,
               List<String> ruleIds) {
        Placement latest = placements.isEmpty() ? null : placements.get(placements.size() - 1);
        if (latest != null && latest.until() == null && latest.from().equals(command.effectiveFrom())
                && latest.unitId().equals(command.unitId())
                && latest.appraiserPositionId().equals(command.appraiserPositionId())) {
            throw ProblemException.conflict("Employee " + nip + " is placed so already (placement "
                    + latest.placementId() + " from " + latest.from() + ")");
        }
        if (latest != null && (!command.effectiveFrom().isAfter(latest.from())
                || (latest.until() != null && command.effectiveFrom().isBefore(latest.until())))) {
            // ORG-10: placements are historised in order; a correction is a new record
            throw OrgRule.ORG_10.refusal("effectiveFrom", "the placement must start after the latest one (in unit "
                    + latest.unitId() + " from " + latest.from()
                    + (latest.until() == null ? "" : " until " + latest.until()) + ")");
        }
        apply(new EmployeePlacedEvent(command.placementId(), nip, agencyId, command.unitId(), departmentId,
                command.appraiserPositionId(), command.effectiveFrom(), command.decreeNumber(),
                command.actor().subject(), profileId, profileVersion, List.copyOf(ruleIds)));
    }

    @CommandHandler
    public void handle(EndPlacementCommand command) {
        Access.requireAgency(command.actor(), agencyId);
        if (!command.actor().hasRole(Roles.STAFFING_AUTHORITY)) {
            throw OrgRule.ORG_07.forbidden("Placement (kedudukan) is decided by the Pejabat Pembina Kepegawaian "
                    + "(role " + Roles.STAFFING_AUTHORITY + ")");
        }
        Placement open = placements.isEmpty() ? null : placements.get(placements.size() - 1);
        if (open == null || open.until() != null
                || (command.placementId() != null && !command.placementId().equals(open.placementId()))) {
            throw ProblemException.conflict("Placement " + command.placementId() + " of employee " + nip
                    + " is not the placement in force");
        }
        if (!command.effectiveOn().isAfter(open.from())) {
            throw OrgRule.ORG_10.refusal("effectiveOn", "the placement started on " + open.from()
                    + "; it can end only after that");
        }
        apply(new EmployeePlacementEndedEvent(open.placementId(), nip, agencyId, command.effectiveOn(),
                command.reason()));
    }

    @CommandHandler
    public void handle(RecordAnnualPredikatCommand command) {
        // the system records the predikat performance-service finalised (PerformancePredikatSubscription)
        Access.requireAgencyRoleOrSystem(command.actor(), agencyId, Roles.AGENCY_ADMIN);
        if (command.year() < 2000 || command.year() > 2100) {
            throw ProblemException.invalid("year", "year must be a calendar year, not " + command.year());
        }
        if (command.predikat() == null) {
            throw ProblemException.invalid("predikat", "predikat is required");
        }
        apply(new AnnualPredikatRecordedEvent(nip, agencyId, command.year(), command.predikat(),
                command.source() == null ? "RECORDED" : command.source()));
    }

    /** Appointments record the PPK's decree; the agency's administrators enter them. */
    private void requireCareerAuthority(Actor actor) {
        Access.requireAgencyRole(actor, agencyId, Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY);
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("fullName", "fullName (nama lengkap) is required");
        }
    }

    private static void requireRankForPns(EmploymentType type, Rank rank) {
        if (type == EmploymentType.PNS && rank == null) {
            throw OrgRule.ORG_03.invalid("rank", "rank (golongan ruang) is required for a PNS");
        }
    }

    // ---- facts for decisions taken with other aggregates ----

    String nip() {
        return nip;
    }

    String agencyId() {
        return agencyId;
    }

    /** The latest appointment, while it has not ended. */
    Optional<AppointmentSnapshot> openAppointment() {
        if (appointments.isEmpty() || appointments.get(appointments.size() - 1).until() != null) {
            return Optional.empty();
        }
        return Optional.of(appointments.get(appointments.size() - 1).held());
    }

    /** The position held on {@code date}. */
    Optional<AppointmentSnapshot> appointmentOn(LocalDate date) {
        for (int i = appointments.size() - 1; i >= 0; i--) {
            if (appointments.get(i).inForceOn(date)) {
                return Optional.of(appointments.get(i).held());
            }
        }
        return Optional.empty();
    }

    // ---- state ----

    @EventSourcingHandler
    void on(EmployeeRegisteredEvent event) {
        // a registration after a voided one starts a new record of the person (M7)
        this.voided = false;
        this.rightfulAgencyId = null;
        this.appointments.clear();
        this.placements.clear();
        this.nip = event.nip();
        this.agencyId = event.agencyId();
        this.employmentType = event.employmentType();
        this.fullName = event.fullName();
        this.rank = event.rank();
        this.education = event.education();
        this.competencies = event.competencies() == null ? List.of() : List.copyOf(event.competencies());
        this.convertedFromAdministrative = event.convertedFromAdministrative();
    }

    @EventSourcingHandler
    void on(EmployeeRegistrationVoidedEvent event) {
        // no agency's employee any more: every agency check on this record fails closed until the rightful agency
        // registers the NIP
        this.voided = true;
        this.agencyId = null;
        this.rightfulAgencyId = event.rightfulAgencyId();
        this.appointments.clear();
        this.placements.clear();
    }

    @EventSourcingHandler
    void on(EmployeeDetailsChangedEvent event) {
        this.fullName = event.fullName();
        this.rank = event.rank();
        this.education = event.education();
        this.competencies = List.copyOf(event.competencies());
        this.convertedFromAdministrative = event.convertedFromAdministrative();
    }

    @EventSourcingHandler
    void on(EmployeeAppointedEvent event) {
        closeLatestAppointment(event.effectiveFrom());
        appointments.add(new Appointment(new AppointmentSnapshot(event.appointmentId(), event.positionId(),
                event.unitId(), event.departmentId(), event.positionKind(), event.positionTitle(),
                event.functionalLevel(), event.jobClass(), event.effectiveFrom()), null));
    }

    @EventSourcingHandler
    void on(EmployeeAppointmentEndedEvent event) {
        closeLatestAppointment(event.effectiveOn());
    }

    private void closeLatestAppointment(LocalDate until) {
        if (!appointments.isEmpty()) {
            Appointment latest = appointments.get(appointments.size() - 1);
            if (latest.until() == null) {
                appointments.set(appointments.size() - 1, new Appointment(latest.held(), until));
            }
        }
    }

    @EventSourcingHandler
    void on(EmployeePlacedEvent event) {
        closeLatestPlacement(event.effectiveFrom());
        placements.add(new Placement(event.placementId(), event.unitId(), event.appraiserPositionId(),
                event.effectiveFrom(), null));
    }

    @EventSourcingHandler
    void on(EmployeePlacementEndedEvent event) {
        closeLatestPlacement(event.effectiveOn());
    }

    private void closeLatestPlacement(LocalDate until) {
        if (!placements.isEmpty()) {
            Placement latest = placements.get(placements.size() - 1);
            if (latest.until() == null) {
                placements.set(placements.size() - 1, new Placement(latest.placementId(), latest.unitId(),
                        latest.appraiserPositionId(), latest.from(), until));
            }
        }
    }
}
