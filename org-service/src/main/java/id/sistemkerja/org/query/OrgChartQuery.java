package id.sistemkerja.org.query;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.replica.AgencyFacts;
import id.sistemkerja.platform.replica.AppointmentRecord;
import id.sistemkerja.platform.replica.OrgReplica;
import id.sistemkerja.platform.replica.PlacementRecord;
import id.sistemkerja.platform.replica.PositionFacts;
import id.sistemkerja.platform.replica.UnitFacts;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * Builds an agency's org chart from the org directory in a handful of bulk reads (units, positions, appointments and
 * placements in force on the date, names of the structural holders), whatever the size of the agency.
 */
@Component
public class OrgChartQuery {

    private final MongoTemplate mongo;
    private final EmployeeNames names;

    public OrgChartQuery(MongoTemplate mongo, EmployeeNames names) {
        this.mongo = mongo;
        this.names = names;
    }

    public OrgChart chart(String agencyId, LocalDate asOf) {
        AgencyFacts agency = mongo.findById(agencyId, AgencyFacts.class, OrgReplica.AGENCIES);
        if (agency == null) {
            throw ProblemException.notFound("Agency", agencyId);
        }
        List<UnitFacts> units = mongo.find(Query.query(where("agencyId").is(agencyId)), UnitFacts.class,
                OrgReplica.UNITS);
        List<PositionFacts> positions = mongo.find(Query.query(where("agencyId").is(agencyId)), PositionFacts.class,
                OrgReplica.POSITIONS);
        Query appointmentsInForce = Query.query(OrgReplica.inForce(where("agencyId").is(agencyId), asOf));
        appointmentsInForce.fields().include("nip", "positionId", "positionKind", "from");
        List<AppointmentRecord> appointments = mongo.find(appointmentsInForce, AppointmentRecord.class,
                OrgReplica.APPOINTMENTS);
        Query placementsInForce = Query.query(OrgReplica.inForce(where("agencyId").is(agencyId), asOf));
        placementsInForce.fields().include("unitId", "from");
        List<PlacementRecord> placements = mongo.find(placementsInForce, PlacementRecord.class, OrgReplica.PLACEMENTS);

        Map<String, PositionFacts> positionById = positions.stream()
                .collect(Collectors.toMap(PositionFacts::positionId, p -> p));
        Map<String, List<AppointmentRecord>> holders = appointments.stream()
                .sorted(Comparator.comparing(AppointmentRecord::from).reversed())
                .collect(Collectors.groupingBy(AppointmentRecord::positionId));
        List<String> namedNips = holders.entrySet().stream()
                .filter(e -> listsHolders(positionById.get(e.getKey())))
                .flatMap(e -> e.getValue().stream().map(AppointmentRecord::nip)).distinct().toList();
        Map<String, String> nameByNip = names.of(namedNips);
        Map<String, Long> placedByUnit = placements.stream()
                .collect(Collectors.groupingBy(PlacementRecord::unitId, Collectors.counting()));
        Map<String, List<PositionFacts>> positionsByUnit = positions.stream()
                .sorted(Comparator.comparing(PositionFacts::positionId))
                .collect(Collectors.groupingBy(PositionFacts::unitId));
        Map<String, List<UnitFacts>> children = new HashMap<>();
        List<UnitFacts> departments = new ArrayList<>();
        for (UnitFacts unit : units) {
            if (unit.isDepartment()) {
                departments.add(unit);
            } else {
                children.computeIfAbsent(unit.parentUnitId(), k -> new ArrayList<>()).add(unit);
            }
        }
        children.values().forEach(list -> list.sort(Comparator.comparing(UnitFacts::unitId)));
        departments.sort(Comparator.comparing(UnitFacts::unitId));

        Builder builder = new Builder(positionsByUnit, holders, nameByNip, placedByUnit, children);
        return new OrgChart(agencyId, agency.name(), asOf, units.size(), positions.size(), placements.size(),
                departments.stream().map(builder::node).toList());
    }

    /** Structural and head positions list their holders by name; other positions give counts. */
    private static boolean listsHolders(PositionFacts position) {
        return position != null && (position.kind().isStructural() || position.unitHead());
    }

    private record Builder(Map<String, List<PositionFacts>> positionsByUnit,
                           Map<String, List<AppointmentRecord>> holders, Map<String, String> nameByNip,
                           Map<String, Long> placedByUnit, Map<String, List<UnitFacts>> children) {

        OrgChart.Node node(UnitFacts unit) {
            List<OrgChart.JobMapEntry> jobMap = positionsByUnit.getOrDefault(unit.unitId(), List.of()).stream()
                    .map(this::entry).toList();
            OrgChart.Head head = jobMap.stream().filter(e -> e.positionId().equals(unit.headPositionId())).findFirst()
                    .map(e -> new OrgChart.Head(e.positionId(), e.title(), e.kind(),
                            e.holders().isEmpty() ? null : e.holders().get(0)))
                    .orElse(null);
            return new OrgChart.Node(unit.unitId(), unit.name(), unit.kind(), head,
                    placedByUnit.getOrDefault(unit.unitId(), 0L).intValue(), jobMap,
                    children.getOrDefault(unit.unitId(), List.of()).stream().map(this::node).toList());
        }

        private OrgChart.JobMapEntry entry(PositionFacts position) {
            List<AppointmentRecord> held = holders.getOrDefault(position.positionId(), List.of());
            List<OrgChart.Holder> named = listsHolders(position)
                    ? held.stream().map(a -> new OrgChart.Holder(a.nip(), nameByNip.get(a.nip()))).toList()
                    : List.of();
            return new OrgChart.JobMapEntry(position.positionId(), position.title(), position.kind(),
                    position.functionalLevel(), position.jobClass(), position.capacity(), held.size(), named);
        }
    }
}
