package id.sistemkerja.org.query;

import id.sistemkerja.regulation.replica.OrgReplica;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/** Names of employees, read in one query (for lists that show who holds what). */
@Component
public class EmployeeNames {

    private record Name(@Id String nip, String fullName) {
    }

    private final MongoTemplate mongo;

    public EmployeeNames(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Map<String, String> of(Collection<String> nips) {
        Query query = Query.query(where("_id").in(nips));
        query.fields().include("fullName");
        return mongo.find(query, Name.class, OrgReplica.EMPLOYEES).stream()
                .collect(Collectors.toMap(Name::nip, n -> n.fullName() == null ? "" : n.fullName(), (a, b) -> a));
    }
}
