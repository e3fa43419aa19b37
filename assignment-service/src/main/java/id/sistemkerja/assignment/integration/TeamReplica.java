package id.sistemkerja.assignment.integration;

import id.sistemkerja.assignment.command.TeamDirectory;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.team.v1.TeamDissolved;
import id.sistemkerja.contracts.team.v1.TeamEnded;
import id.sistemkerja.contracts.team.v1.TeamEstablished;
import id.sistemkerja.contracts.vocabulary.AssignmentScope;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import java.time.LocalDate;
import java.util.Optional;

import static org.springframework.data.mongodb.core.query.Criteria.where;

/**
 * assignment-service's copy of the work teams team-service established, ended or dissolved (M4), in its MongoDB
 * ({@code asg_teams}), fed from {@code sk.team.events.v1}. One team's events travel in order (one key), and an end is
 * never undone by a redelivered establishment.
 */
public class TeamReplica implements TeamDirectory {

    public static final String TEAMS = "asg_teams";

    private final MongoTemplate mongo;

    public TeamReplica(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public IntegrationEventSubscription subscription() {
        return IntegrationEventSubscription.builder("assignment-team-replica", Topics.TEAM_EVENTS)
                .on(TeamEstablished.class, (e, meta) -> established(e))
                .on(TeamEnded.class, (e, meta) -> ended(e.teamId(), Status.ENDED, e.effectiveOn()))
                .on(TeamDissolved.class, (e, meta) -> ended(e.teamId(), Status.DISSOLVED, e.effectiveOn()))
                .build();
    }

    /** team.TeamEstablished: the team is in force from its decree; an end already recorded stays. */
    public void established(TeamEstablished e) {
        mongo.upsert(Query.query(where("_id").is(e.teamId())), new Update()
                .set("agencyId", e.agencyId()).set("owningUnitId", e.owningUnitId()).set("scope", e.scope())
                .set("periodFrom", e.periodFrom()).set("periodUntil", e.periodUntil())
                .setOnInsert("status", Status.ESTABLISHED), TEAMS);
    }

    /** team.TeamEnded / team.TeamDissolved. */
    public void ended(String teamId, Status status, LocalDate effectiveOn) {
        mongo.upsert(Query.query(where("_id").is(teamId)), new Update().set("status", status)
                .set("endedFrom", effectiveOn), TEAMS);
    }

    @Override
    public Optional<KnownTeam> team(String teamId) {
        return Optional.ofNullable(mongo.findById(teamId, TeamDocument.class, TEAMS)).filter(t -> t.agencyId() != null)
                .map(t -> new KnownTeam(t.teamId(), t.agencyId(), t.owningUnitId(), t.scope(), t.status(),
                        t.periodFrom(), t.periodUntil(), t.endedFrom()));
    }

    record TeamDocument(@Id String teamId, String agencyId, String owningUnitId, AssignmentScope scope, Status status,
                        LocalDate periodFrom, LocalDate periodUntil, LocalDate endedFrom) {
    }
}
