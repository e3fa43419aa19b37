package id.sistemkerja.org.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;
import java.util.List;

/** Commands on a delegation of appraiser authority (pendelegasian kewenangan Pejabat Penilai Kinerja, ORG-05). */
public final class DelegationCommands {

    private DelegationCommands() {
    }

    public record DelegateAppraiserAuthorityCommand(@TargetAggregateIdentifier String delegationId, String agencyId,
                                                    String delegatorPositionId, String delegateNip,
                                                    List<String> employeeNips, LocalDate validFrom,
                                                    LocalDate validUntil, String legalBasis, Actor actor) {
    }

    /** Ends a delegation early: not in force from {@code effectiveOn}. */
    public record EndDelegationCommand(@TargetAggregateIdentifier String delegationId, LocalDate effectiveOn,
                                       String reason, Actor actor) {
    }
}
