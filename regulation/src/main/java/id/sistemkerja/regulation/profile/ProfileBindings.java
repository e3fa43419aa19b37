package id.sistemkerja.regulation.profile;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which profile version each agency is bound to, when. org-service answers from its own events; every other service
 * from its replica of {@code org.AgencyProfileBound} (auto-configured with {@code sikerja.profile-replica.enabled}).
 */
public interface ProfileBindings {

    /** The binding in force for {@code agencyId} on {@code date}: the latest one effective on or before it. */
    Optional<ProfileBinding> inForce(String agencyId, LocalDate date);

    /** Every binding of the agency, oldest effective date first. */
    List<ProfileBinding> history(String agencyId);
}
