package id.sistemkerja.platform.replica;

import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.bson.Document;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.util.Optional;

/**
 * A consuming service's copy of org-service's public facts, in its own MongoDB (collections {@code replica_*}),
 * kept by the {@code org-replica} subscription. Writes are upserts by id, so redelivery is harmless.
 */
public class OrgReplica implements OrgDirectory {

    static final String AGENCIES = "replica_agencies";
    static final String EMPLOYEES = "replica_employees";

    private final MongoTemplate mongo;

    public OrgReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public IntegrationEventSubscription subscription() {
        return IntegrationEventSubscription.builder("org-replica", Topics.ORG_EVENTS)
                .on(AgencyRegistered.class, (agency, meta) -> mongo.save(new Document("_id", agency.agencyId())
                        .append("name", agency.name()).append("shortName", agency.shortName()), AGENCIES))
                .on(EmployeeRegistered.class, (employee, meta) -> mongo.save(new EmployeeFacts(employee.nip(),
                        employee.agencyId(), employee.fullName(), employee.employmentType(), employee.rank(),
                        employee.education(), employee.competencies(), employee.convertedFromAdministrative()),
                        EMPLOYEES))
                .build();
    }

    @Override
    public Optional<EmployeeFacts> employee(String nip) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("_id").is(nip)), EmployeeFacts.class,
                EMPLOYEES));
    }

    @Override
    public boolean agencyKnown(String agencyId) {
        return mongo.exists(Query.query(Criteria.where("_id").is(agencyId)), AGENCIES);
    }
}
