package id.sistemkerja.team.config;

import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import id.sistemkerja.team.query.TeamQueries;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

import java.time.Clock;
import java.time.LocalDate;

/**
 * TEAM-12: a team ends at the end of its period. Every night (Asia/Jakarta) each established team whose period has
 * run out is ended by the system; the aggregate ignores a team that ended or was dissolved meanwhile.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TeamPeriodEnds {

    private static final Logger log = LoggerFactory.getLogger(TeamPeriodEnds.class);

    private final TeamQueries queries;
    private final CommandDispatcher commands;
    private final Clock clock;

    public TeamPeriodEnds(TeamQueries queries, CommandDispatcher commands, Clock clock) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
    }

    /** Ends every overdue team; returns how many were ended. */
    @Scheduled(cron = "${sikerja.team.period-end-cron:0 5 0 * * *}", zone = "Asia/Jakarta")
    public int endOverdueTeams() {
        LocalDate today = LocalDate.now(clock);
        int ended = 0;
        for (TeamDocument team : queries.overdueTeams(today)) {
            CallContext system = CallContext.system(team.agencyId());
            try {
                commands.sendAndWait(new EndTeamCommand(team.teamId(), today, system.actor()), system);
                ended++;
            } catch (RuntimeException e) {
                log.warn("Could not end team {} after its period: {}", team.teamId(), e.getMessage());
            }
        }
        return ended;
    }
}
