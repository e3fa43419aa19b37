package id.sistemkerja.assignment.integration;

import id.sistemkerja.assignment.api.AssignmentCommands.EndTeamAssignmentsCommand;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.contracts.team.v1.TeamDissolved;
import id.sistemkerja.contracts.team.v1.TeamEnded;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.platform.security.CallContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.LocalDate;

/**
 * TEAM-12: when a work team ends (its period ran out) or is dissolved by decree, every active team assignment of its
 * members ends on the same day, as a recorded act of the system on the team's behalf ({@code team.TeamEnded},
 * {@code team.TeamDissolved} from team-service). The event id is the act's source, so a redelivered event ends
 * nothing twice.
 */
@Configuration(proxyBeanMethods = false)
public class TeamEndingsSubscription {

    @Bean
    public IntegrationEventSubscription assignmentTeamEndings(CommandDispatcher commands) {
        return IntegrationEventSubscription.builder("assignment-team-endings", Topics.TEAM_EVENTS)
                .on(TeamDissolved.class, (dissolved, meta) -> end(commands, dissolved.teamId(), dissolved.agencyId(),
                        dissolved.effectiveOn(), "work team dissolved: " + dissolved.reason(),
                        dissolved.decreeNumber(), meta))
                .on(TeamEnded.class, (ended, meta) -> end(commands, ended.teamId(), ended.agencyId(),
                        ended.effectiveOn(), "work team period ended", null, meta))
                .build();
    }

    private static void end(CommandDispatcher commands, String teamId, String agencyId, LocalDate effectiveOn,
                            String reason, String decreeNumber, IncomingEvent meta) {
        CallContext context = CallContext.system(agencyId, meta.correlationId());
        commands.sendAndWait(new EndTeamAssignmentsCommand(teamId, agencyId, effectiveOn, reason, decreeNumber,
                meta.eventId(), context.actor()), context);
    }
}
