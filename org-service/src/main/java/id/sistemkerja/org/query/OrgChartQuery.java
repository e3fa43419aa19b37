package id.sistemkerja.org.query;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.AgencyFacts;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.OrgReplica;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.aggregation.TypedAggregation;
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
 * Builds an agency's org chart from the org directory in a handful of bulk reads whatever the size of the agency:
 * units, positions, counts of appointments and placements in force on the date (counted in the database), and the
 * holders of structural and head positions with their names.
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
        Map<String, Long> filledByPosition = countInForce(AppointmentRecord.class, OrgReplica.APPOINTMENTS,
                "positionId", agencyId, asOf);
        Map<String, Long> placedByUnit = countInForce(PlacementRecord.class, OrgReplica.PLACEMENTS, "unitId",
                agencyId, asOf);
        List<String> listed = positions.stream().filter(OrgChartQuery::listsHolders).map(PositionFacts::positionId)
                .toList();
        Map<String, List<AppointmentRecord>> holders = mongo.find(Query.query(OrgReplica.inForce(
                        where("positionId").in(listed), asOf)), AppointmentRecord.class, OrgReplica.APPOINTMENTS)
                .stream().sorted(Comparator.comparing(AppointmentRecord::from).reversed())
                .collect(Collectors.groupingBy(AppointmentRecord::positionId));
        Map<String, String> nameByNip = names.of(holders.values().stream().flatMap(List::stream)
                .map(AppointmentRecord::nip).distinct().toList());
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

        Builder builder = new Builder(positionsByUnit, filledByPosition, holders, nameByNip, placedByUnit, children);
        long placed = placedByUnit.values().stream().mapToLong(Long::longValue).sum();
        return new OrgChart(agencyId, agency.name(), asOf, units.size(), positions.size(), (int) placed,
                departments.stream().map(builder::node).toList());
    }

    private record Count(@Id String key, long count) {
    }

    /** Periods in force on the date, counted by {@code field} inside the database (no records travel). */
    private Map<String, Long> countInForce(Class<?> type, String collection, String field, String agencyId,
                                           LocalDate asOf) {
        TypedAggregation<?> aggregation = Aggregation.newAggregation(type,
                Aggregation.match(OrgReplica.inForce(where("agencyId").is(agencyId), asOf)),
                Aggregation.group(field).count().as("count"));
        return mongo.aggregate(aggregation, collection, Count.class).getMappedResults().stream()
                .collect(Collectors.toMap(Count::key, Count::count));
    }

    /** Structural and head positions list their holders by name; other positions give counts. */
    private static boolean listsHolders(PositionFacts position) {
        return position != null && (position.kind().isStructural() || position.unitHead());
    }

    private record Builder(Map<String, List<PositionFacts>> positionsByUnit, Map<String, Long> filledByPosition,
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
            List<OrgChart.Holder> named = holders.getOrDefault(position.positionId(), List.of()).stream()
                    .map(a -> new OrgChart.Holder(a.nip(), nameByNip.get(a.nip()))).toList();
            return new OrgChart.JobMapEntry(position.positionId(), position.title(), position.kind(),
                    position.functionalLevel(), position.jobClass(), position.capacity(),
                    filledByPosition.getOrDefault(position.positionId(), 0L).intValue(), named);
        }
    }
}
