package id.sistemkerja.regulation.profile;

import java.time.LocalDate;

/**
 * The regulation a profile (or part) implements.
 *
 * @param code      code used in RULES.md, e.g. {@code BDG23}
 * @param name      full title
 * @param shortName short name used in citations, e.g. {@code Perwal Bandung 6/2023}
 * @param enacted   date of promulgation (diundangkan); null when not recorded
 */
public record RegulationInfo(String code, String name, String shortName, LocalDate enacted) {
}
