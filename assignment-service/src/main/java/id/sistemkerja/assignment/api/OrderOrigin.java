package id.sistemkerja.assignment.api;

/** What an assignment order fulfils. */
public record OrderOrigin(Kind kind, String id) {

    public enum Kind {
        /** Penunjukan within a unit, issued directly (ASG-01). */
        DIRECT,
        /** An approved involvement request (surat permohonan pelibatan, ASG-08/09). */
        INVOLVEMENT_REQUEST,
        /** An approved voluntary application (pengajuan sukarela, ASG-10/11). */
        VOLUNTARY_APPLICATION
    }

    public static OrderOrigin direct() {
        return new OrderOrigin(Kind.DIRECT, null);
    }
}
