package id.sistemkerja.regulation.coordination;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.contracts.vocabulary.UnitKind;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.regulation.officials.AppraiserSeat;
import id.sistemkerja.regulation.officials.OfficialResolver;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.Decision;
import id.sistemkerja.regulation.profile.DecisionBasis;
import id.sistemkerja.regulation.profile.RegulationProfile;
import id.sistemkerja.regulation.replica.AppointmentRecord;
import id.sistemkerja.regulation.replica.OrgDirectory;
import id.sistemkerja.regulation.replica.PlacementRecord;
import id.sistemkerja.regulation.replica.PositionFacts;
import id.sistemkerja.regulation.replica.UnitFacts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * "Who coordinates, and validates the IKI of, JF X on date D" (ORG-11), answered the same way in every service from
 * the org replica ({@link OrgDirectory}) and the profile the agency is bound to that day.
 * <p>
 * Under a profile with technical coordination of JF by level (bekasi-2023 through its part bekasi-2021: ahli
 * madya/utama the JPT, ahli muda an Administrator, ahli pertama and keterampilan a Pengawas; in the Inspektorat an
 * Administrator) the coordinating official is the official of that kind in the JF's line: the JF's appraiser if of
 * that kind, else the head of the JF's unit or of a unit above it, nearest first. Where the line has none (an ahli
 * pertama in a Bidang without Pengawas), the nearest more senior official of the line coordinates: coordination goes
 * up, ending with the Kepala Perangkat Daerah to whom every JF is technically responsible (BKS21 Pasal 6(5)). This is
 * coordination, never placement: it does not decide who appraises (BKS23 Pasal 7, lampiran C.1).
 * <p>
 * Where the profile sets no coordination, or the employee is no JF, the appraiser validates, as the officials resolver
 * names them ({@link OfficialResolver#appraiserSeat}): the delegate of a delegation in force (ORG-05) or the holder of
 * the placement's appraiser position; for a structural official, who is not placed, the head of the own unit or of
 * the nearest unit above (the direct superior).
 * <p>
 * A fact the replica does not hold yet (employee, appointment, position, unit, placement of a JF) is a retryable
 * {@code 409 fact-not-yet-known}, never an answer.
 */
public final class TechnicalCoordination {

    /** Structural kinds, most junior first: coordination goes up this list, never down. */
    private static final List<PositionKind> UPWARDS =
            List.of(PositionKind.PENGAWAS, PositionKind.ADMINISTRATOR, PositionKind.JPT_PRATAMA);

    private TechnicalCoordination() {
    }

    /** Who validates the IKI of {@code nip} on {@code date} under {@code profile} (the agency's profile that day). */
    public static IndicatorValidator validatorOf(OrgDirectory org, RegulationProfile profile, String nip,
                                                 LocalDate date) {
        org.employee(nip).orElseThrow(() -> ProblemException.notYetKnown("Employee", nip));
        AppointmentRecord appointment = org.appointmentOf(nip, date).orElseThrow(() ->
                ProblemException.notYetKnown("Position held by employee", nip + " on " + date));
        PositionFacts held = position(org, appointment.positionId());
        Optional<PlacementRecord> placement = org.placementOf(nip, date);
        String unitId = placement.map(PlacementRecord::unitId).orElse(held.unitId());
        UnitFacts unit = unit(org, unitId);

        if (held.kind() != PositionKind.FUNGSIONAL || held.functionalLevel() == null) {
            return appraiser(org, profile, nip, date, held, unit, "the employee holds no Jabatan "
                    + "Fungsional; the appraiser (Pejabat Penilai Kinerja) validates", List.of());
        }
        FunctionalLevel level = held.functionalLevel();
        String departmentKind = unit.departmentKind() == null ? null : unit.departmentKind().name();
        Decision<PositionKind> coordination = profile.technicalCoordinator(level, departmentKind);
        if (!coordination.isAllowed()) {
            return appraiser(org, profile, nip, date, held, unit, profile.regulation().shortName()
                    + " sets no technical coordination of Pejabat Fungsional by level; the appraiser (Pejabat "
                    + "Penilai Kinerja) validates", coordination.citations());
        }
        if (placement.isEmpty()) {
            // ORG-04: a JF is placed; until the placement is known the line (and so the coordinator) is not
            throw ProblemException.notYetKnown("Placement (kedudukan) of employee", nip + " on " + date);
        }
        List<String> line = line(unit);
        PositionKind named = coordination.outcome();
        for (PositionKind kind : UPWARDS.subList(UPWARDS.indexOf(named), UPWARDS.size())) {
            Optional<PositionFacts> found = officialOfKind(org, kind, placement.get(), line);
            if (found.isPresent()) {
                PositionFacts position = found.get();
                boolean above = kind != named;
                List<Citation> citations = new ArrayList<>(coordination.citations());
                PositionKind delegable = null;
                if (kind == PositionKind.JPT_PRATAMA && lineHasUptd(org, line)) {
                    Decision<PositionKind> delegation = profile.activityValidationDelegate(
                            id.sistemkerja.regulation.profile.UnitFacts.of(unitHeadKind(org, unit), java.util.Set.of())
                                    .inDepartment(departmentKind, java.util.Set.of(), true));
                    if (delegation.isAllowed()) {
                        delegable = delegation.outcome();
                        citations.addAll(delegation.citations());
                    }
                }
                String reason = "a JF " + level + (departmentKind == null ? "" : " in a " + departmentKind)
                        + " is coordinated technically by " + article(named) + " " + named
                        + (above ? "; the JF's line has none, so the nearest more senior official of the line, "
                        + article(kind) + " " + kind + ", coordinates" : "")
                        + " and validates the JF's individual performance indicators (IKI)";
                return new IndicatorValidator(nip, date, IndicatorValidator.Basis.TECHNICAL_COORDINATION, reason,
                        level, unitId, kind, position.positionId(), org.holderOf(position.positionId(), date)
                        .orElse(null), above, delegable, coordination.basis(), citations);
            }
        }
        throw ProblemException.notYetKnown("Official coordinating JF", nip + " on " + date + " (no JPT Pratama, "
                + "Administrator or Pengawas is known in the line of unit " + unitId + ")");
    }

    /**
     * The appraiser validates: the one resolution of the appraiser ({@link OfficialResolver#appraiserSeat}, the same
     * person assignment-, team- and performance-service name as APPRAISER), with the kind of the position they
     * appraise from.
     */
    private static IndicatorValidator appraiser(OrgDirectory org, RegulationProfile profile, String nip,
                                                LocalDate date, PositionFacts held, UnitFacts unit, String reason,
                                                List<Citation> citations) {
        DecisionBasis decision = profile.basis("ORG-11");
        FunctionalLevel level = held.kind() == PositionKind.FUNGSIONAL ? held.functionalLevel() : null;
        AppraiserSeat seat = new OfficialResolver(org).appraiserSeat(nip, date);
        if (!seat.known()) {
            throw ProblemException.notYetKnown(seat.notYetKnown() + ", needed to know the appraiser,", "on " + date);
        }
        if (seat.positionId() == null) {
            // the head of a top unit (a Kepala Perangkat Daerah, the Sekda) has no superior among the agency's units
            return new IndicatorValidator(nip, date, IndicatorValidator.Basis.APPRAISER, reason + "; the employee "
                    + "has no structural superior among the agency's units", level, unit.unitId(), null, null, null,
                    false, null, decision, citations);
        }
        PositionKind kind = position(org, seat.positionId()).kind();
        return new IndicatorValidator(nip, date, IndicatorValidator.Basis.APPRAISER, reason, level, unit.unitId(),
                kind, seat.positionId(), seat.nip(), false, null, decision, citations);
    }

    /** The position of {@code kind} that leads the JF's line: the appraiser position, then unit heads, nearest first. */
    private static Optional<PositionFacts> officialOfKind(OrgDirectory org, PositionKind kind,
                                                          PlacementRecord placement, List<String> line) {
        PositionFacts appraiser = position(org, placement.appraiserPositionId());
        if (appraiser.kind() == kind) {
            return Optional.of(appraiser);
        }
        for (String unitId : line) {
            String head = unit(org, unitId).headPositionId();
            if (head != null) {
                PositionFacts position = position(org, head);
                if (position.kind() == kind) {
                    return Optional.of(position);
                }
            }
        }
        return Optional.empty();
    }

    /** The unit and every unit above it, nearest first. */
    private static List<String> line(UnitFacts unit) {
        List<String> line = new ArrayList<>(List.of(unit.unitId()));
        List<String> ancestors = new ArrayList<>(unit.ancestorUnitIds());
        Collections.reverse(ancestors);
        line.addAll(ancestors);
        return line;
    }

    private static boolean lineHasUptd(OrgDirectory org, List<String> line) {
        return line.stream().map(u -> unit(org, u).kind()).anyMatch(k -> k == UnitKind.UPTD);
    }

    private static PositionKind unitHeadKind(OrgDirectory org, UnitFacts unit) {
        return unit.headPositionId() == null ? null : position(org, unit.headPositionId()).kind();
    }

    private static UnitFacts unit(OrgDirectory org, String unitId) {
        return org.unit(unitId).orElseThrow(() -> ProblemException.notYetKnown("Unit", unitId));
    }

    private static PositionFacts position(OrgDirectory org, String positionId) {
        return org.position(positionId).orElseThrow(() -> ProblemException.notYetKnown("Position", positionId));
    }

    private static String article(PositionKind kind) {
        return kind == PositionKind.ADMINISTRATOR ? "an" : "a";
    }
}
