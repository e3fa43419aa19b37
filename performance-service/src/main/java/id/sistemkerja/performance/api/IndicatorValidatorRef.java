package id.sistemkerja.performance.api;

/**
 * Who validates the individual performance indicators (Indikator Kinerja Individu, IKI) of an SKP, as recorded on it
 * (ORG-11): under a profile with technical coordination of JF by level (Bekasi: Perwal Bekasi 31/2021 Pasal 6(6)-(9),
 * 11(2)-(3)) the coordinating official, otherwise the appraiser.
 *
 * @param nip          the official; null while the position is vacant
 * @param positionId   the official's position
 * @param kind         its position kind ({@code JPT_PRATAMA}, {@code ADMINISTRATOR}, {@code PENGAWAS}, ...)
 * @param basis        {@code TECHNICAL_COORDINATION} or {@code APPRAISER}
 * @param nearestAbove the JF's line has no official of the kind the profile names; the nearest more senior one
 */
public record IndicatorValidatorRef(String nip, String positionId, String kind, String basis, boolean nearestAbove) {
}
