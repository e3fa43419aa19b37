package id.sistemkerja.platform.config;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;

import java.time.Clock;

/** The one clock of a service (tests replace it to control time) and the shared settings. */
@AutoConfiguration
@ConditionalOnProperty("sikerja.service.name")
@EnableConfigurationProperties(PlatformProperties.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    public Clock clock(PlatformProperties properties) {
        return Clock.system(properties.getZone());
    }
}
