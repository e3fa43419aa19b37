package id.sistemkerja.contracts.org.v1;

import id.sistemkerja.contracts.IntegrationEvent;
import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;

/**
 * A position (jabatan) was added to a unit's job map (peta jabatan).
 *
 * @param unitId          unit (or department) whose job map lists it
 * @param functionalLevel jenjang, for a Jabatan Fungsional only
 * @param jobClass        kelas jabatan (required for a Pelaksana)
 * @param capacity        how many holders the job map provides for (kebutuhan); 1 for structural positions
 * @param unitHead        the position leads its unit (Pimpinan Unit Organisasi)
 */
@IntegrationEvent(type = "org.PositionEstablished", version = 1)
public record PositionEstablished(String positionId,
                                  String agencyId,
                                  String unitId,
                                  String departmentId,
                                  PositionKind kind,
                                  String title,
                                  FunctionalLevel functionalLevel,
                                  Integer jobClass,
                                  int capacity,
                                  boolean unitHead) {
}
