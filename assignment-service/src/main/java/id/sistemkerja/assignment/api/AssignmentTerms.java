package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.AssignmentNature;
import id.sistemkerja.contracts.vocabulary.AssignmentPlanning;

import java.time.LocalDate;
import java.util.List;

/**
 * What an assignment is about, as a request states it (ASG-07) and an order fixes it (ASG-01, ASG-03, ASG-06).
 *
 * @param purpose           maksud dan tujuan
 * @param competencies      kompetensi, keahlian dan/atau keterampilan yang dibutuhkan (requests)
 * @param targets           ekspektasi/target kinerja (a specific performance target, ASG-01)
 * @param otherArrangements pengaturan penugasan lainnya (orders within a unit, ASG-06)
 * @param nature            tugas rutin / insidental (ASG-03)
 * @param planning          terencana (with the budget plan) / tak terencana (ASG-03)
 * @param validFrom         first day of the assignment (durasi pelibatan)
 * @param validUntil        last day of the assignment
 * @param planItemId        item of the owning unit's annual work plan (ASG-14), where the profile requires one
 */
public record AssignmentTerms(String purpose, List<String> competencies, List<String> targets,
                              String otherArrangements, AssignmentNature nature, AssignmentPlanning planning,
                              LocalDate validFrom, LocalDate validUntil, String planItemId) {

    public AssignmentTerms {
        competencies = clean(competencies);
        targets = clean(targets);
        purpose = blankToNull(purpose);
        otherArrangements = blankToNull(otherArrangements);
        planItemId = blankToNull(planItemId);
    }

    public AssignmentTerms withOtherArrangements(String value) {
        return new AssignmentTerms(purpose, competencies, targets, value, nature, planning, validFrom, validUntil,
                planItemId);
    }

    public AssignmentTerms withPlanItemId(String value) {
        return new AssignmentTerms(purpose, competencies, targets, otherArrangements, nature, planning, validFrom,
                validUntil, value);
    }

    /** These terms with the amended parts (null = unchanged). */
    public AssignmentTerms amended(String newPurpose, List<String> newTargets, String newOtherArrangements,
                                   LocalDate newValidUntil) {
        return new AssignmentTerms(newPurpose != null ? newPurpose : purpose, competencies,
                newTargets != null && !newTargets.isEmpty() ? newTargets : targets,
                newOtherArrangements != null ? newOtherArrangements : otherArrangements, nature, planning, validFrom,
                newValidUntil != null ? newValidUntil : validUntil, planItemId);
    }

    private static List<String> clean(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).map(String::trim)
                .toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
