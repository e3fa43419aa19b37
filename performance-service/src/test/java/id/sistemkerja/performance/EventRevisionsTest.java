package id.sistemkerja.performance;

import id.sistemkerja.performance.api.EvaluationEvents.EmployeeRatedEvent;
import id.sistemkerja.performance.api.PlanEvents.PerformancePlanDraftedEvent;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stored events are records for years: the events that gained a field in December 2026 (revision 2) still read their
 * revision 1 JSON as stored, the new fields absent (null), nothing else changed.
 */
@SiKerjaServiceTest
class EventRevisionsTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer serializer;

    private <T> T read(Class<T> type, String revision, String json) {
        return serializer.deserialize(new SimpleSerializedObject<>(json, String.class, type.getName(), revision));
    }

    @Test
    @DisplayName("AUD-01 a revision 1 PerformancePlanDraftedEvent (before the IKI validator and the unit work plan "
            + "items were recorded) reads as stored, the new fields null")
    void planDraftedRevisionOne() {
        assertThat(PerformancePlanDraftedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("2");
        PerformancePlanDraftedEvent event = read(PerformancePlanDraftedEvent.class, "1", """
                {"planId":"skp:199001012015031001:2025","nip":"199001012015031001","agencyId":"kota-x","year":2025,
                 "unitId":"kota-x.dinkes.yankes","draftedBy":"199001012015031001","appraiserNip":"198001012005011001",
                 "targets":[{"targetRef":"skp:199001012015031001:2025#1","number":1,"description":"Laporan",
                   "indicator":"dokumen","targetValue":"12","supportsTargetRef":"pk:kota-x.dinkes.yankes:2025#1",
                   "supportsOwnerId":"pk:kota-x.dinkes.yankes:2025"}],
                 "basis":{"profileId":"bekasi-2023","profileVersion":1,"ruleSetId":"perf-rules","ruleSetVersion":1,
                   "ruleIds":["PERF-08"]}}""");
        assertThat(event.targets()).hasSize(1);
        assertThat(event.basis().ruleSetVersion()).isEqualTo(1);
        assertThat(event.indicatorValidator()).isNull();
        assertThat(event.workPlanItems()).isNull();
    }

    @Test
    @DisplayName("AUD-01 a revision 1 EmployeeRatedEvent (before the leader's behaviour expectations were recorded) "
            + "reads as stored, the new field null")
    void employeeRatedRevisionOne() {
        assertThat(EmployeeRatedEvent.class.getAnnotation(Revision.class).value()).isEqualTo("2");
        EmployeeRatedEvent event = read(EmployeeRatedEvent.class, "1", """
                {"evaluationId":"eval:kota-x.dinkes.yankes:2025:TAHUNAN","agencyId":"kota-x",
                 "unitId":"kota-x.dinkes.yankes","year":2025,"period":"TAHUNAN","nip":"199001012015031001",
                 "workResultRating":"SESUAI_EKSPEKTASI","behaviourRating":"SESUAI_EKSPEKTASI","behaviourAspects":{},
                 "predikat":"BAIK","appraiserNip":"198001012005011001","appraiserBasis":"POSITION_HOLDER",
                 "note":null,"appraisalInputIds":[],"ratedOn":"2025-12-20",
                 "basis":{"profileId":"bekasi-2023","profileVersion":1,"ruleSetId":"perf-rules","ruleSetVersion":1,
                   "ruleIds":["PERF-06","PERF-07"]}}""");
        assertThat(event.predikat().name()).isEqualTo("BAIK");
        assertThat(event.behaviourExpectationIds()).isNull();
    }
}
