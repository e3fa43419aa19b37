package id.sistemkerja.org.query;

import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.regulation.profile.ProfileBinding;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.stereotype.Component;

/** Agencies' profile bindings as org-service reads them (one document per binding; upsert, so replay is harmless). */
@Component
@ProcessingGroup("profile-bindings")
public class ProfileBindingProjection {

    private final MongoProfileBindings bindings;

    public ProfileBindingProjection(MongoProfileBindings bindings) {
        this.bindings = bindings;
    }

    @EventHandler
    void on(AgencyProfileBoundEvent event) {
        bindings.record(new ProfileBinding(event.agencyId(), new ProfileRef(event.profileId(), event.profileVersion()),
                event.effectiveFrom()));
    }

    @EventHandler
    void on(AgencyProfileReboundEvent event) {
        bindings.record(new ProfileBinding(event.agencyId(), new ProfileRef(event.profileId(), event.profileVersion()),
                event.effectiveFrom()));
    }
}
