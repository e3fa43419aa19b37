package id.sistemkerja.org.api;

import org.axonframework.serialization.Revision;

/** Events of an agency (instansi pemerintah). */
public final class AgencyEvents {

    private AgencyEvents() {
    }

    @Revision("1")
    public record AgencyRegisteredEvent(String agencyId, String name, String shortName) {
    }
}
