package id.sistemkerja.org.api;

import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a delegation of appraiser authority (ORG-05). */
public final class DelegationEvents {

    private DelegationEvents() {
    }

    @Revision("1")
    public record AppraiserAuthorityDelegatedEvent(String delegationId, String agencyId, String delegatorPositionId,
                                                   String delegateNip, List<String> employeeNips, LocalDate validFrom,
                                                   LocalDate validUntil, String legalBasis, String grantedBy,
                                                   List<String> ruleIds) {
    }

    @Revision("1")
    public record AppraiserDelegationEndedEvent(String delegationId, String agencyId, LocalDate effectiveOn,
                                                String reason) {
    }
}
