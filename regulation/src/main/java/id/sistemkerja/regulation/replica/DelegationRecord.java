package id.sistemkerja.regulation.replica;

import org.springframework.data.annotation.Id;

import java.time.LocalDate;
import java.util.List;

/**
 * A delegation of the appraiser authority of a position (ORG-05), in force from {@code validFrom} to {@code validUntil}
 * (both inclusive) unless ended early ({@code endedFrom}: first day no longer in force).
 *
 * @param employeeNips the employees it covers; empty = everyone placed under the position
 */
public record DelegationRecord(@Id String delegationId, String agencyId, String delegatorPositionId, String delegateNip,
                               List<String> employeeNips, LocalDate validFrom, LocalDate validUntil,
                               LocalDate endedFrom, String legalBasis) {

    public DelegationRecord {
        employeeNips = employeeNips == null ? List.of() : List.copyOf(employeeNips);
    }

    public boolean inForceOn(LocalDate date) {
        return !date.isBefore(validFrom) && !date.isAfter(validUntil) && (endedFrom == null || date.isBefore(endedFrom));
    }

    public boolean covers(String nip) {
        return employeeNips.isEmpty() || employeeNips.contains(nip);
    }
}
