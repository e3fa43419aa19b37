package id.sistemkerja.org.integration;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.org.api.AgencyEvents.AgencyRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Which org facts other services learn, and in which public shape ({@code contracts} org v1). */
@Configuration(proxyBeanMethods = false)
public class OrgIntegrationEvents {

    @Bean
    public IntegrationEventMapper orgIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(AgencyRegisteredEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AgencyRegistered(e.agencyId(), e.name(), e.shortName())))
                .map(EmployeeRegisteredEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeRegistered(e.nip(), e.agencyId(), e.fullName(), e.employmentType(), e.rank(),
                                e.education(), e.competencies(), e.convertedFromAdministrative())))
                .build();
    }
}
