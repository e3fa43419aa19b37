package id.sistemkerja.org.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Commands on an agency's regulation profile binding (one binding history per agency). */
public final class ProfileBindingCommands {

    private ProfileBindingCommands() {
    }

    /** Aggregate id of the binding history of {@code agencyId}. */
    public static String bindingId(String agencyId) {
        return "profile-binding:" + agencyId;
    }

    /**
     * Bind the agency to a profile version from {@code effectiveFrom} on: the first binding, or a rebinding that
     * takes effect on a later date.
     *
     * @param requestedOn today's date (Asia/Jakarta) when the command was given: a rebinding never takes effect
     *                    before it, so decisions already taken stay under the version they were taken under
     * @param legalBasis  the act that makes the agency run under the profile, e.g. the regulation's promulgation
     */
    public record BindAgencyProfileCommand(@TargetAggregateIdentifier String bindingId, String agencyId,
                                           String profileId, int profileVersion, LocalDate effectiveFrom,
                                           LocalDate requestedOn, String legalBasis, Actor actor) {
    }
}
