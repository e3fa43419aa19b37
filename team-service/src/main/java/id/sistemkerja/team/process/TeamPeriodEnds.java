package id.sistemkerja.team.process;

import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.scheduling.ClusterJobLock;
import id.sistemkerja.platform.security.CallContext;
import id.sistemkerja.team.api.TeamCommands.EndTeamCommand;
import id.sistemkerja.team.query.TeamDocuments.TeamDocument;
import id.sistemkerja.team.query.TeamQueries;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;

/**
 * TEAM-12: a team ends at the end of its period. Every night (Asia/Jakarta) each established team whose period has
 * run out is ended by the system, on one node of the cluster ({@link ClusterJobLock}); the aggregate ignores a team
 * that ended or was dissolved meanwhile. A team that cannot be ended is logged with its stack trace and counted
 * ({@value #FAILURES}, alert SiKerjaTeamPeriodEndFailed); the next night tries it again.
 */
@Component
public class TeamPeriodEnds {

    /** The job's name, also its cluster lock. */
    static final String JOB = "sikerja.team.period-ends";
    /** Teams the job could not end. */
    static final String FAILURES = "sikerja.team.period.end.failures";

    private static final Logger log = LoggerFactory.getLogger(TeamPeriodEnds.class);

    private final TeamQueries queries;
    private final CommandDispatcher commands;
    private final Clock clock;
    private final ClusterJobLock lock;
    private final Counter failures;

    public TeamPeriodEnds(TeamQueries queries, CommandDispatcher commands, Clock clock, ClusterJobLock lock,
                          MeterRegistry registry) {
        this.queries = queries;
        this.commands = commands;
        this.clock = clock;
        this.lock = lock;
        // registered at zero, so the first failure raises the alert
        this.failures = Counter.builder(FAILURES).description("Teams the nightly TEAM-12 job could not end")
                .register(registry);
    }

    @Scheduled(cron = "${sikerja.team.period-end-cron:0 5 0 * * *}", zone = "Asia/Jakarta")
    public void nightly() {
        endOverdueTeams();
    }

    /** Ends every overdue team; returns how many were ended (0 when another node is running the job). */
    public int endOverdueTeams() {
        return lock.runExclusively(JOB, this::endAll).orElseGet(() -> {
            log.info("Another node is ending the overdue teams (job {}); this one skips the run", JOB);
            return 0;
        });
    }

    private int endAll() {
        LocalDate today = LocalDate.now(clock);
        int ended = 0;
        for (TeamDocument team : queries.overdueTeams(today)) {
            CallContext system = CallContext.system(team.agencyId());
            try {
                commands.sendAndWait(new EndTeamCommand(team.teamId(), today, system.actor()), system);
                ended++;
            } catch (RuntimeException e) {
                failures.increment();
                log.warn("Could not end team {} of {} after its period (TEAM-12); the next run tries again",
                        team.teamId(), team.agencyId(), e);
            }
        }
        return ended;
    }
}
