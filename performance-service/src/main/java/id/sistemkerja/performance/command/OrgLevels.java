package id.sistemkerja.performance.command;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.officials.AppraiserSeat;
import id.sistemkerja.regulation.officials.OfficialResolver;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Level I / Level II and the superiors of an employee, derived from the org replica (unit tree and headships).
 * <p>
 * <b>Review chain of a unit</b> (PERF-03): the units whose heads review a result, nearest first. Walk from the top of
 * the unit's tree down to the unit: the top is the department (perangkat daerah), or the outermost independent unit
 * (unit kerja mandiri: UPTD, UPTD Satuan Pendidikan, Puskesmas, Kelurahan — one structural level, BDG23 lampiran
 * D.5-7) the unit is or lies in. Of that path the top two levels review; in the Sekretariat Daerah the top three
 * (Kepala Bagian → Asisten → Sekda, BDG23 lampiran D.8). A deeper unit (e.g. a Seksi in a Bidang) coordinates like a
 * team lead (ORG-09) and is not a review level. The first unit of the chain is Level II, the last Level I; with one
 * unit, Level I and Level II are the same official. Heads are resolved on the day of each act.
 * <p>
 * <b>Appraiser</b> (Pejabat Penilai Kinerja) of an employee on a date: for a Pejabat Fungsional or Pelaksana the
 * appraiser of the placement in force (incl. a delegate, ORG-05), unknown while no placement is known; for a
 * structural official (not placed) the direct superior by structure: the head of the nearest unit above for a unit
 * head, the head of the own unit otherwise.
 * The <b>superior</b> of an appraiser (to whom an objection goes, PERF-09) is the appraiser's own appraiser.
 * <p>
 * The review chain and the appraiser are the regulation kernel's ({@link OfficialResolver}, issue 14 item 1): Level I
 * and the appraiser are the same people here as in assignment- and team-service.
 */
public final class OrgLevels {

    /** Who an appraiser is and why. */
    public record Appraiser(String nip, String basis, String positionId) {
    }

    private final OrgDirectory org;
    private final OfficialResolver resolver;

    public OrgLevels(OrgDirectory org) {
        this.org = org;
        this.resolver = new OfficialResolver(org);
    }

    public OrgDirectory directory() {
        return org;
    }

    public UnitFacts unit(String unitId) {
        return org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit", unitId));
    }

    /** The review chain of {@code unitId}, nearest first (Level II … Level I): the officials resolver's. */
    public List<String> reviewUnits(String unitId) {
        return resolver.reviewUnits(unitId);
    }

    /** True when {@code unitId} is a review level of its own tree (not a coordination level below it). */
    public boolean isReviewLevel(String unitId) {
        return reviewUnits(unitId).get(0).equals(unitId);
    }

    /** Head (Pimpinan Unit Organisasi) of the unit on {@code date}. */
    public Optional<String> headOf(String unitId, LocalDate date) {
        return org.headOf(unitId, date);
    }

    /** The heads on the review chain of {@code unitId} on {@code date}, nearest first, vacancies left out. */
    public List<String> chainHeads(String unitId, LocalDate date) {
        List<String> heads = new ArrayList<>();
        for (String level : reviewUnits(unitId)) {
            org.headOf(level, date).filter(nip -> !heads.contains(nip)).ifPresent(heads::add);
        }
        return heads;
    }

    /** Level I of the unit on {@code date}: head of the top of its review chain. */
    public Optional<String> levelOne(String unitId, LocalDate date) {
        List<String> chain = reviewUnits(unitId);
        return org.headOf(chain.get(chain.size() - 1), date);
    }

    /**
     * The unit whose head sets the agreement of {@code unitId} (PERF-01): the unit itself at the top of its chain
     * (Level I), otherwise the next level up on the chain (Level I divides targets to Level II; in the Setda the
     * Sekda to the Asisten, the Asisten to the Kepala Bagian). Empty for a unit below the review levels.
     */
    public Optional<String> agreementSetterUnit(String unitId) {
        List<String> chain = reviewUnits(unitId);
        int at = chain.indexOf(unitId);
        if (at < 0) {
            return Optional.empty();
        }
        return Optional.of(at == chain.size() - 1 ? unitId : chain.get(at + 1));
    }

    /** The next review level above {@code unitId} (whose agreement its targets support), if any. */
    public Optional<String> levelAbove(String unitId) {
        List<String> chain = reviewUnits(unitId);
        int at = chain.indexOf(unitId);
        return at >= 0 && at < chain.size() - 1 ? Optional.of(chain.get(at + 1)) : Optional.empty();
    }

    /**
     * The employee's appraiser on {@code date}, as described above: the officials resolver's answer
     * ({@link OfficialResolver#appraiserSeat}, the APPRAISER every service names); empty when none is known (vacant,
     * unplaced, a fact not yet in the replica, or the employee themself).
     */
    public Optional<Appraiser> appraiserOf(String nip, LocalDate date) {
        AppraiserSeat seat = resolver.appraiserSeat(nip, date);
        if (!seat.known() || seat.nip() == null || seat.nip().equals(nip)) {
            return Optional.empty();
        }
        return Optional.of(new Appraiser(seat.nip(), seat.source().name(), seat.positionId()));
    }

    /** The employee's unit on {@code date} (placement, or the unit of the position held). */
    public Optional<String> unitOf(String nip, LocalDate date) {
        return org.unitOf(nip, date);
    }
}
