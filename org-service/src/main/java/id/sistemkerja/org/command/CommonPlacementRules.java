package id.sistemkerja.org.command;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.platform.error.Violation;

import java.util.ArrayList;
import java.util.List;

/**
 * The placement rules every profile shares (ORG-04, ORG-05, ORG-06, ORG-07), which together admit every structure
 * variant of ORG-09: the appraiser is any structural position (JPT Pratama, Administrator, Pengawas) of the unit or of
 * the line above it, or the JF who leads an independent unit the employee is placed in.
 */
public final class CommonPlacementRules {

    private CommonPlacementRules() {
    }

    /** The common rule ids a placement decision applies. */
    public static List<String> ruleIds(PlacementProposal proposal) {
        List<String> ids = new ArrayList<>(List.of(OrgRule.ORG_04.id(), OrgRule.ORG_05.id()));
        if (proposal.appraiserPosition().kind() == PositionKind.FUNGSIONAL) {
            ids.add(OrgRule.ORG_06.id());
        }
        ids.add(OrgRule.ORG_07.id());
        ids.add(OrgRule.ORG_09.id());
        return ids;
    }

    /** Every common rule the proposal breaks (empty when it may be decided), placement following the job map. */
    public static List<Violation> check(PlacementProposal proposal, boolean placementWithoutJobMapAllowed) {
        return check(proposal, placementWithoutJobMapAllowed, true);
    }

    /**
     * Every common rule the proposal breaks (empty when it may be decided); {@code followsJobMap} false where the
     * profile's regulation ties placement to no job map (ORG-07, Cilegon).
     */
    public static List<Violation> check(PlacementProposal proposal, boolean placementWithoutJobMapAllowed,
                                        boolean followsJobMap) {
        List<Violation> violations = new ArrayList<>();
        AppointmentSnapshot held = proposal.employeePosition();
        PositionSnapshot appraiser = proposal.appraiserPosition();
        UnitSnapshot unit = proposal.unit();

        // ORG-04: placement is for Pejabat Fungsional and Pelaksana
        if (held == null) {
            violations.add(OrgRule.ORG_04.violation("nip", "employee " + proposal.nip() + " holds no position on "
                    + proposal.effectiveFrom() + "; only a Pejabat Fungsional or Pelaksana is placed (appoint first)"));
        } else if (held.kind().isStructural()) {
            violations.add(OrgRule.ORG_04.violation("nip", "employee " + proposal.nip() + " holds the structural "
                    + "position " + held.positionId() + " (" + held.kind() + "); only a Pejabat Fungsional or "
                    + "Pelaksana is placed under an appraiser"));
        }

        // ORG-05: the appraiser is the direct superior: a position of the unit or of the line above it
        if (!unit.isOrIsBelow(appraiser.unitId())) {
            violations.add(OrgRule.ORG_05.violation("appraiserPositionId", "appraiser position "
                    + appraiser.positionId() + " is in " + appraiser.unitId() + ", outside the line above unit "
                    + unit.unitId() + ": not a direct superior"));
        }
        if (held != null && held.positionId().equals(appraiser.positionId())) {
            violations.add(OrgRule.ORG_05.violation("appraiserPositionId", "an employee does not appraise "
                    + "themselves (" + appraiser.positionId() + " is their own position)"));
        }
        if (appraiser.kind() == PositionKind.PELAKSANA) {
            violations.add(OrgRule.ORG_05.violation("appraiserPositionId", "the appraiser is at least a Pengawas; "
                    + appraiser.positionId() + " is a Pelaksana position"));
        }
        // ORG-06: a JF is appraiser only as the appointed head of an independent unit (Puskesmas, UPTD Satuan
        // Pendidikan) the employee is placed in
        if (appraiser.kind() == PositionKind.FUNGSIONAL
                && !(appraiser.unitHead() && proposal.appraiserUnit().kind().mayBeLedByFunctional())) {
            violations.add(OrgRule.ORG_06.violation("appraiserPositionId", "a Pejabat Fungsional is appraiser "
                    + "only as head of an independent unit (Puskesmas, UPTD Satuan Pendidikan); "
                    + appraiser.positionId() + " does not lead one"));
        }

        // ORG-07: the PPK places by the job map (peta jabatan): the employee's position is in the unit's job map
        if (followsJobMap && held != null && !held.kind().isStructural() && !held.unitId().equals(unit.unitId())
                && !(placementWithoutJobMapAllowed && !unit.hasJobMap())) {
            violations.add(OrgRule.ORG_07.violation("unitId", "position " + held.positionId() + " of employee "
                    + proposal.nip() + " is in the job map (peta jabatan) of " + held.unitId() + ", not of "
                    + unit.unitId() + (unit.hasJobMap() ? "" : " (which has no job map)")));
        }
        return violations;
    }
}
