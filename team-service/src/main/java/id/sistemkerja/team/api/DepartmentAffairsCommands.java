package id.sistemkerja.team.api;

import id.sistemkerja.platform.security.Actor;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.serialization.Revision;

import java.util.List;

/**
 * The government affairs (urusan pemerintahan) a department carries out, recorded by the agency administrator for
 * TEAM-06 (Serang: coordinators only in the department for investment, {@code PENANAMAN_MODAL}).
 */
public final class DepartmentAffairsCommands {

    private DepartmentAffairsCommands() {
    }

    public static String recordId(String departmentId) {
        return "department-affairs:" + departmentId;
    }

    public record RecordDepartmentAffairsCommand(@TargetAggregateIdentifier String recordId, String agencyId,
                                                 String departmentId, List<String> affairs, String legalBasis,
                                                 Actor actor) {
    }

    @Revision("1")
    public record DepartmentAffairsRecordedEvent(String recordId, String agencyId, String departmentId,
                                                 List<String> affairs, String legalBasis, String recordedBy) {
    }
}
