package id.sistemkerja.contracts.performance.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.Predikat;

/**
 * A Pejabat Fungsional's final annual predikat was converted to functional credit (angka kredit, PERF-10):
 * {@code credit = annualCoefficient × percentage / 100}.
 */
@IntegrationEvent(type = "performance.FunctionalCreditConverted", version = 1)
public record FunctionalCreditConverted(String nip, String agencyId, int year, Predikat predikat,
                                        FunctionalLevel functionalLevel, double annualCoefficient, int percentage,
                                        double credit, String ruleSetId, int ruleSetVersion) {
}
