package id.sistemkerja.performance.api;

/**
 * A target as the caller writes it (sasaran kinerja / rencana hasil kerja).
 *
 * @param indicator         indikator kinerja
 * @param targetValue       target, e.g. "95%" or "12 dokumen"
 * @param supportsTargetRef the superior target it supports (RHK atasan yang diintervensi), {@code pk:...#n} or
 *                          {@code skp:...#n}
 */
public record TargetDraft(String description, String indicator, String targetValue, String supportsTargetRef) {
}
