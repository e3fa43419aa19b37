package id.sistemkerja.regulation.replica;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.Topics;
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
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.bson.Document;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * A service's copy of org-service's public facts ({@code contracts} org v1) in its own MongoDB (collections
 * {@code org_*}), and the look-ups of {@link OrgDirectory} over it. Consuming services feed it from Kafka through
 * {@link #subscription()}; org-service feeds the same code from its own event store ({@link #apply}), so there is one
 * way to answer "who was X's appraiser on date D". Every write is an upsert by id that leaves the period-closing fields
 * ({@code until}, {@code endedFrom}) alone, and a period is closed only while open, so redelivery and replay in order
 * are harmless.
 */
public class OrgReplica implements OrgDirectory {

    public static final String AGENCIES = "org_agencies";
    public static final String EMPLOYEES = "org_employees";
    public static final String UNITS = "org_units";
    public static final String POSITIONS = "org_positions";
    public static final String APPOINTMENTS = "org_appointments";
    public static final String PLACEMENTS = "org_placements";
    public static final String DELEGATIONS = "org_delegations";

    private final MongoTemplate mongo;
    private final IntegrationEventSubscription subscription;

    public OrgReplica(MongoTemplate mongo) {
        this.mongo = mongo;
        this.subscription = IntegrationEventSubscription.builder("org-replica", Topics.ORG_EVENTS)
                .on(AgencyRegistered.class, (e, meta) -> mongo.save(new AgencyFacts(e.agencyId(), e.name(),
                        e.shortName()), AGENCIES))
                .on(EmployeeRegistered.class, (e, meta) -> onEmployeeRegistered(e))
                .on(EmployeeDetailsChanged.class, (e, meta) -> onEmployeeDetailsChanged(e))
                .on(EmployeeRegistrationVoided.class, (e, meta) -> onRegistrationVoided(e))
                .on(EmployeeAppointed.class, (e, meta) -> onEmployeeAppointed(e))
                .on(EmployeeAppointmentEnded.class, (e, meta) -> onAppointmentEnded(e))
                .on(EmployeePlaced.class, (e, meta) -> onEmployeePlaced(e))
                .on(EmployeePlacementEnded.class, (e, meta) -> onPlacementEnded(e))
                .on(AnnualPredikatRecorded.class, (e, meta) -> onPredikat(e))
                .on(DepartmentEstablished.class, (e, meta) -> upsertKeeping(e.departmentId(), new UnitFacts(
                        e.departmentId(), e.agencyId(), e.departmentId(), e.kind(), null, List.of(), e.kind(), e.name(),
                        null), UNITS, "headPositionId"))
                .on(OrgUnitEstablished.class, (e, meta) -> upsertKeeping(e.unitId(), new UnitFacts(e.unitId(),
                        e.agencyId(), e.departmentId(), e.departmentKind(), e.parentUnitId(), e.ancestorUnitIds(),
                        e.kind(), e.name(), null), UNITS, "headPositionId"))
                .on(PositionEstablished.class, (e, meta) -> onPositionEstablished(e))
                .on(AppraiserAuthorityDelegated.class, (e, meta) -> upsertKeeping(e.delegationId(),
                        new DelegationRecord(e.delegationId(), e.agencyId(), e.delegatorPositionId(), e.delegateNip(),
                                e.employeeNips(), e.validFrom(), e.validUntil(), null, e.legalBasis()),
                        DELEGATIONS, "endedFrom"))
                .on(AppraiserDelegationEnded.class, (e, meta) -> closeOpen(DELEGATIONS, e.delegationId(),
                        "endedFrom", e.effectiveOn()))
                .build();
    }

    /** The Kafka subscription that keeps this replica (consuming services). */
    public IntegrationEventSubscription subscription() {
        return subscription;
    }

    /**
     * Applies one org integration event directly (org-service feeds its own copy from its event store); payload types
     * this replica does not keep are ignored.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void apply(Object payload, IncomingEvent meta) {
        IntegrationEvent descriptor = payload.getClass().getAnnotation(IntegrationEvent.class);
        IntegrationEventSubscription.Handler<?> handler = descriptor == null ? null
                : subscription.handlerFor(descriptor.type());
        if (handler != null) {
            ((BiConsumer) handler.action()).accept(payload, meta);
        }
    }

    /** Indexes for the look-ups (idempotent; call once at start). */
    public void createIndexes() {
        index(EMPLOYEES, "agencyId");
        index(UNITS, "agencyId");
        index(POSITIONS, "agencyId");
        index(POSITIONS, "unitId");
        index(APPOINTMENTS, "nip");
        index(APPOINTMENTS, "positionId");
        index(APPOINTMENTS, "agencyId");
        index(PLACEMENTS, "nip");
        index(PLACEMENTS, "unitId");
        index(PLACEMENTS, "agencyId");
        index(DELEGATIONS, "delegatorPositionId");
    }

    private void index(String collection, String field) {
        mongo.indexOps(collection).ensureIndex(new Index().on(field, Sort.Direction.ASC));
    }

    // ---- writers ----

    private void onEmployeeRegistered(EmployeeRegistered e) {
        Optional<EmployeeFacts> known = employee(e.nip());
        mongo.save(new EmployeeFacts(e.nip(), e.agencyId(), e.fullName(), e.employmentType(), e.rank(), e.education(),
                e.competencies(), e.convertedFromAdministrative(), known.map(EmployeeFacts::position).orElse(null),
                known.map(EmployeeFacts::placement).orElse(null),
                known.map(EmployeeFacts::predikatHistory).orElse(List.of())), EMPLOYEES);
    }

    /**
     * M7: the registration was void, so the employee is no agency's until the rightful agency registers the NIP; the
     * employee's current facts go (the next registration starts from nothing, not from the void agency's predikat).
     * The void registration's appointments and placements stay as closed periods of that agency (the registrar voids
     * only when none is in force), so "who held position P on date D" keeps its recorded answer. Only the voided
     * agency's document is removed: a later registration by the rightful agency is never undone by a redelivery.
     */
    private void onRegistrationVoided(EmployeeRegistrationVoided e) {
        mongo.remove(Query.query(where("_id").is(e.nip()).and("agencyId").is(e.agencyId())), EMPLOYEES);
    }

    private void onEmployeeDetailsChanged(EmployeeDetailsChanged e) {
        EmployeeFacts known = requireEmployee(e.nip());
        mongo.save(new EmployeeFacts(e.nip(), known.agencyId(), e.fullName(), known.employmentType(), e.rank(),
                e.education(), e.competencies(), e.convertedFromAdministrative(), known.position(),
                known.placement(), known.predikatHistory()), EMPLOYEES);
    }

    // The employee's document points at the latest appointment and placement, so closing the previous period is a
    // write by id (no scan); a pointer only moves forward in time, so replaying older events leaves it alone.

    private void onEmployeeAppointed(EmployeeAppointed e) {
        EmployeeFacts known = requireEmployee(e.nip());
        HeldPosition previous = known.position();
        if (previous != null && !previous.appointmentId().equals(e.appointmentId())
                && previous.since().isBefore(e.effectiveFrom())) {
            closeOpen(APPOINTMENTS, previous.appointmentId(), "until", e.effectiveFrom());
        }
        upsertKeeping(e.appointmentId(), new AppointmentRecord(e.appointmentId(), e.agencyId(), e.nip(),
                e.positionId(), e.unitId(), e.departmentId(), e.positionKind(), e.effectiveFrom(), null,
                e.decreeNumber()), APPOINTMENTS, "until");
        if (previous == null || !previous.since().isAfter(e.effectiveFrom())) {
            mongo.save(known.withPosition(new HeldPosition(e.appointmentId(), e.positionId(), e.unitId(),
                    e.departmentId(), e.positionKind(), e.positionTitle(), e.functionalLevel(), e.jobClass(),
                    e.effectiveFrom())), EMPLOYEES);
        }
    }

    private void onAppointmentEnded(EmployeeAppointmentEnded e) {
        closeOpen(APPOINTMENTS, e.appointmentId(), "until", e.effectiveOn());
        EmployeeFacts known = requireEmployee(e.nip());
        if (known.position() != null && e.appointmentId().equals(known.position().appointmentId())) {
            mongo.save(known.withPosition(null), EMPLOYEES);
        }
    }

    private void onEmployeePlaced(EmployeePlaced e) {
        EmployeeFacts known = requireEmployee(e.nip());
        CurrentPlacement previous = known.placement();
        if (previous != null && !previous.placementId().equals(e.placementId())
                && previous.since().isBefore(e.effectiveFrom())) {
            closeOpen(PLACEMENTS, previous.placementId(), "until", e.effectiveFrom());
        }
        upsertKeeping(e.placementId(), new PlacementRecord(e.placementId(), e.agencyId(), e.nip(), e.unitId(),
                e.departmentId(), e.appraiserPositionId(), e.effectiveFrom(), null, e.decreeNumber()), PLACEMENTS,
                "until");
        if (previous == null || !previous.since().isAfter(e.effectiveFrom())) {
            mongo.save(known.withPlacement(new CurrentPlacement(e.placementId(), e.unitId(), e.departmentId(),
                    e.appraiserPositionId(), e.effectiveFrom())), EMPLOYEES);
        }
    }

    private void onPlacementEnded(EmployeePlacementEnded e) {
        closeOpen(PLACEMENTS, e.placementId(), "until", e.effectiveOn());
        EmployeeFacts known = requireEmployee(e.nip());
        if (known.placement() != null && e.placementId().equals(known.placement().placementId())) {
            mongo.save(known.withPlacement(null), EMPLOYEES);
        }
    }

    private void onPredikat(AnnualPredikatRecorded e) {
        EmployeeFacts known = requireEmployee(e.nip());
        List<AnnualPredikat> history = new ArrayList<>(known.predikatHistory());
        history.removeIf(p -> p.year() == e.year());
        history.add(new AnnualPredikat(e.year(), e.predikat()));
        history.sort(Comparator.comparingInt(AnnualPredikat::year));
        mongo.save(new EmployeeFacts(known.nip(), known.agencyId(), known.fullName(), known.employmentType(),
                known.rank(), known.education(), known.competencies(), known.convertedFromAdministrative(),
                known.position(), known.placement(), history), EMPLOYEES);
    }

    private void onPositionEstablished(PositionEstablished e) {
        mongo.save(new PositionFacts(e.positionId(), e.agencyId(), e.unitId(), e.departmentId(), e.kind(), e.title(),
                e.functionalLevel(), e.jobClass(), e.capacity(), e.unitHead()), POSITIONS);
        if (e.unitHead()) {
            mongo.updateFirst(Query.query(where("_id").is(e.unitId())), Update.update("headPositionId",
                    e.positionId()), UNITS);
        }
    }

    private EmployeeFacts requireEmployee(String nip) {
        // org events of one employee travel in order (one aggregate, one Kafka key): the registration came first
        return employee(nip).orElseThrow(() -> new IllegalStateException("Employee " + nip
                + " is not in the org replica although a later event of theirs arrived"));
    }

    /** Writes the record's facts by id, leaving {@code keep} fields (set by later events) as they are. */
    private void upsertKeeping(String id, Object record, String collection, String... keep) {
        Document facts = new Document();
        mongo.getConverter().write(record, facts);
        facts.remove("_id");
        facts.remove("_class");
        for (String field : keep) {
            facts.remove(field);
        }
        mongo.upsert(Query.query(where("_id").is(id)), Update.fromDocument(new Document("$set", facts)), collection);
    }

    /** Closes the period {@code id} if it is still open (read and written by id alone, so any store uses its key). */
    private void closeOpen(String collection, String id, String field, LocalDate value) {
        Document current = mongo.findById(id, Document.class, collection);
        if (current != null && current.get(field) == null) {
            mongo.updateFirst(Query.query(where("_id").is(id)), Update.update(field, value), collection);
        }
    }

    // ---- look-ups ----

    @Override
    public boolean agencyKnown(String agencyId) {
        return mongo.exists(Query.query(where("_id").is(agencyId)), AGENCIES);
    }

    @Override
    public Optional<AgencyFacts> agency(String agencyId) {
        return Optional.ofNullable(mongo.findById(agencyId, AgencyFacts.class, AGENCIES));
    }

    @Override
    public Optional<EmployeeFacts> employee(String nip) {
        return Optional.ofNullable(mongo.findById(nip, EmployeeFacts.class, EMPLOYEES));
    }

    @Override
    public Optional<AppointmentRecord> appointmentOf(String nip, LocalDate date) {
        return latestInForce(where("nip").is(nip), date, AppointmentRecord.class, APPOINTMENTS);
    }

    @Override
    public Optional<PlacementRecord> placementOf(String nip, LocalDate date) {
        return latestInForce(where("nip").is(nip), date, PlacementRecord.class, PLACEMENTS);
    }

    @Override
    public Optional<String> unitOf(String nip, LocalDate date) {
        Optional<String> placed = placementOf(nip, date).map(PlacementRecord::unitId);
        return placed.isPresent() ? placed : appointmentOf(nip, date).map(AppointmentRecord::unitId);
    }

    @Override
    public Optional<UnitFacts> unit(String unitId) {
        return Optional.ofNullable(mongo.findById(unitId, UnitFacts.class, UNITS));
    }

    @Override
    public Optional<PositionFacts> position(String positionId) {
        return Optional.ofNullable(mongo.findById(positionId, PositionFacts.class, POSITIONS));
    }

    @Override
    public Optional<String> holderOf(String positionId, LocalDate date) {
        return latestInForce(where("positionId").is(positionId), date, AppointmentRecord.class, APPOINTMENTS)
                .map(AppointmentRecord::nip);
    }

    @Override
    public Optional<String> headOf(String unitId, LocalDate date) {
        return unit(unitId).map(UnitFacts::headPositionId).flatMap(position -> holderOf(position, date));
    }

    @Override
    public Optional<AppraiserOnDate> appraiserOf(String nip, LocalDate date) {
        return placementOf(nip, date).map(placement -> {
            Optional<DelegationRecord> delegation = mongo.find(Query.query(where("delegatorPositionId")
                            .is(placement.appraiserPositionId()).and("validFrom").lte(date)), DelegationRecord.class,
                            DELEGATIONS).stream()
                    .filter(d -> d.inForceOn(date) && d.covers(nip))
                    .max(Comparator.comparing(DelegationRecord::validFrom));
            if (delegation.isPresent()) {
                DelegationRecord d = delegation.get();
                return new AppraiserOnDate(nip, date, placement.placementId(), placement.unitId(),
                        placement.appraiserPositionId(), d.delegateNip(), AppraiserOnDate.Basis.DELEGATION,
                        d.delegationId(), d.legalBasis());
            }
            return new AppraiserOnDate(nip, date, placement.placementId(), placement.unitId(),
                    placement.appraiserPositionId(), holderOf(placement.appraiserPositionId(), date).orElse(null),
                    AppraiserOnDate.Basis.POSITION_HOLDER, null, null);
        });
    }

    @Override
    public List<String> membersOf(String unitId, LocalDate date) {
        return mongo.find(Query.query(inForce(where("unitId").is(unitId), date)), PlacementRecord.class, PLACEMENTS)
                .stream().map(PlacementRecord::nip).distinct().sorted().toList();
    }

    @Override
    public Optional<Boolean> sameDepartment(String unitIdA, String unitIdB) {
        Optional<UnitFacts> a = unit(unitIdA);
        Optional<UnitFacts> b = unit(unitIdB);
        if (a.isEmpty() || b.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(a.get().departmentId().equals(b.get().departmentId()));
    }

    /** Periods ({@code from} inclusive, {@code until} exclusive or open) in force on {@code date}. */
    public static Criteria inForce(Criteria match, LocalDate date) {
        return match.and("from").lte(date).orOperator(where("until").is(null), where("until").gt(date));
    }

    private <T> Optional<T> latestInForce(Criteria match, LocalDate date, Class<T> type, String collection) {
        Query query = Query.query(inForce(match, date)).with(Sort.by(Sort.Direction.DESC, "from")).limit(1);
        return Optional.ofNullable(mongo.findOne(query, type, collection));
    }
}
