package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * The voluntary application across units (pengajuan sukarela lintas unit, ASG-11).
 *
 * @param applicationTo  the employee writes to this official of the target (owning) unit
 * @param copyTo         copies (tembusan) go to these officials of the employee's side
 * @param homeApprovalBy after the target's approval, any one of these officials of the employee's side approves
 * @param orderDraftedBy who drafts the assignment order once both sides approved
 */
public record VoluntaryCrossUnitFlow(Official applicationTo, List<Official> copyTo, List<Official> homeApprovalBy,
                                     Official orderDraftedBy) {

    public VoluntaryCrossUnitFlow {
        copyTo = List.copyOf(copyTo);
        homeApprovalBy = List.copyOf(homeApprovalBy);
    }
}
