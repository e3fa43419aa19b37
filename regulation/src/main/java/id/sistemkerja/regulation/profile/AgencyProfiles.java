package id.sistemkerja.regulation.profile;

import id.sistemkerja.platform.error.ProblemException;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The entry point services use: the regulation profile version in force for an agency on a date. Decide on
 * {@code inForce(agency, decisionDate)}, store {@link Decision#basis()} in the event; a rebinding changes decisions
 * from its effective date only, and earlier events keep the version they were taken under.
 * <p>
 * An agency without a binding for the date is refused with a retryable {@code 409 fact-not-yet-known}
 * ({@link ProblemException#notYetKnown}): the binding may still be on its way from Kafka, and no decision is ever
 * taken under a guessed regulation (there is deliberately no default profile).
 */
public final class AgencyProfiles {

    private final RegulationProfiles profiles;
    private final ProfileBindings bindings;

    public AgencyProfiles(RegulationProfiles profiles, ProfileBindings bindings) {
        this.profiles = profiles;
        this.bindings = bindings;
    }

    /** The profile in force for {@code agencyId} on {@code date}; 409 fact-not-yet-known when none is bound. */
    public RegulationProfile inForce(String agencyId, LocalDate date) {
        return find(agencyId, date).orElseThrow(() -> ProblemException.notYetKnown(
                "Regulation profile binding of agency", agencyId + " on " + date));
    }

    /** As {@link #inForce}, empty when the agency has no binding for the date. */
    public Optional<RegulationProfile> find(String agencyId, LocalDate date) {
        return bindings.inForce(agencyId, date).map(binding -> profiles.find(binding.profile())
                .orElseThrow(() -> new IllegalStateException("Agency " + agencyId + " is bound to "
                        + binding.profile() + ", which this service did not load; deploy the profile files first")));
    }

    public RegulationProfiles profiles() {
        return profiles;
    }

    public ProfileBindings bindings() {
        return bindings;
    }
}
