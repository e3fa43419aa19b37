package id.sistemkerja.team.query;

import id.sistemkerja.team.api.DepartmentAffairsCommands.DepartmentAffairsRecordedEvent;
import id.sistemkerja.team.command.DepartmentAffairs;
import id.sistemkerja.team.query.TeamDocuments.DepartmentAffairsDocument;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.util.Set;

/**
 * Departments' government affairs as recorded in team-service (a tracking projection, like every read model).
 * next command (a coordinator appointment) as soon as it is stored.
 */
@Component
@ProcessingGroup("team-department-affairs")
public class MongoDepartmentAffairs implements DepartmentAffairs {

    private final MongoTemplate mongo;

    public MongoDepartmentAffairs(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(DepartmentAffairsRecordedEvent event) {
        mongo.save(new DepartmentAffairsDocument(event.departmentId(), event.agencyId(), event.affairs(),
                event.legalBasis()), TeamDocuments.DEPARTMENT_AFFAIRS);
    }

    @Override
    public Set<String> of(String departmentId) {
        DepartmentAffairsDocument document = mongo.findById(departmentId, DepartmentAffairsDocument.class,
                TeamDocuments.DEPARTMENT_AFFAIRS);
        return document == null ? Set.of() : Set.copyOf(document.affairs());
    }
}
