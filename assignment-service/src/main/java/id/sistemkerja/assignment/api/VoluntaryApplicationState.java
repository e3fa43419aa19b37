package id.sistemkerja.assignment.api;

/** Where a voluntary application (pengajuan sukarela) stands. */
public enum VoluntaryApplicationState {
    /** ASG-10: with the unit head of the employee's own unit. */
    PENDING_UNIT_HEAD(true),
    /** ASG-11: with the official of the target unit the application is addressed to. */
    PENDING_TARGET(true),
    /** ASG-11: the target approved; with the employee's own appraiser / unit head / Level I. */
    PENDING_HOME_APPROVAL(true),
    /** Approved by every official it needs; the order is drafted. */
    APPROVED(false),
    REJECTED(false),
    /** The order was issued. */
    FULFILLED(false);

    private final boolean pending;

    VoluntaryApplicationState(boolean pending) {
        this.pending = pending;
    }

    public boolean isPending() {
        return pending;
    }
}
