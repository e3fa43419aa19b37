package id.sistemkerja.regulation.replica;

import org.springframework.data.annotation.Id;

/** An agency (instansi pemerintah). */
public record AgencyFacts(@Id String agencyId, String name, String shortName) {
}
