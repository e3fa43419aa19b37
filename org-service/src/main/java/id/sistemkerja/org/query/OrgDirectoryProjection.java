package id.sistemkerja.org.query;

import id.sistemkerja.org.api.AgencyEvents.AgencyRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Agencies and employees as the API reads them. Saves by id, so re-applying an event is harmless. */
@Component
@ProcessingGroup("org-directory")
public class OrgDirectoryProjection {

    private final MongoTemplate mongo;

    public OrgDirectoryProjection(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @EventHandler
    void on(AgencyRegisteredEvent event) {
        mongo.save(new AgencyView(event.agencyId(), event.name(), event.shortName()));
    }

    @EventHandler
    void on(EmployeeRegisteredEvent event) {
        mongo.save(new EmployeeView(event.nip(), event.agencyId(), event.fullName(), event.employmentType(),
                event.rank(), event.education(), event.competencies(), event.convertedFromAdministrative()));
    }
}
