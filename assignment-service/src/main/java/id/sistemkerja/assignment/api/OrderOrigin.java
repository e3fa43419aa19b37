package id.sistemkerja.assignment.api;

/** What an assignment order fulfils. */
public record OrderOrigin(Kind kind, String id) {

    public enum Kind {
        /** Penunjukan within a unit, issued directly (ASG-01). */
        DIRECT,
        /** An approved involvement request (surat permohonan pelibatan, ASG-08/09). */
        INVOLVEMENT_REQUEST,
        /** An approved voluntary application (pengajuan sukarela, ASG-10/11). */
        VOLUNTARY_APPLICATION,
        /** A penunjukan within a unit proposed by the unit head, for the appraiser to issue (ASG-05, usulan). */
        PROPOSAL
    }

    public static OrderOrigin direct() {
        return new OrderOrigin(Kind.DIRECT, null);
    }
}
