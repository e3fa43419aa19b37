package id.sistemkerja.performance.integration;

import id.sistemkerja.contracts.performance.v1.AnnualPredikatFinalised;
import id.sistemkerja.contracts.performance.v1.FollowUpRecorded;
import id.sistemkerja.contracts.performance.v1.FunctionalCreditConverted;
import id.sistemkerja.contracts.performance.v1.PerformancePlanSet;
import id.sistemkerja.contracts.performance.v1.UnitPredikatFinalised;
import id.sistemkerja.performance.api.EvaluationEvents.EmployeePredikatFinalisedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FollowUpRecordedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.FunctionalCreditConvertedEvent;
import id.sistemkerja.performance.api.EvaluationEvents.UnitPredikatFinalisedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanSetEvent;
import id.sistemkerja.performance.command.rules.PeriodCalendar;
import id.sistemkerja.platform.kafka.IntegrationEventMapper;
import id.sistemkerja.platform.kafka.OutgoingEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What performance-service publishes on {@code sk.performance.events.v1} ({@code contracts} performance v1): the
 * final annual predikat (org-service records it in the employee's history, used by TEAM-05), unit finalisations,
 * set plans, follow-ups and functional credit. A periodic employee predikat stays internal.
 */
@Configuration(proxyBeanMethods = false)
public class PerformanceIntegrationEvents {

    @Bean
    public IntegrationEventMapper performanceIntegrationEventMapper() {
        return IntegrationEventMapper.builder()
                .map(EmployeePredikatFinalisedEvent.class, e -> PeriodCalendar.ANNUAL.equals(e.period())
                        ? new OutgoingEvent(e.agencyId(), new AnnualPredikatFinalised(e.nip(), e.agencyId(), e.year(),
                        e.predikat(), e.workResultRating(), e.behaviourRating(), e.unitId(), e.finalisation(),
                        e.finalisedOn(), e.basis().ruleSetId(), e.basis().ruleSetVersion()))
                        : null)
                .map(UnitPredikatFinalisedEvent.class, e -> {
                    Map<String, Integer> counts = new LinkedHashMap<>();
                    e.counts().forEach((k, v) -> counts.put(k.name(), v));
                    return new OutgoingEvent(e.agencyId(), new UnitPredikatFinalised(e.evaluationId(), e.agencyId(),
                            e.unitId(), e.year(), e.period(), e.organisationRating(), e.employees(), counts,
                            e.violations(), e.finalisedOn(), e.basis().ruleSetId(), e.basis().ruleSetVersion()));
                })
                .map(PerformancePlanSetEvent.class, e -> new OutgoingEvent(e.agencyId(), new PerformancePlanSet(
                        e.planId(), e.nip(), e.agencyId(), e.year(), e.unitId(), e.appraiserNip(), e.setOn(),
                        e.targets().stream().map(t -> new PerformancePlanSet.Target(t.targetRef(), t.description(),
                                t.supportsTargetRef())).toList())))
                .map(FollowUpRecordedEvent.class, e -> new OutgoingEvent(e.agencyId(), new FollowUpRecorded(
                        e.followUpId(), e.nip(), e.agencyId(), e.year(), e.period(), e.predikat(), e.kind().name(),
                        e.description(), e.legalBasis(), e.recordedBy())))
                .map(FunctionalCreditConvertedEvent.class, e -> new OutgoingEvent(e.agencyId(),
                        new FunctionalCreditConverted(e.nip(), e.agencyId(), e.year(), e.predikat(),
                                e.functionalLevel(), e.annualCoefficient(), e.percentage(), e.credit(),
                                e.basis().ruleSetId(), e.basis().ruleSetVersion())))
                .build();
    }
}
