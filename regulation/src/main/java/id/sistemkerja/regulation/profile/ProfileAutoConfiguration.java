package id.sistemkerja.regulation.profile;

import id.sistemkerja.regulation.profile.replica.ProfileBindingReplicaAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

import java.util.List;

/**
 * Loads and validates the regulation profiles when the service starts: an invalid or inconsistent profile file stops
 * the service with an {@link InvalidProfileException} naming file, entry and problem. Locations:
 * {@code sikerja.profiles.locations} (default {@value ProfileLoader#DEFAULT_LOCATION}). Where the service has a
 * {@link ProfileBindings} (its replica, or org-service's own), also provides {@link AgencyProfiles}.
 */
@AutoConfiguration(after = ProfileBindingReplicaAutoConfiguration.class)
@ConditionalOnProperty("sikerja.service.name")
public class ProfileAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public RegulationProfiles regulationProfiles(Environment environment) {
        List<String> locations = Binder.get(environment)
                .bind("sikerja.profiles.locations", Bindable.listOf(String.class))
                .orElse(List.of(ProfileLoader.DEFAULT_LOCATION));
        return ProfileLoader.load(locations);
    }

    @Bean
    @ConditionalOnBean(ProfileBindings.class)
    @ConditionalOnMissingBean
    public AgencyProfiles agencyProfiles(RegulationProfiles profiles, ProfileBindings bindings) {
        return new AgencyProfiles(profiles, bindings);
    }
}
