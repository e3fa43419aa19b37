package id.sistemkerja.org.importing.export;

import id.sistemkerja.org.api.ProfileBindingCommands;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.org.importing.sheet.AgencyFileWriter.Table;
import id.sistemkerja.org.importing.sheet.Sheet;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.EmployeeFacts;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * An agency as an import file: every sheet of {@link Sheet}, so exporting and importing the file again round-trips
 * (the import finds every row already imported). Structure, job maps, employees and the whole history of appointments
 * and placements come from the org read model (the replica org-service serves its queries from, a moment behind the
 * event store); the profile bindings, with their legal basis, from the binding's own event stream.
 * <p>
 * Not part of the file: appointments or placements that ended without a successor, delegations and predikat (the
 * import records none of these).
 */
public class AgencyExport {

    private final MongoTemplate mongo;
    private final EventStore eventStore;

    public AgencyExport(MongoTemplate mongo, EventStore eventStore) {
        this.mongo = mongo;
        this.eventStore = eventStore;
    }

    /** The agency's sheets, in import order. */
    public List<Table> tables(String agencyId) {
        List<Table> tables = new ArrayList<>();
        tables.add(table(Sheet.PROFILE_BINDINGS, bindings(agencyId)));
        List<UnitFacts> units = find(agencyId, OrgReplica.UNITS, UnitFacts.class);
        tables.add(table(Sheet.DEPARTMENTS, units.stream().filter(UnitFacts::isDepartment)
                .sorted(Comparator.comparing(UnitFacts::unitId))
                .map(u -> row(u.unitId().substring(agencyId.length() + 1), u.kind(), u.name())).toList()));
        tables.add(table(Sheet.UNITS, units.stream().filter(u -> !u.isDepartment())
                .sorted(Comparator.comparingInt((UnitFacts u) -> u.ancestorUnitIds().size())
                        .thenComparing(UnitFacts::unitId))
                .map(u -> row(u.parentUnitId(), u.unitId().substring(u.parentUnitId().length() + 1), u.kind(),
                        u.name())).toList()));
        tables.add(table(Sheet.POSITIONS, find(agencyId, OrgReplica.POSITIONS, PositionFacts.class).stream()
                .sorted(Comparator.comparing(PositionFacts::positionId))
                .map(p -> row(p.unitId(), p.positionId().substring(p.positionId().lastIndexOf(':') + 1), p.kind(),
                        p.title(), p.functionalLevel(), p.jobClass(), p.capacity(), p.unitHead())).toList()));
        tables.add(table(Sheet.EMPLOYEES, find(agencyId, OrgReplica.EMPLOYEES, EmployeeFacts.class).stream()
                .sorted(Comparator.comparing(EmployeeFacts::nip))
                .map(e -> row(e.nip(), e.fullName(), e.employmentType(), e.rank(), e.education(),
                        e.competencies().isEmpty() ? null : String.join("; ", e.competencies()),
                        e.convertedFromAdministrative())).toList()));
        tables.add(table(Sheet.APPOINTMENTS, find(agencyId, OrgReplica.APPOINTMENTS, AppointmentRecord.class).stream()
                .sorted(Comparator.comparing(AppointmentRecord::nip).thenComparing(AppointmentRecord::from))
                .map(a -> row(a.nip(), a.positionId(), a.from(), a.decreeNumber())).toList()));
        tables.add(table(Sheet.PLACEMENTS, find(agencyId, OrgReplica.PLACEMENTS, PlacementRecord.class).stream()
                .sorted(Comparator.comparing(PlacementRecord::nip).thenComparing(PlacementRecord::from))
                .map(p -> row(p.nip(), p.unitId(), p.appraiserPositionId(), p.from(), p.decreeNumber())).toList()));
        return tables;
    }

    private List<String[]> bindings(String agencyId) {
        List<String[]> rows = new ArrayList<>();
        for (DomainEventMessage<?> event : eventStore.readEvents(ProfileBindingCommands.bindingId(agencyId))
                .asStream().toList()) {
            if (event.getPayload() instanceof AgencyProfileBoundEvent b) {
                rows.add(row(b.profileId(), b.profileVersion(), b.effectiveFrom(), b.legalBasis()));
            } else if (event.getPayload() instanceof AgencyProfileReboundEvent r) {
                rows.add(row(r.profileId(), r.profileVersion(), r.effectiveFrom(), r.legalBasis()));
            }
        }
        return rows;
    }

    private <T> List<T> find(String agencyId, String collection, Class<T> type) {
        return mongo.find(Query.query(where("agencyId").is(agencyId)), type, collection);
    }

    private static Table table(Sheet sheet, List<String[]> rows) {
        return new Table(sheet.sheetName(), sheet.headers(), rows);
    }

    /** Cells as text: enumerations by name, dates ISO, yes/no as true/false, nothing for null. */
    private static String[] row(Object... values) {
        Function<Object, String> text = v -> v == null ? null : v instanceof Enum<?> e ? e.name() : v.toString();
        String[] cells = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            cells[i] = text.apply(values[i]);
        }
        return cells;
    }
}
