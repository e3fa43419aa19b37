package id.sistemkerja.assignment.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** assignment-service wiring: order numbering and team rosters in PostgreSQL. */
@Configuration(proxyBeanMethods = false)
public class AssignmentServiceConfiguration {

    @Bean(initMethod = "createSchema")
    public JdbcOrderNumbers orderNumbers(JdbcTemplate jdbc) {
        return new JdbcOrderNumbers(jdbc);
    }

    @Bean(initMethod = "createSchema")
    public JdbcTeamRosters teamRosters(JdbcTemplate jdbc) {
        return new JdbcTeamRosters(jdbc);
    }
}
