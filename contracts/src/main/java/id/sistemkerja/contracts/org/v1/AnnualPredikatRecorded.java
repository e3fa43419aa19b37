package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.Predikat;

/**
 * An employee's annual performance predikat was recorded (a later record for the same year supersedes the earlier).
 *
 * @param source who supplied it: {@code RECORDED} (entered by the agency) or a service such as {@code performance}
 */
@IntegrationEvent(type = "org.AnnualPredikatRecorded", version = 1)
public record AnnualPredikatRecorded(String nip, String agencyId, int year, Predikat predikat, String source) {
}
