package id.sistemkerja.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.boot.env.PropertiesPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Adds {@code sikerja-defaults.properties} as the lowest-precedence property source of a service: Axon without Axon
 * Server and with Jackson everywhere, actuator exposure, health groups. A service's own {@code application.yml},
 * the environment and the command line all override it.
 */
public class PlatformDefaultsEnvironmentPostProcessor implements EnvironmentPostProcessor {

    static final String SOURCE = "sikerja-defaults.properties";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE) || !environment.containsProperty("sikerja.service.name")) {
            return; // not a SiKerja service (e.g. the gateway in the local launcher)
        }
        // Government networks: no outbound call to AxonIQ's update checker from any service.
        if (System.getProperty("axoniq.update-checker.disabled") == null) {
            System.setProperty("axoniq.update-checker.disabled", "true");
        }
        try {
            for (PropertySource<?> source : new PropertiesPropertySourceLoader().load(SOURCE, new ClassPathResource(SOURCE))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
