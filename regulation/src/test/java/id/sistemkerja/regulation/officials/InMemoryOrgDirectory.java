package id.sistemkerja.regulation.officials;

import id.sistemkerja.contracts.vocabulary.EmploymentType;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.regulation.replica.AgencyFacts;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.DelegationRecord;
import id.sistemkerja.regulation.replica.EmployeeFacts;
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
 * An {@link OrgDirectory} held in memory, built by a test: the same answers as the replica (periods from their first
 * day up to, not including, the next; the latest record in force wins), without MongoDB or Kafka.
 */
final class InMemoryOrgDirectory implements OrgDirectory {

    static final LocalDate SINCE = LocalDate.of(2024, 1, 2);

    private final String agencyId;
    private final Map<String, AgencyFacts> agencies = new LinkedHashMap<>();
    private final Map<String, UnitFacts> units = new LinkedHashMap<>();
    private final Map<String, PositionFacts> positions = new LinkedHashMap<>();
    private final Map<String, EmployeeFacts> employees = new LinkedHashMap<>();
    private final List<AppointmentRecord> appointments = new ArrayList<>();
    private final List<PlacementRecord> placements = new ArrayList<>();
    private final List<DelegationRecord> delegations = new ArrayList<>();

    InMemoryOrgDirectory(String agencyId) {
        this.agencyId = agencyId;
        agencies.put(agencyId, new AgencyFacts(agencyId, "Pemerintah " + agencyId, agencyId.toUpperCase()));
    }

    /** A department (perangkat daerah), root of its tree. */
    InMemoryOrgDirectory department(String id, UnitKind kind) {
        units.put(id, new UnitFacts(id, agencyId, id, kind, null, List.of(), kind, kind + " " + id, null));
        return this;
    }

    /** A unit below {@code parentId}. */
    InMemoryOrgDirectory unit(String id, String parentId, UnitKind kind) {
        UnitFacts parent = units.get(parentId);
        List<String> ancestors = new ArrayList<>(parent.ancestorUnitIds());
        ancestors.add(parentId);
        units.put(id, new UnitFacts(id, agencyId, parent.departmentId(), parent.departmentKind(), parentId, ancestors,
                kind, kind + " " + id, null));
        return this;
    }

    /** The unit's head position {@code <unit>:head} of {@code kind}, held by {@code nip} since {@link #SINCE}. */
    InMemoryOrgDirectory head(String unitId, PositionKind kind, String nip) {
        position(unitId + ":head", unitId, kind, true);
        return appoint(nip, unitId + ":head");
    }

    InMemoryOrgDirectory position(String id, String unitId, PositionKind kind, boolean unitHead) {
        UnitFacts unit = units.get(unitId);
        positions.put(id, new PositionFacts(id, agencyId, unitId, unit.departmentId(), kind, kind + " " + id, null,
                null, 10, unitHead));
        if (unitHead) {
            units.put(unitId, new UnitFacts(unit.unitId(), unit.agencyId(), unit.departmentId(),
                    unit.departmentKind(), unit.parentUnitId(), unit.ancestorUnitIds(), unit.kind(), unit.name(), id));
        }
        return this;
    }

    /** The employee is registered (if new) and appointed to {@code positionId} from {@link #SINCE}. */
    InMemoryOrgDirectory appoint(String nip, String positionId) {
        return appoint(nip, positionId, SINCE);
    }

    InMemoryOrgDirectory appoint(String nip, String positionId, LocalDate from) {
        register(nip);
        PositionFacts position = positions.get(positionId);
        closeOpen(appointments, nip, from);
        appointments.add(new AppointmentRecord("ap-" + nip + "-" + from, agencyId, nip, positionId,
                position.unitId(), position.departmentId(), position.kind(), from, null, "SK"));
        return this;
    }

    /** A Pejabat Fungsional or Pelaksana in {@code unitId}: a staff position there, placed under the appraiser position. */
    InMemoryOrgDirectory staff(String nip, String unitId, PositionKind kind, String appraiserPositionId) {
        String positionId = unitId + ":" + kind.name().toLowerCase();
        if (!positions.containsKey(positionId)) {
            position(positionId, unitId, kind, false);
        }
        appoint(nip, positionId);
        return place(nip, unitId, appraiserPositionId, SINCE);
    }

    InMemoryOrgDirectory place(String nip, String unitId, String appraiserPositionId, LocalDate from) {
        register(nip);
        List<PlacementRecord> open = placements.stream().filter(p -> p.nip().equals(nip) && p.until() == null).toList();
        for (PlacementRecord p : open) {
            placements.remove(p);
            placements.add(new PlacementRecord(p.placementId(), p.agencyId(), p.nip(), p.unitId(), p.departmentId(),
                    p.appraiserPositionId(), p.from(), from, p.decreeNumber()));
        }
        placements.add(new PlacementRecord("pl-" + nip + "-" + from, agencyId, nip, unitId,
                units.get(unitId).departmentId(), appraiserPositionId, from, null, "SK"));
        return this;
    }

    InMemoryOrgDirectory delegate(String id, String delegatorPositionId, String delegateNip, List<String> nips,
                                  LocalDate from, LocalDate until) {
        delegations.add(new DelegationRecord(id, agencyId, delegatorPositionId, delegateNip, nips, from, until, null,
                "SK delegasi " + id));
        return this;
    }

    /** Registers an employee without any appointment or placement (facts still on their way). */
    InMemoryOrgDirectory register(String nip) {
        employees.putIfAbsent(nip, new EmployeeFacts(nip, agencyId, "Pegawai " + nip, EmploymentType.PNS, null, null,
                List.of(), false, null, null, List.of()));
        return this;
    }

    private void closeOpen(List<AppointmentRecord> records, String nip, LocalDate from) {
        List<AppointmentRecord> open = records.stream().filter(a -> a.nip().equals(nip) && a.until() == null).toList();
        for (AppointmentRecord a : open) {
            records.remove(a);
            records.add(new AppointmentRecord(a.appointmentId(), a.agencyId(), a.nip(), a.positionId(), a.unitId(),
                    a.departmentId(), a.positionKind(), a.from(), from, a.decreeNumber()));
        }
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
        return appointments.stream().filter(a -> a.nip().equals(nip) && a.inForceOn(date))
                .max(Comparator.comparing(AppointmentRecord::from));
    }

    @Override
    public Optional<PlacementRecord> placementOf(String nip, LocalDate date) {
        return placements.stream().filter(p -> p.nip().equals(nip) && p.inForceOn(date))
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
        return appointments.stream().filter(a -> a.positionId().equals(positionId) && a.inForceOn(date))
                .max(Comparator.comparing(AppointmentRecord::from)).map(AppointmentRecord::nip);
    }

    @Override
    public Optional<String> headOf(String unitId, LocalDate date) {
        return unit(unitId).map(UnitFacts::headPositionId).flatMap(p -> holderOf(p, date));
    }

    @Override
    public Optional<AppraiserOnDate> appraiserOf(String nip, LocalDate date) {
        return placementOf(nip, date).map(p -> delegations.stream()
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
        return placements.stream().filter(p -> p.unitId().equals(unitId) && p.inForceOn(date))
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
