package id.sistemkerja.assignment.command;

import id.sistemkerja.regulation.profile.AgencyProfiles;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.replica.OrgDirectory;

import java.time.LocalDate;

/**
 * The profile whose articles a refusal cites, found before any decision (12.12: a Bandung request's refusal cites
 * BDG23): the profile in force for the unit's (or employee's) agency, or null while the unit, the employee or the
 * binding are not known yet (the refusal then cites every city's article, as {@link AssignmentRule#article()} does).
 */
final class CitedProfiles {

    private CitedProfiles() {
    }

    static RegulationProfile ofUnit(OrgDirectory org, AgencyProfiles profiles, String unitId, LocalDate date) {
        if (unitId == null || unitId.isBlank()) {
            return null;
        }
        return org.unit(unitId).flatMap(u -> profiles.find(u.agencyId(), date)).orElse(null);
    }

    static RegulationProfile ofEmployee(OrgDirectory org, AgencyProfiles profiles, String nip, LocalDate date) {
        if (nip == null || nip.isBlank()) {
            return null;
        }
        return org.unitOf(nip, date).map(unitId -> ofUnit(org, profiles, unitId, date)).orElse(null);
    }
}
