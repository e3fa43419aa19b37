package id.sistemkerja.performance.api;

/**
 * The item of a unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi) an SKP target rests on
 * (ASG-14; Serang: Pasal 8(7)).
 *
 * @param targetNumber the target of the SKP
 * @param planId       {@code <unitId>@<year>}
 * @param itemId       the item of that plan, in force when the target was drafted
 */
public record WorkPlanItemRef(int targetNumber, String planId, String itemId) {
}
