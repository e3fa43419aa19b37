package id.sistemkerja.regulation.profile;

import java.util.List;

/**
 * Outcome of an allowed coordinator appointment (TEAM-06).
 *
 * @param appointedBy any one of these officials appoints the coordinator
 */
public record CoordinatorAppointment(List<Official> appointedBy) {

    public CoordinatorAppointment {
        appointedBy = List.copyOf(appointedBy);
    }
}
