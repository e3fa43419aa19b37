package id.sistemkerja.regulation.coordination;

import id.sistemkerja.contracts.vocabulary.FunctionalLevel;
import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.regulation.profile.Citation;
import id.sistemkerja.regulation.profile.DecisionBasis;

import java.time.LocalDate;
import java.util.List;

/**
 * Who coordinates a Pejabat Fungsional technically and validates their individual performance indicators (Indikator
 * Kinerja Individu, IKI) on a date (ORG-11; Perwal Bekasi 31/2021 Pasal 6(6)-(9), 11(2)-(3)), or, where the profile
 * sets no such coordination or the employee is no JF, the appraiser (Pejabat Penilai Kinerja), who then validates.
 *
 * @param nip              the employee whose IKI are validated
 * @param date             the day asked
 * @param basis            {@link Basis#TECHNICAL_COORDINATION} or {@link Basis#APPRAISER}
 * @param reason           why this official, in words (e.g. "the profile sets no technical coordination of JF")
 * @param functionalLevel  the JF's level that day; null for a structural official or Pelaksana
 * @param unitId           the unit the employee is placed in (or, unplaced, the unit of the position held)
 * @param kind             position kind of the validating official
 * @param positionId       the validating official's position (for {@link Basis#APPRAISER}: the appraiser position)
 * @param validatorNip     who holds that position (or the appraiser's delegate, ORG-05) that day; null when vacant
 * @param nearestAbove     the JF's line has no official of the kind the profile names, so the nearest more senior
 *                         official of the line coordinates (see the ORG-11 readings of the profile)
 * @param delegableTo      the kind of official the JPT may delegate the validation to (Perwal Bekasi 31/2021
 *                         Pasal 5(5)); null when not applicable. A delegation is the JPT's own act, not recorded here
 * @param decision         profile and rule ids to store with an act that relies on this answer
 * @param citations        the articles applied
 */
public record IndicatorValidator(String nip, LocalDate date, Basis basis, String reason,
                                 FunctionalLevel functionalLevel, String unitId, PositionKind kind,
                                 String positionId, String validatorNip, boolean nearestAbove,
                                 PositionKind delegableTo, DecisionBasis decision, List<Citation> citations) {

    public IndicatorValidator {
        citations = List.copyOf(citations);
    }

    /** Why this official validates. */
    public enum Basis {
        /** The profile's technical coordination of JF by level (ORG-11, Bekasi 2021). */
        TECHNICAL_COORDINATION,
        /** The appraiser: the profile sets no coordination, or the employee is no JF. */
        APPRAISER
    }

    /** The position is held (or delegated) by someone on the date. */
    public boolean known() {
        return validatorNip != null;
    }
}
