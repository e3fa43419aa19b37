package id.sistemkerja.regulation.profile;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import id.sistemkerja.contracts.org.v1.AgencyProfileBound;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.kafka.IncomingEvent;
import id.sistemkerja.platform.kafka.IntegrationEventSubscription;
import id.sistemkerja.regulation.profile.replica.MongoProfileBindings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** The replica of bindings every consuming service keeps, fed by {@code org.AgencyProfileBound}. */
class MongoProfileBindingsTest {

    private static MongoServer server;
    private static MongoClient client;
    private static final RegulationProfiles PROFILES = ProfileLoader.load(List.of(ProfileLoader.DEFAULT_LOCATION));

    private final MongoProfileBindings replica = new MongoProfileBindings(
            new MongoTemplate(client, "replica_" + UUID.randomUUID().toString().replace("-", "")),
            MongoProfileBindings.REPLICA_COLLECTION);
    private final AgencyProfiles agencyProfiles = new AgencyProfiles(PROFILES, replica);

    @BeforeAll
    static void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create("mongodb://" + server.bindAndGetConnectionString().replace("mongodb://", ""));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.shutdown();
    }

    @SuppressWarnings("unchecked")
    private void deliver(AgencyProfileBound event) {
        IntegrationEventSubscription subscription = replica.subscription();
        var handler = (IntegrationEventSubscription.Handler<AgencyProfileBound>)
                subscription.handlerFor("org.AgencyProfileBound");
        handler.action().accept(event, new IncomingEvent(UUID.randomUUID().toString(), "org.AgencyProfileBound", 1,
                Instant.now(), "org", event.agencyId(), "profile-binding:" + event.agencyId(), 0, "c", "system",
                List.of("SYSTEM")));
    }

    @Test
    @DisplayName("a rebinding changes the profile in force from its effective date only; earlier dates keep the earlier version")
    void rebindingTakesEffectFromItsDate() {
        deliver(new AgencyProfileBound("kota-a", "national-7-2022", 1, LocalDate.of(2023, 1, 1)));
        deliver(new AgencyProfileBound("kota-a", "bandung-2023", 1, LocalDate.of(2023, 4, 1)));

        assertThat(agencyProfiles.inForce("kota-a", LocalDate.of(2023, 3, 31)).ref())
                .isEqualTo(new ProfileRef("national-7-2022", 1));
        assertThat(agencyProfiles.inForce("kota-a", LocalDate.of(2023, 4, 1)).ref())
                .isEqualTo(new ProfileRef("bandung-2023", 1));
        assertThat(agencyProfiles.inForce("kota-a", LocalDate.of(2030, 1, 1)).ref())
                .isEqualTo(new ProfileRef("bandung-2023", 1));
        assertThat(replica.history("kota-a")).extracting(b -> b.profile().toString())
                .containsExactly("national-7-2022@1", "bandung-2023@1");
    }

    @Test
    @DisplayName("a redelivered binding event changes nothing")
    void redeliveryIsHarmless() {
        AgencyProfileBound bound = new AgencyProfileBound("kota-b", "serang-2023", 1, LocalDate.of(2023, 5, 4));
        deliver(bound);
        deliver(bound);
        assertThat(replica.history("kota-b")).hasSize(1);
    }

    @Test
    @DisplayName("an agency without a binding for the date is a retryable fact-not-yet-known, never a guessed profile")
    void unknownBindingIsNotYetKnown() {
        deliver(new AgencyProfileBound("kota-c", "cilegon-2023", 1, LocalDate.of(2023, 6, 5)));
        ProblemException before = catchThrowableOfType(() -> agencyProfiles.inForce("kota-c", LocalDate.of(2023, 6, 4)),
                ProblemException.class);
        assertThat(before.kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN);
        assertThat(catchThrowableOfType(() -> agencyProfiles.inForce("kota-unknown", LocalDate.of(2024, 1, 1)),
                ProblemException.class).kind()).isEqualTo(ProblemKind.FACT_NOT_YET_KNOWN);
    }
}
