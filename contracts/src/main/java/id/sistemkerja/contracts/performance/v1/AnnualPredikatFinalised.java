package id.sistemkerja.contracts.performance.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.ExpectationRating;
import id.sistemkerja.contracts.vocabulary.Predikat;

import java.time.LocalDate;

/**
 * An employee's annual predikat became final: when the unit's predikat for the year was finalised
 * ({@code basis = UNIT_FINALISATION}) and again when the appraiser's superior changed it on an objection
 * ({@code basis = OBJECTION_DECISION}, PP 30/2019 Pasal 59). A later event for the same employee and year supersedes
 * the earlier one.
 *
 * @param unitId         the unit (unit organisasi) the employee was rated in
 * @param finalisedOn    date the result became final (Asia/Jakarta)
 * @param ruleSetId      performance rule set ({@code perf-rules}) applied
 * @param ruleSetVersion its version
 */
@IntegrationEvent(type = "performance.AnnualPredikatFinalised", version = 1)
public record AnnualPredikatFinalised(String nip, String agencyId, int year, Predikat predikat,
                                      ExpectationRating workResultRating, ExpectationRating behaviourRating,
                                      String unitId, String basis, LocalDate finalisedOn, String ruleSetId,
                                      int ruleSetVersion) {
}
