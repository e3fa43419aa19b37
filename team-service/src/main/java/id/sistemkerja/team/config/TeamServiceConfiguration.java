package id.sistemkerja.team.config;

import id.sistemkerja.platform.scheduling.ClusterJobLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

import javax.sql.DataSource;

/** team-service wiring: the nightly jobs ({@code process}) run on schedule, one node of the cluster at a time. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class TeamServiceConfiguration {

    @Bean
    public ClusterJobLock clusterJobLock(DataSource dataSource) {
        return new ClusterJobLock(dataSource);
    }
}
