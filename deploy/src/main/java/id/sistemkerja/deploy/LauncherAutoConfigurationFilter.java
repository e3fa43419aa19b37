package id.sistemkerja.deploy;

import org.springframework.boot.autoconfigure.AutoConfigurationImportFilter;
import org.springframework.boot.autoconfigure.AutoConfigurationMetadata;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;

import java.util.List;
import java.util.Locale;

/**
 * The local launcher hosts every service and the gateway in one JVM on one classpath. Each application context says
 * what it is ({@code sikerja.launcher.context=service|gateway}) and sees only the auto-configuration its own
 * production jar would have: the gateway none of the event store, MongoDB, Kafka or Axon; the services none of Spring
 * Cloud (gateway, discovery). Outside the launcher (no such property) nothing is filtered.
 */
public class LauncherAutoConfigurationFilter implements AutoConfigurationImportFilter, EnvironmentAware {

    public static final String CONTEXT_PROPERTY = "sikerja.launcher.context";
    private static final List<String> BACKEND_PREFIXES = List.of("org.axonframework.", "id.sistemkerja.platform.");
    private static final List<String> BACKEND_WORDS = List.of("jdbc", "datasource", "mongo", "kafka", "flyway",
            "liquibase", "jooq", "r2dbc", "sql.init", "transactionmanager");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public boolean[] match(String[] autoConfigurationClasses, AutoConfigurationMetadata metadata) {
        String context = environment == null ? null : environment.getProperty(CONTEXT_PROPERTY);
        boolean[] matches = new boolean[autoConfigurationClasses.length];
        for (int i = 0; i < autoConfigurationClasses.length; i++) {
            String candidate = autoConfigurationClasses[i];
            matches[i] = candidate == null || context == null
                    || ("gateway".equals(context) && !isBackendOnly(candidate))
                    || ("service".equals(context) && !candidate.startsWith("org.springframework.cloud."));
        }
        return matches;
    }

    static boolean isBackendOnly(String autoConfiguration) {
        if (BACKEND_PREFIXES.stream().anyMatch(autoConfiguration::startsWith)) {
            return true;
        }
        String lower = autoConfiguration.toLowerCase(Locale.ROOT);
        return BACKEND_WORDS.stream().anyMatch(lower::contains);
    }
}
