package id.sistemkerja.contracts.performance.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.OrganisationRating;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The employee predikat of a unit for a period were finalised against the distribution limits of its organisation
 * rating (SE MenPANRB 3/2023, PERF-06). With a rule set that warns, the violations found are listed.
 *
 * @param period     {@code TAHUNAN} or a periodic code ({@code TRIWULAN_I} ...)
 * @param counts     employees per predikat ({@code Predikat} names)
 * @param violations each limit not met, with exact numbers ("BAIK 9 of 11 = 82% > 70%")
 */
@IntegrationEvent(type = "performance.UnitPredikatFinalised", version = 1)
public record UnitPredikatFinalised(String evaluationId, String agencyId, String unitId, int year, String period,
                                    OrganisationRating organisationRating, int employees, Map<String, Integer> counts,
                                    List<String> violations, LocalDate finalisedOn, String ruleSetId,
                                    int ruleSetVersion) {
}
