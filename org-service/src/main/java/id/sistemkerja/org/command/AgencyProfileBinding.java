package id.sistemkerja.org.command;

import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.org.api.ProfileBindingCommands.BindAgencyProfileCommand;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileBoundEvent;
import id.sistemkerja.org.api.ProfileBindingEvents.AgencyProfileReboundEvent;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.profile.ProfileRef;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import id.sistemkerja.platform.security.Access;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import java.util.ArrayList;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * The regulation profile binding history of one agency (id {@code profile-binding:<agencyId>}): which profile
 * version its decisions are taken under, from which date. Kept apart from the Agency aggregate so a binding never
 * contends with the agency's other records.
 */
@Aggregate
public class AgencyProfileBinding {

    @AggregateIdentifier
    private String bindingId;
    private ProfileRef current;
    private LocalDate currentFrom;
    /** Every binding, oldest effective date first (a rebinding is always later than the one it follows). */
    private final List<ProfileBinding> history = new ArrayList<>();

    protected AgencyProfileBinding() {
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(BindAgencyProfileCommand command, RegulationProfiles profiles) {
        Access.requireAgencyRole(command.actor(), command.agencyId(), Roles.AGENCY_ADMIN, Roles.STAFFING_AUTHORITY);
        if (command.profileId() == null || command.profileId().isBlank()) {
            throw ProblemException.invalid("profileId", "profileId (regulation profile) is required");
        }
        if (command.effectiveFrom() == null) {
            throw ProblemException.invalid("effectiveFrom", "effectiveFrom (tanggal berlaku) is required");
        }
        ProfileRef profile = new ProfileRef(command.profileId(), command.profileVersion());
        if (profiles.find(profile).isEmpty()) {
            throw ProblemException.invalid("profileVersion", "regulation profile " + profile + " does not exist; see "
                    + "GET /api/v1/profiles");
        }
        // REG-01: no decision is taken under a regulation before it is in force (e.g. Perwal Bandung 6/2023 was
        // promulgated on 16 February 2023 and is in force from 1 April 2023, Pasal 23)
        profiles.get(profile).bindableFrom(command.effectiveFrom()).orElseThrow("effectiveFrom");
        if (bindingId == null) {
            apply(new AgencyProfileBoundEvent(command.bindingId(), command.agencyId(), profile.id(), profile.version(),
                    command.effectiveFrom(), command.legalBasis()));
            return;
        }
        if (profile.equals(current)) {
            throw ProblemException.conflict("Agency " + command.agencyId() + " is bound to " + profile + " since "
                    + currentFrom + " already");
        }
        // a rebinding changes decisions from its effective date only: never before today, never before the
        // binding it follows, so no decision already taken would now read under another version
        if (!command.effectiveFrom().isAfter(currentFrom)) {
            throw ProblemException.invalid("effectiveFrom", "a rebinding takes effect after the binding in force ("
                    + current + " from " + currentFrom + "), not on " + command.effectiveFrom());
        }
        if (command.effectiveFrom().isBefore(command.requestedOn())) {
            throw ProblemException.invalid("effectiveFrom", "a rebinding cannot take effect in the past ("
                    + command.effectiveFrom() + " is before today, " + command.requestedOn() + "): decisions already "
                    + "taken keep the profile version they were taken under");
        }
        apply(new AgencyProfileReboundEvent(bindingId, command.agencyId(), profile.id(), profile.version(),
                command.effectiveFrom(), current.id(), current.version(), command.legalBasis()));
    }

    /** The profile version in force on {@code date}: the latest binding effective on or before it. */
    public Optional<ProfileRef> inForce(LocalDate date) {
        ProfileRef found = null;
        for (ProfileBinding binding : history) {
            if (!binding.from().isAfter(date)) {
                found = binding.profile();
            }
        }
        return Optional.ofNullable(found);
    }

    @EventSourcingHandler
    void on(AgencyProfileBoundEvent event) {
        this.bindingId = event.bindingId();
        bound(new ProfileRef(event.profileId(), event.profileVersion()), event.effectiveFrom());
    }

    @EventSourcingHandler
    void on(AgencyProfileReboundEvent event) {
        bound(new ProfileRef(event.profileId(), event.profileVersion()), event.effectiveFrom());
    }

    private void bound(ProfileRef profile, LocalDate from) {
        this.current = profile;
        this.currentFrom = from;
        history.add(new ProfileBinding(profile, from));
    }

    private record ProfileBinding(ProfileRef profile, LocalDate from) {
    }
}
