package id.sistemkerja.regulation.profile;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An agency's binding to a profile version from {@code effectiveFrom} on (until a later binding takes effect).
 */
public record ProfileBinding(String agencyId, ProfileRef profile, LocalDate effectiveFrom) {

    public ProfileBinding {
        Objects.requireNonNull(agencyId, "agencyId");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    }
}
