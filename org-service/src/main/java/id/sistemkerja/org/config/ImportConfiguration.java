package id.sistemkerja.org.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.org.command.ProfilePlacementRules;
import id.sistemkerja.org.importing.export.AgencyExport;
import id.sistemkerja.org.importing.job.ImportJobStore;
import id.sistemkerja.org.importing.job.ImportJobs;
import id.sistemkerja.org.importing.web.ImportUploadLimitFilter;
import id.sistemkerja.platform.axon.CommandDispatcher;
import id.sistemkerja.platform.web.ProblemJsonWebExceptionHandler;
import id.sistemkerja.regulation.profile.RegulationProfiles;
import jakarta.validation.Validator;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

import java.time.Clock;
import java.time.Duration;

/** Bulk import and export of an agency (docs/import.md): jobs in PostgreSQL, the export from the read model. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportConfiguration.ImportProperties.class)
public class ImportConfiguration {

    /**
     * {@code sikerja.import.*}.
     *
     * @param maxUploadSize  largest import upload (the whole request, all its files): the one org-service request
     *                       allowed more than the 1 MB of every other body (H2), still bounded
     * @param maxRows        most data rows in one import (all sheets together)
     * @param parallelism    acts of one job in flight at once (rows of different records; the command bus has its own
     *                       threads)
     * @param jobThreads     jobs run at once by one service instance (others wait, queued)
     * @param lease          how long a job stays with a service instance that stopped renewing it, before another
     *                       instance takes it over
     * @param leaseCheck     how often an instance renews its leases and looks for jobs to take over
     * @param commandTimeout longest wait for one act
     * @param flushRows      row outcomes written (and counted in the progress) together
     */
    @ConfigurationProperties("sikerja.import")
    public record ImportProperties(@DefaultValue("32MB") DataSize maxUploadSize, @DefaultValue("200000") int maxRows,
                                   @DefaultValue("8") int parallelism, @DefaultValue("1") int jobThreads,
                                   @DefaultValue("60s") Duration lease, @DefaultValue("15s") Duration leaseCheck,
                                   @DefaultValue("2m") Duration commandTimeout, @DefaultValue("200") int flushRows) {
    }

    @Bean(initMethod = "createSchema")
    public ImportJobStore importJobStore(JdbcTemplate jdbc, PlatformTransactionManager transactionManager,
                                         ObjectMapper json) {
        return new ImportJobStore(jdbc, new TransactionTemplate(transactionManager), json);
    }

    @Bean
    public ImportJobs importJobs(ImportJobStore store, CommandDispatcher commands, EventStore eventStore,
                                 RegulationProfiles profiles, ProfilePlacementRules placementRules, Validator validator,
                                 Clock clock, ImportProperties properties) {
        return new ImportJobs(store, commands, eventStore, profiles, placementRules, validator, clock,
                new ImportJobs.Settings(properties.maxRows(), properties.parallelism(), properties.jobThreads(),
                        properties.lease(), properties.leaseCheck(), properties.commandTimeout(),
                        properties.flushRows()));
    }

    @Bean
    public ImportUploadLimitFilter importUploadLimitFilter(ImportProperties properties,
                                                           ProblemJsonWebExceptionHandler problems) {
        return new ImportUploadLimitFilter(properties.maxUploadSize(), problems);
    }

    @Bean
    public AgencyExport agencyExport(MongoTemplate mongo, EventStore eventStore) {
        return new AgencyExport(mongo, eventStore);
    }
}
