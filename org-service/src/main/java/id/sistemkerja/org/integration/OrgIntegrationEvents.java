package id.sistemkerja.org.integration;

import id.sistemkerja.contracts.org.v1.AgencyRegistered;
import id.sistemkerja.contracts.org.v1.AnnualPredikatRecorded;
import id.sistemkerja.contracts.org.v1.AppraiserAuthorityDelegated;
import id.sistemkerja.contracts.org.v1.AppraiserDelegationEnded;
import id.sistemkerja.contracts.org.v1.DepartmentEstablished;
import id.sistemkerja.contracts.org.v1.EmployeeAppointed;
import id.sistemkerja.contracts.org.v1.EmployeeAppointmentEnded;
import id.sistemkerja.contracts.org.v1.EmployeeDetailsChanged;
import id.sistemkerja.contracts.org.v1.EmployeePlaced;
import id.sistemkerja.contracts.org.v1.EmployeePlacementEnded;
import id.sistemkerja.contracts.org.v1.EmployeeRegistered;
import id.sistemkerja.contracts.org.v1.EmployeeRegistrationVoided;
import id.sistemkerja.contracts.org.v1.OrgUnitEstablished;
import id.sistemkerja.contracts.org.v1.PositionEstablished;
import id.sistemkerja.org.api.AgencyEvents.AgencyRegisteredEvent;
import id.sistemkerja.org.api.DelegationEvents.AppraiserAuthorityDelegatedEvent;
import id.sistemkerja.org.api.DelegationEvents.AppraiserDelegationEndedEvent;
import id.sistemkerja.org.api.EmployeeEvents.AnnualPredikatRecordedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeAppointedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeAppointmentEndedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeDetailsChangedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeePlacedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeePlacementEndedEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegisteredEvent;
import id.sistemkerja.org.api.EmployeeEvents.EmployeeRegistrationVoidedEvent;
import id.sistemkerja.org.api.StructureEvents.DepartmentEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.OrgUnitEstablishedEvent;
import id.sistemkerja.org.api.StructureEvents.PositionEstablishedEvent;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which org facts other services learn, and in which public shape ({@code contracts} org v1). The same mapping feeds
 * org-service's own copy of the org directory ({@code query.OrgDirectoryProjection}).
 */
@Configuration(proxyBeanMethods = false)
public class OrgIntegrationEvents {

    @Bean
    public IntegrationEventMapper orgIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(AgencyRegisteredEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AgencyRegistered(e.agencyId(), e.name(), e.shortName())))
                .map(DepartmentEstablishedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new DepartmentEstablished(e.departmentId(), e.agencyId(), e.kind(), e.name())))
                .map(OrgUnitEstablishedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new OrgUnitEstablished(e.unitId(), e.agencyId(), e.departmentId(), e.departmentKind(),
                                e.parentUnitId(), e.ancestorUnitIds(), e.kind(), e.name())))
                .map(PositionEstablishedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new PositionEstablished(e.positionId(), e.agencyId(), e.unitId(), e.departmentId(), e.kind(),
                                e.title(), e.functionalLevel(), e.jobClass(), e.capacity(), e.unitHead())))
                .map(EmployeeRegisteredEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeRegistered(e.nip(), e.agencyId(), e.fullName(), e.employmentType(), e.rank(),
                                e.education(), e.competencies(), e.convertedFromAdministrative())))
                .map(EmployeeDetailsChangedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeDetailsChanged(e.nip(), e.agencyId(), e.fullName(), e.rank(), e.education(),
                                e.competencies(), e.convertedFromAdministrative(), e.effectiveOn())))
                .map(EmployeeAppointedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeAppointed(e.appointmentId(), e.nip(), e.agencyId(), e.positionId(), e.unitId(),
                                e.departmentId(), e.positionKind(), e.positionTitle(), e.functionalLevel(),
                                e.jobClass(), e.effectiveFrom(), e.decreeNumber())))
                .map(EmployeeAppointmentEndedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeAppointmentEnded(e.appointmentId(), e.nip(), e.agencyId(), e.positionId(),
                                e.effectiveOn(), e.reason())))
                .map(EmployeePlacedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeePlaced(e.placementId(), e.nip(), e.agencyId(), e.unitId(), e.departmentId(),
                                e.appraiserPositionId(), e.effectiveFrom(), e.decreeNumber(), e.decidedBy(),
                                e.profileId(), e.profileVersion(), e.ruleIds())))
                .map(EmployeePlacementEndedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeePlacementEnded(e.placementId(), e.nip(), e.agencyId(), e.effectiveOn(),
                                e.reason())))
                .map(EmployeeRegistrationVoidedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new EmployeeRegistrationVoided(e.nip(), e.agencyId(), e.rightfulAgencyId(), e.reason(),
                                e.reference(), e.voidedOn())))
                .map(AnnualPredikatRecordedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AnnualPredikatRecorded(e.nip(), e.agencyId(), e.year(), e.predikat(), e.source())))
                .map(AppraiserAuthorityDelegatedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AppraiserAuthorityDelegated(e.delegationId(), e.agencyId(), e.delegatorPositionId(),
                                e.delegateNip(), e.employeeNips(), e.validFrom(), e.validUntil(), e.legalBasis(),
                                e.grantedBy())))
                .map(AppraiserDelegationEndedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new AppraiserDelegationEnded(e.delegationId(), e.agencyId(), e.effectiveOn(), e.reason())))
                .build();
    }
}
