package id.sistemkerja.contracts.performance.v1;

import id.sistemkerja.contracts.IntegrationEvent;

import java.time.LocalDate;
import java.util.List;

/**
 * An employee's performance plan (Sasaran Kinerja Pegawai, SKP) for a year was signed by the employee and set
 * (ditetapkan) by the appraiser (PERF-08). Assignment and team services may refer to its targets.
 *
 * @param planId       {@code skp:<nip>:<year>}
 * @param appraiserNip the appraiser (Pejabat Penilai Kinerja) who set it
 * @param targets      the plan's targets (rencana hasil kerja), each naming the superior target it supports
 */
@IntegrationEvent(type = "performance.PerformancePlanSet", version = 1)
public record PerformancePlanSet(String planId, String nip, String agencyId, int year, String unitId,
                                 String appraiserNip, LocalDate setOn, List<Target> targets) {

    /**
     * @param targetRef         {@code <planId>#<n>}
     * @param supportsTargetRef the superior's target it supports (RHK atasan yang diintervensi)
     */
    public record Target(String targetRef, String description, String supportsTargetRef) {
    }
}
