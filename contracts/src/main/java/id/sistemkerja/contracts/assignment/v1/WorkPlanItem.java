package id.sistemkerja.contracts.assignment.v1;

/**
 * One activity of a unit's annual work plan (Rencana Kerja Pelaksanaan Kegiatan Unit Organisasi, ASG-14).
 *
 * @param itemId   stable within the plan; assignments and SKP targets refer to it
 * @param activity the activity (kegiatan)
 * @param output   its expected output
 */
public record WorkPlanItem(String itemId, String activity, String output) {
}
