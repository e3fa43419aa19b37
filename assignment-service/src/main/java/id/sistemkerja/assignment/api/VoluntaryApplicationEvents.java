package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.UnitLocation;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;
import java.util.List;

/** Events of a voluntary application (pengajuan sukarela). */
public final class VoluntaryApplicationEvents {

    private VoluntaryApplicationEvents() {
    }

    /**
     * @param home        the employee's unit
     * @param target      the unit that owns the target (the home unit within a unit)
     * @param onBehalf    recorded on the employee's behalf (oral wish, ASG-10)
     * @param submittedBy the employee, or the official who recorded the oral wish
     */
    @Revision("1")
    public record VoluntaryApplicationSubmittedEvent(String applicationId, String agencyId, String nip,
                                                     UnitLocation home, UnitLocation target, AssignmentScope scope,
                                                     AssignmentTerms terms, boolean onBehalf,
                                                     ActingOfficial submittedBy, VoluntaryApplicationState state,
                                                     Recipient addressedTo, List<Recipient> copies,
                                                     LocalDate submittedOn, DecisionBasis decision) {
    }

    /** ASG-11: the target unit's official approved; the application now waits for the employee's own side. */
    @Revision("1")
    public record VoluntaryApplicationTargetApprovedEvent(String applicationId, String agencyId, String note,
                                                          ActingOfficial approvedBy, Recipient addressedTo,
                                                          LocalDate approvedOn, DecisionBasis decision) {
    }

    /** Approved by every official it needs; the order is drafted as {@code orderId}. */
    @Revision("1")
    public record VoluntaryApplicationApprovedEvent(String applicationId, String agencyId, String nip,
                                                    UnitLocation home, UnitLocation target, AssignmentScope scope,
                                                    AssignmentTerms terms, String note, ActingOfficial approvedBy,
                                                    ActingOfficial targetApprovedBy, String orderId,
                                                    LocalDate approvedOn, DecisionBasis decision) {
    }

    @Revision("1")
    public record VoluntaryApplicationRejectedEvent(String applicationId, String agencyId, String nip,
                                                    UnitLocation home, UnitLocation target, AssignmentScope scope,
                                                    VoluntaryApplicationState step, String reason,
                                                    ActingOfficial rejectedBy, LocalDate rejectedOn,
                                                    DecisionBasis decision) {
    }
}
