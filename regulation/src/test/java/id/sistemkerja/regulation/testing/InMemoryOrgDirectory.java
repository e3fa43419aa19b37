package id.sistemkerja.regulation.testing;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AnnualPredikatRecorded;
import id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated;
import id.sistemkerja.contracts.org.v1.AppraiserDelegationEnded;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeeAppointmentEnded;
import id.sistemkerja.contracts.org.v1.EmployeeDetailsChanged;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeePlacementEnded;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.EmployeeRegistrationVoided;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.regulation.replica.AgencyFacts;
import id.sistemkerja.regulation.replica.AnnualPredikat;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.CurrentPlacement;
import id.sistemkerja.regulation.replica.DelegationRecord;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.HeldPosition;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An {@link OrgDirectory} held in memory, for tests without MongoDB or Kafka: the same answers as the service's org
 * replica (periods from their first day up to, not including, the next; the latest record in force wins; a delegation
 * in force covering the employee makes the delegate the appraiser). Fill it either with org v1 integration events, as
 * org-service publishes them ({@link #apply}), or with the builder methods of one agency ({@link #department},
 * {@link #unit}, {@link #head}, {@link #staff}, ...). Published in the {@code regulation} test-jar.
 */
public final class InMemoryOrgDirectory implements OrgDirectory {

    /** The first day of the builder's appointments and placements. */
    public static final LocalDate SINCE = LocalDate.of(2024, 1, 2);

    /** The agency the builder methods write facts of. */
    private String agencyId;
    private final Map<String, AgencyFacts> agencies = new LinkedHashMap<>();
    private final Map<String, UnitFacts> units = new LinkedHashMap<>();
    private final Map<String, PositionFacts> positions = new LinkedHashMap<>();
    private final Map<String, EmployeeFacts> employees = new LinkedHashMap<>();
    private final Map<String, AppointmentRecord> appointments = new LinkedHashMap<>();
    private final Map<String, PlacementRecord> placements = new LinkedHashMap<>();
    private final Map<String, DelegationRecord> delegations = new LinkedHashMap<>();

    /** An empty directory, filled by {@link #apply} with the events of any agency. */
    public InMemoryOrgDirectory() {
        this.agencyId = null;
    }

    /** A directory of one agency (registered), filled by the builder methods. */
    public InMemoryOrgDirectory(String agencyId) {
        registerAgency(agencyId);
    }

    /** Registers {@code agencyId}; the builder methods write its facts from now on. */
    public InMemoryOrgDirectory registerAgency(String agencyId) {
        this.agencyId = agencyId;
        return apply(new AgencyRegistered(agencyId, "Pemerintah " + agencyId, agencyId.toUpperCase()));
    }

    // ------------------------------------------------------------------ org v1 events, as the replica keeps them

    /**
     * Applies one org v1 integration event as the replica does (org-service's public facts); other payloads are
     * ignored. Returns this directory.
     */
    public InMemoryOrgDirectory apply(Object event) {
        if (event instanceof AgencyRegistered e) {
            agencies.put(e.agencyId(), new AgencyFacts(e.agencyId(), e.name(), e.shortName()));
        } else if (event instanceof DepartmentEstablished e) {
            keepHead(new UnitFacts(e.departmentId(), e.agencyId(), e.departmentId(),
                    e.kind(), null, List.of(), e.kind(), e.name(), null));
        } else if (event instanceof OrgUnitEstablished e) {
            keepHead(new UnitFacts(e.unitId(), e.agencyId(), e.departmentId(),
                    e.departmentKind(), e.parentUnitId(), e.ancestorUnitIds(), e.kind(), e.name(), null));
        } else if (event instanceof PositionEstablished e) {
            establish(new PositionFacts(e.positionId(), e.agencyId(), e.unitId(),
                    e.departmentId(), e.kind(), e.title(), e.functionalLevel(), e.jobClass(), e.capacity(),
                    e.unitHead()));
        } else if (event instanceof EmployeeRegistered e) {
            Optional<EmployeeFacts> known = employee(e.nip());
            employees.put(e.nip(), new EmployeeFacts(e.nip(), e.agencyId(), e.fullName(), e.employmentType(),
                    e.rank(), e.education(), e.competencies(), e.convertedFromAdministrative(),
                    known.map(EmployeeFacts::position).orElse(null),
                    known.map(EmployeeFacts::placement).orElse(null),
                    known.map(EmployeeFacts::predikatHistory).orElse(List.of())));
        } else if (event instanceof EmployeeRegistrationVoided e) {
            // M7: the void agency's record of the person goes, as in the replica
            employees.computeIfPresent(e.nip(), (nip, known) -> known.agencyId().equals(e.agencyId()) ? null : known);
        } else if (event instanceof EmployeeDetailsChanged e) {
            EmployeeFacts known = requireEmployee(e.nip());
            employees.put(e.nip(), new EmployeeFacts(e.nip(), known.agencyId(), e.fullName(),
                    known.employmentType(), e.rank(), e.education(), e.competencies(),
                    e.convertedFromAdministrative(), known.position(), known.placement(),
                    known.predikatHistory()));
        } else if (event instanceof EmployeeAppointed e) {
            appointed(new AppointmentRecord(e.appointmentId(), e.agencyId(), e.nip(),
                    e.positionId(), e.unitId(), e.departmentId(), e.positionKind(), e.effectiveFrom(), null,
                    e.decreeNumber()), new HeldPosition(e.appointmentId(), e.positionId(), e.unitId(),
                    e.departmentId(), e.positionKind(), e.positionTitle(), e.functionalLevel(), e.jobClass(),
                    e.effectiveFrom()));
        } else if (event instanceof EmployeeAppointmentEnded e) {
            appointments.computeIfPresent(e.appointmentId(), (id, a) -> a.until() != null ? a : closed(a,
                    e.effectiveOn()));
            EmployeeFacts known = requireEmployee(e.nip());
            if (known.position() != null && e.appointmentId().equals(known.position().appointmentId())) {
                employees.put(e.nip(), known.withPosition(null));
            }
        } else if (event instanceof EmployeePlaced e) {
            placed(new PlacementRecord(e.placementId(), e.agencyId(), e.nip(), e.unitId(),
                    e.departmentId(), e.appraiserPositionId(), e.effectiveFrom(), null, e.decreeNumber()));
        } else if (event instanceof EmployeePlacementEnded e) {
            placements.computeIfPresent(e.placementId(), (id, p) -> p.until() != null ? p : closed(p,
                    e.effectiveOn()));
            EmployeeFacts known = requireEmployee(e.nip());
            if (known.placement() != null && e.placementId().equals(known.placement().placementId())) {
                employees.put(e.nip(), known.withPlacement(null));
            }
        } else if (event instanceof AnnualPredikatRecorded e) {
            EmployeeFacts known = requireEmployee(e.nip());
            List<AnnualPredikat> history = new ArrayList<>(known.predikatHistory());
            history.removeIf(p -> p.year() == e.year());
            history.add(new AnnualPredikat(e.year(), e.predikat()));
            history.sort(Comparator.comparingInt(AnnualPredikat::year));
            employees.put(e.nip(), new EmployeeFacts(known.nip(), known.agencyId(), known.fullName(),
                    known.employmentType(), known.rank(), known.education(), known.competencies(),
                    known.convertedFromAdministrative(), known.position(), known.placement(), history));
        } else if (event instanceof AppraiserAuthorityDelegated e) {
            delegations.putIfAbsent(e.delegationId(), new DelegationRecord(
                    e.delegationId(), e.agencyId(), e.delegatorPositionId(), e.delegateNip(), e.employeeNips(),
                    e.validFrom(), e.validUntil(), null, e.legalBasis()));
        } else if (event instanceof AppraiserDelegationEnded e) {
            delegations.computeIfPresent(e.delegationId(), (id, d) ->
                    d.endedFrom() != null ? d : new DelegationRecord(d.delegationId(), d.agencyId(),
                            d.delegatorPositionId(), d.delegateNip(), d.employeeNips(), d.validFrom(), d.validUntil(),
                            e.effectiveOn(), d.legalBasis()));
        }
        // other payloads are not org facts this directory keeps
        return this;
    }

    private void keepHead(UnitFacts unit) {
        UnitFacts known = units.get(unit.unitId());
        units.put(unit.unitId(), known == null ? unit : new UnitFacts(unit.unitId(), unit.agencyId(),
                unit.departmentId(), unit.departmentKind(), unit.parentUnitId(), unit.ancestorUnitIds(), unit.kind(),
                unit.name(), known.headPositionId()));
    }

    private void establish(PositionFacts position) {
        positions.put(position.positionId(), position);
        UnitFacts unit = units.get(position.unitId());
        if (position.unitHead() && unit != null) {
            units.put(unit.unitId(), new UnitFacts(unit.unitId(), unit.agencyId(), unit.departmentId(),
                    unit.departmentKind(), unit.parentUnitId(), unit.ancestorUnitIds(), unit.kind(), unit.name(),
                    position.positionId()));
        }
    }

    /** The employee's previous appointment ends where this one starts; the latest one is the employee's position. */
    private void appointed(AppointmentRecord appointment, HeldPosition position) {
        EmployeeFacts known = requireEmployee(appointment.nip());
        HeldPosition previous = known.position();
        if (previous != null && !previous.appointmentId().equals(appointment.appointmentId())
                && previous.since().isBefore(appointment.from())) {
            appointments.computeIfPresent(previous.appointmentId(), (id, a) -> a.until() != null ? a
                    : closed(a, appointment.from()));
        }
        AppointmentRecord known2 = appointments.get(appointment.appointmentId());
        appointments.put(appointment.appointmentId(), known2 == null ? appointment : closed(appointment,
                known2.until()));
        if (previous == null || !previous.since().isAfter(appointment.from())) {
            employees.put(appointment.nip(), known.withPosition(position));
        }
    }

    private void placed(PlacementRecord placement) {
        EmployeeFacts known = requireEmployee(placement.nip());
        CurrentPlacement previous = known.placement();
        if (previous != null && !previous.placementId().equals(placement.placementId())
                && previous.since().isBefore(placement.from())) {
            placements.computeIfPresent(previous.placementId(), (id, p) -> p.until() != null ? p
                    : closed(p, placement.from()));
        }
        PlacementRecord known2 = placements.get(placement.placementId());
        placements.put(placement.placementId(), known2 == null ? placement : closed(placement, known2.until()));
        if (previous == null || !previous.since().isAfter(placement.from())) {
            employees.put(placement.nip(), known.withPlacement(new CurrentPlacement(placement.placementId(),
                    placement.unitId(), placement.departmentId(), placement.appraiserPositionId(), placement.from())));
        }
    }

    private static AppointmentRecord closed(AppointmentRecord a, LocalDate until) {
        return new AppointmentRecord(a.appointmentId(), a.agencyId(), a.nip(), a.positionId(), a.unitId(),
                a.departmentId(), a.positionKind(), a.from(), until, a.decreeNumber());
    }

    private static PlacementRecord closed(PlacementRecord p, LocalDate until) {
        return new PlacementRecord(p.placementId(), p.agencyId(), p.nip(), p.unitId(), p.departmentId(),
                p.appraiserPositionId(), p.from(), until, p.decreeNumber());
    }

    private EmployeeFacts requireEmployee(String nip) {
        return employee(nip).orElseThrow(() -> new IllegalStateException("Employee " + nip
                + " is not registered although a later event of theirs arrived"));
    }

    // ------------------------------------------------------------------ builder of one agency

    /** A department (perangkat daerah), root of its tree. */
    public InMemoryOrgDirectory department(String id, UnitKind kind) {
        return apply(new DepartmentEstablished(id, agencyId, kind, kind + " " + id));
    }

    /** A unit below {@code parentId}. */
    public InMemoryOrgDirectory unit(String id, String parentId, UnitKind kind) {
        UnitFacts parent = units.get(parentId);
        List<String> ancestors = new ArrayList<>(parent.ancestorUnitIds());
        ancestors.add(parentId);
        return apply(new OrgUnitEstablished(id, agencyId, parent.departmentId(), parent.departmentKind(), parentId,
                ancestors, kind, kind + " " + id));
    }

    /** The unit's head position {@code <unit>:head} of {@code kind}, held by {@code nip} since {@link #SINCE}. */
    public InMemoryOrgDirectory head(String unitId, PositionKind kind, String nip) {
        position(unitId + ":head", unitId, kind, true);
        return appoint(nip, unitId + ":head");
    }

    public InMemoryOrgDirectory position(String id, String unitId, PositionKind kind, boolean unitHead) {
        UnitFacts unit = units.get(unitId);
        return apply(new PositionEstablished(id, agencyId, unitId, unit.departmentId(), kind, kind + " " + id, null,
                null, 10, unitHead));
    }

    /** The employee is registered (if new) and appointed to {@code positionId} from {@link #SINCE}. */
    public InMemoryOrgDirectory appoint(String nip, String positionId) {
        return appoint(nip, positionId, SINCE);
    }

    public InMemoryOrgDirectory appoint(String nip, String positionId, LocalDate from) {
        register(nip);
        PositionFacts position = positions.get(positionId);
        return apply(new EmployeeAppointed("ap-" + nip + "-" + from, nip, agencyId, positionId, position.unitId(),
                position.departmentId(), position.kind(), position.title(), position.functionalLevel(),
                position.jobClass(), from, "SK"));
    }

    /** A Pejabat Fungsional or Pelaksana in {@code unitId}: a staff position there, placed under the appraiser position. */
    public InMemoryOrgDirectory staff(String nip, String unitId, PositionKind kind, String appraiserPositionId) {
        String positionId = unitId + ":" + kind.name().toLowerCase();
        if (!positions.containsKey(positionId)) {
            position(positionId, unitId, kind, false);
        }
        appoint(nip, positionId);
        return place(nip, unitId, appraiserPositionId, SINCE);
    }

    public InMemoryOrgDirectory place(String nip, String unitId, String appraiserPositionId, LocalDate from) {
        register(nip);
        return apply(new EmployeePlaced("pl-" + nip + "-" + from, nip, agencyId, unitId,
                units.get(unitId).departmentId(), appraiserPositionId, from, "SK", "test", "national-7-2022", "1",
                List.of("ORG-04")));
    }

    public InMemoryOrgDirectory delegate(String id, String delegatorPositionId, String delegateNip, List<String> nips,
                                         LocalDate from, LocalDate until) {
        return apply(new AppraiserAuthorityDelegated(id, agencyId, delegatorPositionId, delegateNip, nips, from, until,
                "SK delegasi " + id, null));
    }

    /** Registers an employee without any appointment or placement (facts still on their way). */
    public InMemoryOrgDirectory register(String nip) {
        if (!employees.containsKey(nip)) {
            apply(new EmployeeRegistered(nip, agencyId, "Pegawai " + nip, EmploymentType.PNS, null, null, List.of(),
                    false));
        }
        return this;
    }

    // ------------------------------------------------------------------ OrgDirectory

    @Override
    public boolean agencyKnown(String id) {
        return agencies.containsKey(id);
    }

    @Override
    public Optional<AgencyFacts> agency(String id) {
        return Optional.ofNullable(agencies.get(id));
    }

    @Override
    public Optional<EmployeeFacts> employee(String nip) {
        return Optional.ofNullable(employees.get(nip));
    }

    @Override
    public Optional<AppointmentRecord> appointmentOf(String nip, LocalDate date) {
        return appointments.values().stream().filter(a -> a.nip().equals(nip) && a.inForceOn(date))
                .max(Comparator.comparing(AppointmentRecord::from));
    }

    @Override
    public Optional<PlacementRecord> placementOf(String nip, LocalDate date) {
        return placements.values().stream().filter(p -> p.nip().equals(nip) && p.inForceOn(date))
                .max(Comparator.comparing(PlacementRecord::from));
    }

    @Override
    public Optional<String> unitOf(String nip, LocalDate date) {
        Optional<String> placed = placementOf(nip, date).map(PlacementRecord::unitId);
        return placed.isPresent() ? placed : appointmentOf(nip, date).map(AppointmentRecord::unitId);
    }

    @Override
    public Optional<UnitFacts> unit(String unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public Optional<PositionFacts> position(String positionId) {
        return Optional.ofNullable(positions.get(positionId));
    }

    @Override
    public Optional<String> holderOf(String positionId, LocalDate date) {
        return appointments.values().stream().filter(a -> a.positionId().equals(positionId) && a.inForceOn(date))
                .max(Comparator.comparing(AppointmentRecord::from)).map(AppointmentRecord::nip);
    }

    @Override
    public Optional<String> headOf(String unitId, LocalDate date) {
        return unit(unitId).map(UnitFacts::headPositionId).flatMap(p -> holderOf(p, date));
    }

    @Override
    public Optional<AppraiserOnDate> appraiserOf(String nip, LocalDate date) {
        return placementOf(nip, date).map(p -> delegations.values().stream()
                .filter(d -> d.delegatorPositionId().equals(p.appraiserPositionId()) && d.inForceOn(date)
                        && d.covers(nip)).max(Comparator.comparing(DelegationRecord::validFrom))
                .map(d -> new AppraiserOnDate(nip, date, p.placementId(), p.unitId(), p.appraiserPositionId(),
                        d.delegateNip(), AppraiserOnDate.Basis.DELEGATION, d.delegationId(), d.legalBasis()))
                .orElseGet(() -> new AppraiserOnDate(nip, date, p.placementId(), p.unitId(), p.appraiserPositionId(),
                        holderOf(p.appraiserPositionId(), date).orElse(null), AppraiserOnDate.Basis.POSITION_HOLDER,
                        null, null)));
    }

    @Override
    public List<String> membersOf(String unitId, LocalDate date) {
        return placements.values().stream().filter(p -> p.unitId().equals(unitId) && p.inForceOn(date))
                .map(PlacementRecord::nip).distinct().sorted().toList();
    }

    @Override
    public Optional<Boolean> sameDepartment(String a, String b) {
        if (!units.containsKey(a) || !units.containsKey(b)) {
            return Optional.empty();
        }
        return Optional.of(units.get(a).departmentId().equals(units.get(b).departmentId()));
    }
}
