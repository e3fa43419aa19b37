package id.sistemkerja.assignment.command;

import id.sistemkerja.contracts.vocabulary.AssignmentScope;

import java.time.LocalDate;
import java.util.Optional;

/**
 * What assignment-service knows of the work teams team-service established (security finding M4: a TEAM order names
 * a team its owning unit owns, in force): a local replica fed from {@code team.TeamEstablished}, {@code team.TeamEnded}
 * and {@code team.TeamDissolved}. A team not in it yet is a fact not known yet, never "no such team".
 */
public interface TeamDirectory {

    Optional<KnownTeam> team(String teamId);

    /** A work team as established by decree (TEAM-07), and whether it still is. */
    record KnownTeam(String teamId, String agencyId, String owningUnitId, AssignmentScope scope, Status status,
                     LocalDate periodFrom, LocalDate periodUntil, LocalDate endedFrom) {
    }

    enum Status { ESTABLISHED, ENDED, DISSOLVED }
}
