package id.sistemkerja.regulation.profile;

/** What the approval of a cross-unit involvement request produces (ASG-08). */
public enum ApprovalResult {
    /** The approving appraiser drafts the assignment order (surat penugasan) for the matching employee. */
    ASSIGNMENT_ORDER_DRAFT,
    /** The approving Level I issues a recommendation (rekomendasi); the owning side issues the order (Bekasi). */
    RECOMMENDATION
}
