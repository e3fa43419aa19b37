package id.sistemkerja.platform.config;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.Map;

/**
 * Runs before configuration files are read: a {@link SiKerjaService @SiKerjaService("org")} application gets
 * {@code spring.config.name=org-service} and {@code sikerja.service.name=org} as lowest-precedence values, so its own
 * {@code org-service.yml} is loaded and explicit settings (command line, environment) still win.
 */
public class ServiceIdentityEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

    static final String SOURCE = "sikerja-service-identity";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE)) {
            return;
        }
        for (Object source : application.getAllSources()) {
            if (source instanceof Class<?> type) {
                SiKerjaService service = AnnotatedElementUtils.findMergedAnnotation(type, SiKerjaService.class);
                if (service != null) {
                    environment.getPropertySources().addLast(new MapPropertySource(SOURCE, Map.of(
                            "spring.config.name", service.value() + "-service",
                            "spring.application.name", service.value() + "-service",
                            "sikerja.service.name", service.value())));
                    return;
                }
            }
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
