package id.sistemkerja.org.query;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** Read model of an agency (instansi pemerintah): collection {@code agencies}. */
@Document("agencies")
public record AgencyView(@Id String agencyId, String name, String shortName) {
}
