package id.sistemkerja.performance.api;

/**
 * A target as the caller writes it (sasaran kinerja / rencana hasil kerja).
 *
 * @param indicator         indikator kinerja
 * @param targetValue       target, e.g. "95%" or "12 dokumen"
 * @param supportsTargetRef the superior target it supports (RHK atasan yang diintervensi), {@code pk:...#n} or
 *                          {@code skp:...#n}
 * @param workPlanItem      the item of the unit's annual work plan the target rests on, where the profile requires it
 *                          (ASG-14, Serang: Pasal 8(7)): {@code <itemId>} of the plan of the employee's unit, or
 *                          {@code <unitId>@<year>#<itemId>} of a unit on its review chain or of a recorded role;
 *                          ignored elsewhere
 */
public record TargetDraft(String description, String indicator, String targetValue, String supportsTargetRef,
                          String workPlanItem) {
}
