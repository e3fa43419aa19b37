package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;

/** An agency (instansi pemerintah, e.g. Pemerintah Kota Bandung) was registered. */
@IntegrationEvent(type = "org.AgencyRegistered", version = 1)
public record AgencyRegistered(String agencyId, String name, String shortName) {
}
