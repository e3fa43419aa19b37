package id.sistemkerja.org.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/** Commands on an agency (instansi pemerintah). */
public final class AgencyCommands {

    private AgencyCommands() {
    }

    public record RegisterAgencyCommand(@TargetAggregateIdentifier String agencyId, String name, String shortName,
                                        Actor actor) {
    }
}
