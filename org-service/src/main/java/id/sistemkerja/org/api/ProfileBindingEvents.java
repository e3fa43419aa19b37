package id.sistemkerja.org.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** Events of an agency's regulation profile binding. */
public final class ProfileBindingEvents {

    private ProfileBindingEvents() {
    }

    /** The agency was bound to a regulation profile version for the first time. */
    @Revision("1")
    public record AgencyProfileBoundEvent(String bindingId, String agencyId, String profileId, int profileVersion,
                                          LocalDate effectiveFrom, String legalBasis) {
    }

    /**
     * The agency was rebound to another profile version from {@code effectiveFrom} on; until that date the previous
     * binding stays in force.
     */
    @Revision("1")
    public record AgencyProfileReboundEvent(String bindingId, String agencyId, String profileId, int profileVersion,
                                            LocalDate effectiveFrom, String previousProfileId,
                                            int previousProfileVersion, String legalBasis) {
    }
}
