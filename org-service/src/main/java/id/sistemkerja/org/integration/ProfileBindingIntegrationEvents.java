package id.sistemkerja.org.integration;

import id.sistemkerja.contracts.org.v1.AgencyProfileBound;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every service learns agencies' profile bindings ({@code org.AgencyProfileBound}) for its binding replica. */
@Configuration(proxyBeanMethods = false)
public class ProfileBindingIntegrationEvents {

    @Bean
    public IntegrationEventMapper profileBindingIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(AgencyProfileBoundEvent.class, e -> new OutgoingEvent(e.agencyId(), new AgencyProfileBound(
                        e.agencyId(), e.profileId(), e.profileVersion(), e.effectiveFrom())))
                .map(AgencyProfileReboundEvent.class, e -> new OutgoingEvent(e.agencyId(), new AgencyProfileBound(
                        e.agencyId(), e.profileId(), e.profileVersion(), e.effectiveFrom())))
                .build();
    }
}
