package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.UnitKind;

/**
 * A department (perangkat daerah) was established in an agency. It is the root unit of its own tree: units inside it
 * name it as {@code departmentId}, and positions of its leadership (e.g. the Kepala Dinas) belong to it directly.
 */
@IntegrationEvent(type = "org.DepartmentEstablished", version = 1)
public record DepartmentEstablished(String departmentId, String agencyId, UnitKind kind, String name) {
}
