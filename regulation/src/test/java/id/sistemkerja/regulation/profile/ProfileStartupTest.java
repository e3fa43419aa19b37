package id.sistemkerja.regulation.profile;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.regulation.profile.replica.ProfileBindingReplicaAutoConfiguration;
import org.mockito.Mockito;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/** Profiles are loaded and validated when a service starts; a malformed one stops it. */
class ProfileStartupTest {

    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration(ProfileAutoConfiguration.class)
    static class ProfilesOnly {
    }

    private static SpringApplicationBuilder app(String locations) {
        return new SpringApplicationBuilder(ProfilesOnly.class).web(WebApplicationType.NONE)
                .properties("sikerja.service.name=profile-startup-test", "sikerja.profiles.locations=" + locations,
                        "spring.main.banner-mode=off");
    }

    @Test
    @DisplayName("a service starts with the shipped profiles loaded and validated")
    void startsWithShippedProfiles() {
        try (ConfigurableApplicationContext context = app(ProfileLoader.DEFAULT_LOCATION).run()) {
            assertThat(context.getBean(RegulationProfiles.class).latest("serang-2023")).isPresent();
        }
    }

    @Test
    @DisplayName("a malformed profile file makes start-up fail with a message naming the file, the entry and what is wrong")
    void malformedProfileStopsStartUp() {
        Throwable failure = catchThrowable(() -> app(ProfileLoader.DEFAULT_LOCATION
                + ",classpath*:broken-profiles/**/*.yml").run().close());

        assertThat(failure).isNotNull();
        InvalidProfileException cause = findCause(failure);
        assertThat(cause.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo("broken-profiles/broken-2023/v1.yml");
            assertThat(problem.entry()).isEqualTo("TEAM-05");
            assertThat(problem.message()).isEqualTo("criteria[0] (MIN_RANK): value 'III/b' is not a Rank; expected "
                    + "one of I_A, I_B, I_C, I_D, II_A, II_B, II_C, II_D, III_A, III_B, III_C, III_D, IV_A, IV_B, "
                    + "IV_C, IV_D, IV_E");
        });
        FailureAnalysis analysis = new InvalidProfileFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription()).contains("broken-profiles/broken-2023/v1.yml, entry TEAM-05: "
                + "criteria[0] (MIN_RANK): value 'III/b' is not a Rank");
    }

    @Test
    @DisplayName("a consuming service with sikerja.profile-replica.enabled gets the binding replica on sk.org.events.v1 and AgencyProfiles; without it, profiles only")
    void replicaWiring() {
        ApplicationContextRunner runner = new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(ProfileBindingReplicaAutoConfiguration.class,
                        ProfileAutoConfiguration.class))
                .withPropertyValues("sikerja.service.name=replica-test")
                .withBean(MongoTemplate.class, () -> Mockito.mock(MongoTemplate.class));
        runner.run(context -> assertThat(context).hasSingleBean(RegulationProfiles.class)
                .doesNotHaveBean(AgencyProfiles.class).doesNotHaveBean(IntegrationEventSubscription.class));
        runner.withPropertyValues("sikerja.profile-replica.enabled=true").run(context -> {
            assertThat(context).hasSingleBean(AgencyProfiles.class);
            IntegrationEventSubscription subscription = context.getBean(IntegrationEventSubscription.class);
            assertThat(subscription.topic()).isEqualTo(Topics.ORG_EVENTS);
            assertThat(subscription.handlerFor("org.AgencyProfileBound")).isNotNull();
        });
    }

    private static InvalidProfileException findCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof InvalidProfileException invalid) {
                return invalid;
            }
        }
        throw new AssertionError("No InvalidProfileException in " + failure);
    }
}
