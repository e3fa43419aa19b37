package id.sistemkerja.assignment.api;

import id.sistemkerja.contracts.vocabulary.PositionKind;
import id.sistemkerja.regulation.profile.UnitLocation;

/** An employee an order assigns, with the assignment it creates and where they sit (home unit) on the issue date. */
public record Assignee(String assignmentId, String nip, UnitLocation home, PositionKind positionKind) {
}
