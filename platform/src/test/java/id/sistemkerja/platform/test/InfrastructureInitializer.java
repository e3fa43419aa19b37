package id.sistemkerja.platform.test;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.boot.test.web.reactive.server.WebTestClientBuilderCustomizer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Points a service's Spring context at the shared {@link TestInfrastructure}: its own fresh PostgreSQL database and
 * MongoDB database (so cached contexts never see each other's tokens or read models), the shared Kafka broker, the
 * test JWT key and the test audit signing key. The injected {@code WebTestClient} waits up to 60 s for a response
 * (Spring's default is 5 s): the tests run on a shared 2-core machine where a build next door can stall one request
 * for seconds; a timeout is never what a test asserts (no timed assertions, see README).
 */
public class InfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final java.time.Duration RESPONSE_TIMEOUT = java.time.Duration.ofSeconds(60);

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestInfrastructure infra = TestInfrastructure.get();
        String service = context.getEnvironment().getProperty("sikerja.service.name", "svc");
        String jdbcUrl = infra.newDatabase("t_" + service);
        String database = jdbcUrl.substring(jdbcUrl.lastIndexOf('/') + 1);
        TestPropertyValues.of(
                "spring.datasource.url=" + jdbcUrl,
                "spring.datasource.username=" + infra.postgresUser(),
                "spring.datasource.password=" + infra.postgresPassword(),
                "spring.data.mongodb.uri=" + infra.mongoUri(database),
                "spring.kafka.bootstrap-servers=" + infra.kafkaBootstrapServers(),
                "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestTokens.publicKeyFile(),
                "sikerja.audit.signing-key-location=file:" + TestAuditKeys.privateKeyFile(),
                "sikerja.kafka.consumer-backoff=100ms",
                "sikerja.kafka.send-timeout=10s"
        ).applyTo(context);
        context.getBeanFactory().registerSingleton("sikerjaSlowMachineWebTestClientTimeout",
                (WebTestClientBuilderCustomizer) builder -> builder.responseTimeout(RESPONSE_TIMEOUT));
    }
}
