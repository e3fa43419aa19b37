package id.sistemkerja.assignment.api;

/** Where an involvement request (surat permohonan pelibatan) stands; each step is its own recorded act. */
public enum InvolvementRequestState {
    /** ASG-08: with the appraiser (or Level I) where the employees sit, to approve or reject. */
    PENDING_DECISION(true),
    /** ASG-09 step 1: with the requesting agency's Pejabat yang Berwenang (PyB). */
    PENDING_OWN_AUTHORIZED_OFFICIAL(true),
    /** ASG-09 step 2: with the target agency's PyB. */
    PENDING_TARGET_AUTHORIZED_OFFICIAL(true),
    /** ASG-09 step 3: the target PyB instructed the appraiser, who answers availability with a list of employees. */
    PENDING_AVAILABILITY(true),
    /** ASG-09 step 4: the target PyB endorses the appraiser's reply. */
    PENDING_REPLY_ENDORSEMENT(true),
    /** ASG-09 step 5: the requesting agency's PyB receives the reply. */
    PENDING_REPLY_ACCEPTANCE(true),
    /** Approved; the order is drafted and waits for the competent official to issue it. */
    APPROVED(false),
    /** Rejected with a reason (surat jawaban penolakan). */
    REJECTED(false),
    /** The order was issued. */
    FULFILLED(false);

    private final boolean pending;

    InvolvementRequestState(boolean pending) {
        this.pending = pending;
    }

    /** Waiting for an official's answer (counts in the pending-requests gauge). */
    public boolean isPending() {
        return pending;
    }
}
