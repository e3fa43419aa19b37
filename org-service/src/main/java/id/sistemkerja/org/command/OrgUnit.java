package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.org.api.StructureCommands.EstablishDepartmentCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishOrgUnitCommand;
import id.sistemkerja.org.api.StructureCommands.EstablishPositionCommand;
import id.sistemkerja.org.api.StructureEvents.DepartmentEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.OrgUnitEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.PositionEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.PositionFilledEvent;
import id.sistemkerja.org.api.StructureEvents.PositionVacatedEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;
import java.util.Map;
import java.util.Optional;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * A department (perangkat daerah) or an organisation unit (unit organisasi) with its job map (peta jabatan), ORG-01.
 * A department is the root of its tree ({@code unitId == departmentId}); units hang below it, as many levels deep as
 * the structure has (ORG-09: e.g. Sekretariat Daerah, Asisten, Bagian). The positions of the job map live here, so a
 * unit's leadership and the kinds of positions it offers are decided in one place.
 */
@Aggregate
public class OrgUnit {

    private static final int MAX_JOB_CLASS = 17;

    @AggregateIdentifier
    private String unitId;
    private String agencyId;
    private String departmentId;
    private UnitKind departmentKind;
    private String parentUnitId;
    private List<String> ancestorUnitIds = List.of();
    private UnitKind kind;
    private String headPositionId;
    private final Map<String, PositionSnapshot> positions = new LinkedHashMap<>();
    /** Who held each single-holder position (structural, unit head) when: one holder at a time. */
    private final Map<String, List<Tenure>> tenures = new HashMap<>();

    /** A holder's time in a single-holder position, from {@code from} up to (not including) {@code until}. */
    record Tenure(String nip, LocalDate from, LocalDate until) {
    }

    protected OrgUnit() {
    }

    /** A new department; the caller has checked that the agency exists. */
    OrgUnit(EstablishDepartmentCommand command) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN);
        requireName(command.name());
        if (!command.kind().isDepartment()) {
            // ORG-01: an agency contains departments (perangkat daerah), which contain units
            throw OrgRule.ORG_01.refusal("kind", command.kind() + " is a kind of unit (unit organisasi), not of "
                    + "department (perangkat daerah); establish it under a department");
        }
        apply(new DepartmentEstablishedEvent(command.departmentId(), command.agencyId(), command.kind(),
                command.name().trim()));
    }

    /** A new unit below {@code parent}. */
    OrgUnit(EstablishOrgUnitCommand command, OrgUnit parent) {
        Access.requireAgencyRole(command.actor(), parent.agencyId, Roles.AGENCY_ADMIN);
        requireName(command.name());
        if (command.kind().isDepartment()) {
            throw OrgRule.ORG_01.refusal("kind", command.kind() + " is a kind of department (perangkat daerah); "
                    + "establish it as a department, not inside " + parent.unitId);
        }
        // ORG-01: a Kelurahan is part of a Kecamatan; an Asisten is part of the Sekretariat Daerah
        if (command.kind() == UnitKind.KELURAHAN && parent.departmentKind != UnitKind.KECAMATAN) {
            throw OrgRule.ORG_01.refusal("parentUnitId", "a Kelurahan belongs to a Kecamatan, not to "
                    + parent.departmentKind);
        }
        if (command.kind() == UnitKind.ASISTEN && parent.departmentKind != UnitKind.SEKRETARIAT_DAERAH) {
            throw OrgRule.ORG_01.refusal("parentUnitId", "an Asisten belongs to the Sekretariat Daerah, not to "
                    + parent.departmentKind);
        }
        List<String> ancestors = new ArrayList<>(parent.ancestorUnitIds);
        ancestors.add(parent.unitId);
        apply(new OrgUnitEstablishedEvent(command.unitId(), parent.agencyId, parent.departmentId,
                parent.departmentKind, parent.unitId, List.copyOf(ancestors), command.kind(), command.name().trim()));
    }

    @CommandHandler
    public void handle(EstablishPositionCommand command) {
        Access.requireAgencyRole(command.actor(), agencyId, Roles.AGENCY_ADMIN);
        if (command.title() == null || command.title().isBlank()) {
            throw ProblemException.invalid("title", "title (nama jabatan) is required");
        }
        if (positions.containsKey(command.positionId())) {
            throw ProblemException.conflict("Position " + command.positionId() + " is already in the job map of "
                    + unitId);
        }
        PositionKind kind = command.kind();
        // ORG-02: a Jabatan Fungsional has a jenjang, a Pelaksana a kelas jabatan
        if (kind == PositionKind.FUNGSIONAL && command.functionalLevel() == null) {
            throw OrgRule.ORG_02.invalid("functionalLevel", "a Jabatan Fungsional needs its functionalLevel (jenjang: "
                    + "AHLI_UTAMA ... AHLI_PERTAMA or PENYELIA ... PEMULA)");
        }
        if (kind != PositionKind.FUNGSIONAL && command.functionalLevel() != null) {
            throw OrgRule.ORG_02.invalid("functionalLevel", "only a Jabatan Fungsional has a functionalLevel (jenjang)");
        }
        if (kind == PositionKind.PELAKSANA && command.jobClass() == null) {
            throw OrgRule.ORG_02.invalid("jobClass", "a Pelaksana position needs its jobClass (kelas jabatan)");
        }
        if (command.jobClass() != null && (command.jobClass() < 1 || command.jobClass() > MAX_JOB_CLASS)) {
            throw OrgRule.ORG_02.invalid("jobClass", "jobClass (kelas jabatan) is 1 to " + MAX_JOB_CLASS + ", not "
                    + command.jobClass());
        }
        int capacity = command.capacity() == null ? 1 : command.capacity();
        if (capacity < 1 || (kind.isStructural() && capacity != 1)) {
            throw ProblemException.invalid("capacity", kind.isStructural()
                    ? "a structural position (" + kind + ") has exactly one holder"
                    : "capacity (kebutuhan) is at least 1");
        }
        if (command.unitHead()) {
            requireMayLead(command);
        }
        apply(new PositionEstablishedEvent(command.positionId(), unitId, agencyId, departmentId, kind,
                command.title().trim(), command.functionalLevel(), command.jobClass(), capacity, command.unitHead()));
    }

    private void requireMayLead(EstablishPositionCommand command) {
        if (headPositionId != null) {
            throw OrgRule.ORG_01.refusal("unitHead", "unit " + unitId + " is already led by position "
                    + headPositionId);
        }
        // ORG-01: a unit is led by a JPT Pratama, an Administrator, a Pengawas, or a JF appointed to lead an
        // independent unit (ORG-06: Puskesmas, UPTD Satuan Pendidikan)
        if (command.kind() == PositionKind.PELAKSANA) {
            throw OrgRule.ORG_01.refusal("unitHead", "a Pelaksana position does not lead a unit");
        }
        if (command.kind() == PositionKind.FUNGSIONAL && !kind.mayBeLedByFunctional()) {
            throw OrgRule.ORG_06.refusal("unitHead", "a Pejabat Fungsional leads only an independent unit "
                    + "(Puskesmas, UPTD Satuan Pendidikan), not a " + kind);
        }
    }

    private static void requireName(String name) {
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "name is required");
        }
    }

    // ---- occupancy of single-holder positions, driven by AppointmentCommandHandler ----

    /** Positions with one holder at a time: structural positions and unit heads. */
    boolean isSingleHolder(String positionId) {
        return position(positionId).map(p -> p.capacity() == 1 && (p.kind().isStructural() || p.unitHead()))
                .orElse(false);
    }

    /** Refuses an appointment to a single-holder position that is held, or was held after {@code from}. */
    void requireVacant(String positionId, LocalDate from) {
        List<Tenure> history = tenures.getOrDefault(positionId, List.of());
        if (history.isEmpty()) {
            return;
        }
        Tenure last = history.get(history.size() - 1);
        if (last.until() == null) {
            throw ProblemException.conflict("Position " + positionId + " is held by " + last.nip() + " since "
                    + last.from() + "; a structural position has one holder at a time: end that appointment (or "
                    + "appoint the holder elsewhere) first");
        }
        if (from.isBefore(last.until())) {
            throw OrgRule.ORG_10.refusal("effectiveFrom", "position " + positionId + " was held by " + last.nip()
                    + " until " + last.until() + "; the next holder starts on or after that day");
        }
    }

    void fill(String positionId, String nip, LocalDate from) {
        requireVacant(positionId, from);
        apply(new PositionFilledEvent(unitId, positionId, nip, from));
    }

    /** Ends {@code nip}'s tenure of the position from {@code effectiveOn}, if they hold it. */
    void vacate(String positionId, String nip, LocalDate effectiveOn) {
        List<Tenure> history = tenures.getOrDefault(positionId, List.of());
        if (!history.isEmpty() && history.get(history.size() - 1).until() == null
                && history.get(history.size() - 1).nip().equals(nip)) {
            apply(new PositionVacatedEvent(unitId, positionId, nip, effectiveOn));
        }
    }

    /** NIP of the holder of a single-holder position on {@code date}. */
    Optional<String> holderOn(String positionId, LocalDate date) {
        return tenures.getOrDefault(positionId, List.of()).stream()
                .filter(t -> !date.isBefore(t.from()) && (t.until() == null || date.isBefore(t.until())))
                .map(Tenure::nip).findFirst();
    }

    // ---- facts for decisions in other aggregates (read within the same unit of work) ----

    String agencyId() {
        return agencyId;
    }

    String unitId() {
        return unitId;
    }

    UnitKind kind() {
        return kind;
    }

    Optional<PositionSnapshot> position(String positionId) {
        return Optional.ofNullable(positions.get(positionId));
    }

    UnitSnapshot snapshot() {
        boolean hasJobMap = positions.values().stream()
                .anyMatch(p -> p.kind() == PositionKind.FUNGSIONAL || p.kind() == PositionKind.PELAKSANA);
        boolean hasPengawas = positions.values().stream().anyMatch(p -> p.kind() == PositionKind.PENGAWAS);
        PositionKind headKind = headPositionId == null ? null
                : Optional.ofNullable(positions.get(headPositionId)).map(PositionSnapshot::kind).orElse(null);
        Set<PositionKind> structuralKinds = positions.values().stream().map(PositionSnapshot::kind)
                .filter(PositionKind::isStructural).collect(Collectors.toSet());
        return new UnitSnapshot(unitId, agencyId, departmentId, departmentKind, parentUnitId, ancestorUnitIds, kind,
                headPositionId, hasJobMap, hasPengawas, headKind, structuralKinds);
    }

    // ---- state ----

    @EventSourcingHandler
    void on(DepartmentEstablishedEvent event) {
        this.unitId = event.departmentId();
        this.agencyId = event.agencyId();
        this.departmentId = event.departmentId();
        this.departmentKind = event.kind();
        this.kind = event.kind();
    }

    @EventSourcingHandler
    void on(OrgUnitEstablishedEvent event) {
        this.unitId = event.unitId();
        this.agencyId = event.agencyId();
        this.departmentId = event.departmentId();
        this.departmentKind = event.departmentKind();
        this.parentUnitId = event.parentUnitId();
        this.ancestorUnitIds = List.copyOf(event.ancestorUnitIds());
        this.kind = event.kind();
    }

    @EventSourcingHandler
    void on(PositionEstablishedEvent event) {
        positions.put(event.positionId(), new PositionSnapshot(event.positionId(), event.unitId(), event.departmentId(),
                event.kind(), event.title(), event.functionalLevel(), event.jobClass(), event.capacity(),
                event.unitHead()));
        if (event.unitHead()) {
            this.headPositionId = event.positionId();
        }
    }

    @EventSourcingHandler
    void on(PositionFilledEvent event) {
        tenures.computeIfAbsent(event.positionId(), k -> new ArrayList<>())
                .add(new Tenure(event.nip(), event.from(), null));
    }

    @EventSourcingHandler
    void on(PositionVacatedEvent event) {
        List<Tenure> history = tenures.get(event.positionId());
        Tenure last = history.get(history.size() - 1);
        history.set(history.size() - 1, new Tenure(last.nip(), last.from(), event.effectiveOn()));
    }
}
