package id.sistemkerja.regulation.profile;

import java.time.LocalDate;

/**
 * The regulation a profile (or part) implements.
 *
 * @param code      code used in RULES.md, e.g. {@code BDG23}
 * @param name      full title
 * @param shortName short name used in citations, e.g. {@code Perwal Bandung 6/2023}
 * @param enacted   date of promulgation (diundangkan); null when not recorded
 * @param inForce   first day in force (mulai berlaku) with its article, as this file records it; null when the file
 *                  does not record it ({@link RegulationProfile#inForce()} also looks at the other versions and parts)
 */
public record RegulationInfo(String code, String name, String shortName, LocalDate enacted, InForce inForce) {

    /**
     * First day a regulation is in force and the article that says so (e.g. BDG23 Pasal 23: 1 April 2023, although
     * promulgated on 16 February 2023).
     *
     * @param from     first day in force
     * @param citation the closing article (ketentuan penutup) that sets it
     */
    public record InForce(LocalDate from, Citation citation) {
    }
}
