package id.sistemkerja.performance.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a performance agreement (perjanjian kinerja). */
public final class AgreementEvents {

    private AgreementEvents() {
    }

    /**
     * The agreement was set: by Level I for the unit at the top of the review chain, by the official one level up for
     * a unit below it (targets divided to Level II, PERF-01). {@code responsibleNip} heads the unit and answers for
     * the targets.
     *
     * @param setterRole {@code LEVEL_ONE} (own unit at the top of its chain) or {@code LEVEL_ABOVE}
     */
    @Revision("1")
    public record PerformanceAgreementSetEvent(String agreementId, String agencyId, String unitId, int year,
                                               String responsibleNip, String setByNip, String setterRole,
                                               LocalDate setOn, List<Target> targets, RuleBasis basis) {
    }

    /** The agreement's targets were replaced (a correction is a new record, AUD-03). */
    @Revision("1")
    public record PerformanceAgreementAmendedEvent(String agreementId, String agencyId, String unitId, int year,
                                                   String setByNip, LocalDate amendedOn, String reason,
                                                   List<Target> targets, RuleBasis basis) {
    }
}
