package id.sistemkerja.performance.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.util.List;

/** Commands on a unit's performance agreement (perjanjian kinerja) for a year (PERF-01). */
public final class AgreementCommands {

    private AgreementCommands() {
    }

    /**
     * Sets the agreement of {@code unitId} for {@code year}; a second call amends it ({@code reason} required, AUD-03).
     */
    public record SetPerformanceAgreementCommand(@TargetAggregateIdentifier String agreementId, String unitId, int year,
                                                 List<TargetDraft> targets, String reason, Actor actor) {
    }
}
