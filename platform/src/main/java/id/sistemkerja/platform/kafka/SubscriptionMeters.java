package id.sistemkerja.platform.kafka;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.List;

/**
 * Registers every subscription's consumer counters at start-up, at zero. Alerts and dashboards use
 * {@code increase(sikerja_kafka_dead_letters_total[15m])}: a series that only appears with its first dead letter has no
 * earlier sample to increase from, so the first dead letter would never alert, and a dashboard panel of a quiet
 * service would show "no data" instead of 0. The consumers increment the same counters (same name and tags).
 */
public final class SubscriptionMeters {

    /** Outcomes {@link IntegrationEventConsumer} counts under {@code sikerja.integration.events.consumed}. */
    static final List<String> OUTCOMES = List.of("applied", "duplicate", "skipped");

    private SubscriptionMeters() {
    }

    public static void register(List<IntegrationEventSubscription> subscriptions, MeterRegistry registry) {
        for (IntegrationEventSubscription subscription : subscriptions) {
            Counter.builder("sikerja.kafka.dead.letters").tag("subscription", subscription.name())
                    .description("Records of the subscription sent to the service's dead-letter topic")
                    .register(registry);
            for (String outcome : OUTCOMES) {
                Counter.builder("sikerja.integration.events.consumed").tag("subscription", subscription.name())
                        .tag("outcome", outcome).description("Integration events consumed, by outcome")
                        .register(registry);
            }
        }
    }
}
