package id.sistemkerja.performance.command;

import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.AppraiserOnDate;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
 */
public final class OrgLevels {

    /** Independent units (unit kerja mandiri) with one structural level. */
    private static final Set<UnitKind> INDEPENDENT = EnumSet.of(UnitKind.UPTD, UnitKind.UPTD_SATUAN_PENDIDIKAN,
            UnitKind.PUSKESMAS, UnitKind.KELURAHAN);

    /** Who an appraiser is and why. */
    public record Appraiser(String nip, String basis, String positionId) {
    }

    private final OrgDirectory org;

    public OrgLevels(OrgDirectory org) {
        this.org = org;
    }

    public OrgDirectory directory() {
        return org;
    }

    public UnitFacts unit(String unitId) {
        return org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit", unitId));
    }

    /** The review chain of {@code unitId}, nearest first (Level II … Level I). */
    public List<String> reviewUnits(String unitId) {
        UnitFacts unit = unit(unitId);
        List<UnitFacts> path = new ArrayList<>();
        for (String ancestor : unit.ancestorUnitIds()) {
            path.add(unit(ancestor));
        }
        path.add(unit);
        int top = 0;
        for (int i = 0; i < path.size(); i++) {
            if (INDEPENDENT.contains(path.get(i).kind())) {
                top = i;
                break;
            }
        }
        int levels = top == 0 && path.get(0).kind() == UnitKind.SEKRETARIAT_DAERAH ? 3 : 2;
        List<String> chain = new ArrayList<>();
        for (int i = top; i < Math.min(path.size(), top + levels); i++) {
            chain.add(path.get(i).unitId());
        }
        Collections.reverse(chain);
        return List.copyOf(chain);
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

    /** The employee's appraiser on {@code date}, as described above; empty when none is known (vacant, unplaced). */
    public Optional<Appraiser> appraiserOf(String nip, LocalDate date) {
        Optional<AppraiserOnDate> placed = org.appraiserOf(nip, date);
        if (placed.isPresent()) {
            AppraiserOnDate a = placed.get();
            return a.appraiserNip() == null || a.appraiserNip().equals(nip) ? Optional.empty()
                    : Optional.of(new Appraiser(a.appraiserNip(), a.basis().name(), a.appraiserPositionId()));
        }
        Optional<AppointmentRecord> appointment = org.appointmentOf(nip, date);
        if (appointment.isEmpty()) {
            return Optional.empty();
        }
        Optional<PositionFacts> position = org.position(appointment.get().positionId());
        if (position.isEmpty() || !position.get().kind().isStructural()) {
            // ORG-04: a JF or Pelaksana is appraised by the official of the placement; without a known placement the
            // appraiser is not known (never guessed from the structure)
            return Optional.empty();
        }
        UnitFacts unit = unit(position.get().unitId());
        List<String> above = new ArrayList<>();
        if (!position.get().unitHead()) {
            above.add(unit.unitId());
        }
        List<String> ancestors = new ArrayList<>(unit.ancestorUnitIds());
        Collections.reverse(ancestors);
        above.addAll(ancestors);
        for (String candidate : above) {
            Optional<UnitFacts> facts = org.unit(candidate);
            Optional<String> head = org.headOf(candidate, date).filter(h -> !h.equals(nip));
            if (head.isPresent() && facts.isPresent()) {
                return Optional.of(new Appraiser(head.get(), "STRUCTURAL_LINE", facts.get().headPositionId()));
            }
        }
        return Optional.empty();
    }

    /** The employee's unit on {@code date} (placement, or the unit of the position held). */
    public Optional<String> unitOf(String nip, LocalDate date) {
        return org.unitOf(nip, date);
    }
}
