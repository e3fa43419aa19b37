package id.sistemkerja.deploy.faults;

import id.sistemkerja.deploy.faults.Checks.DeliveredEvent;
import id.sistemkerja.deploy.faults.Checks.KeyRef;
import id.sistemkerja.deploy.faults.Checks.SentCommand;
import id.sistemkerja.deploy.faults.Checks.StoredEvent;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The fault harness's checkers fail when their property is broken, and only then. */
class ChecksTest {

    private static SentCommand acked(String key) {
        return new SentCommand("org", "199001012015031001", key, "POST /api/v1/employees " + key, true);
    }

    private static KeyRef ref(String key) {
        return new KeyRef("org", "199001012015031001", key);
    }

    @Test
    @DisplayName("a history whose acknowledged commands are each stored once passes")
    void storedOncePasses() {
        var result = Checks.acknowledgedExactlyOnce(List.of(acked("k1"), acked("k2")), Map.of(ref("k1"), 1,
                ref("k2"), 1));
        assertThat(result.ok()).isTrue();
        assertThat(result.checked()).isEqualTo(2);
    }

    @Test
    @DisplayName("an acknowledged command missing from the event store is reported lost")
    void lostCommandFails() {
        List<SentCommand> sent = List.of(acked("k1"), acked("k2"));
        Map<KeyRef, Integer> stored = Map.of(ref("k1"), 1);
        var result = Checks.acknowledgedExactlyOnce(sent, stored);
        assertThat(result.ok()).isFalse();
        assertThat(result.problems()).singleElement().asString().startsWith("LOST").contains("k2");
        assertThat(Checks.lost(sent, stored)).isEqualTo(1);
    }

    @Test
    @DisplayName("a key under which two commands stored events is reported duplicated, acknowledged or not")
    void duplicatedKeyFails() {
        SentCommand unanswered = new SentCommand("org", "199001012015031001", "k2", "POST x", false);
        Map<KeyRef, Integer> stored = Map.of(ref("k1"), 1, ref("k2"), 2);
        assertThat(Checks.noKeyStoredTwice(List.of(acked("k1"), unanswered), stored).violations()).isEqualTo(1);
        assertThat(Checks.acknowledgedExactlyOnce(List.of(acked("k2")), stored).problems()).singleElement()
                .asString().startsWith("STORED 2x");
        assertThat(Checks.noKeyStoredTwice(List.of(acked("k1")), Map.of(ref("k1"), 1)).ok()).isTrue();
    }

    @Test
    @DisplayName("Kafka delivery passes with every stored event delivered in order, redeliveries counted apart")
    void kafkaInOrderPasses() {
        List<StoredEvent> stored = List.of(new StoredEvent("e1", "a", 0, "T"), new StoredEvent("e2", "a", 1, "T"),
                new StoredEvent("e3", "b", 0, "T"));
        List<DeliveredEvent> delivered = List.of(new DeliveredEvent("e1", "a", 0, 0, 10),
                new DeliveredEvent("e3", "b", 0, 1, 4), new DeliveredEvent("e2", "a", 1, 0, 11),
                new DeliveredEvent("e1", "a", 0, 0, 12)); // a batch sent again after an outage
        var delivery = Checks.kafkaDelivery("org", stored, delivered);
        assertThat(delivery.result().ok()).isTrue();
        assertThat(delivery.redelivered()).isEqualTo(1);
    }

    @Test
    @DisplayName("a stored event that never reached Kafka is reported missing")
    void kafkaMissingFails() {
        var delivery = Checks.kafkaDelivery("org", List.of(new StoredEvent("e1", "a", 0, "T"),
                new StoredEvent("e2", "a", 1, "T")), List.of(new DeliveredEvent("e1", "a", 0, 0, 1)));
        assertThat(delivery.missing()).isEqualTo(1);
        assertThat(delivery.result().ok()).isFalse();
    }

    @Test
    @DisplayName("an aggregate's events delivered against their sequence order are reported out of order")
    void kafkaOutOfOrderFails() {
        var delivery = Checks.kafkaDelivery("org", List.of(new StoredEvent("e1", "a", 0, "T"),
                        new StoredEvent("e2", "a", 1, "T")),
                List.of(new DeliveredEvent("e2", "a", 1, 0, 1), new DeliveredEvent("e1", "a", 0, 0, 2)));
        assertThat(delivery.outOfOrder()).isEqualTo(1);
        assertThat(delivery.result().problems()).anyMatch(p -> p.startsWith("OUT OF ORDER a"));
    }

    @Test
    @DisplayName("an event on Kafka that is not in the event store is reported as a phantom")
    void kafkaPhantomFails() {
        var delivery = Checks.kafkaDelivery("org", List.of(new StoredEvent("e1", "a", 0, "T")),
                List.of(new DeliveredEvent("e1", "a", 0, 0, 1), new DeliveredEvent("x", "a", 1, 0, 2)));
        assertThat(delivery.phantom()).isEqualTo(1);
        assertThat(delivery.result().ok()).isFalse();
    }

    @Test
    @DisplayName("a read model missing a record, holding an older version or an extra record does not converge")
    void readModelConvergence() {
        Map<String, String> store = Map.of("n1", "p1", "n2", "p2");
        assertThat(Checks.sameIdsAndVersions("replica", store, Map.of("n1", "p1", "n2", "p2")).ok()).isTrue();
        assertThat(Checks.sameIdsAndVersions("replica", store, Map.of("n1", "p1")).problems())
                .singleElement().asString().startsWith("MISSING n2");
        assertThat(Checks.sameIdsAndVersions("replica", store, Map.of("n1", "p1", "n2", "p0")).problems())
                .singleElement().asString().startsWith("STALE n2");
        assertThat(Checks.sameIdsAndVersions("replica", store, Map.of("n1", "p1", "n2", "p2", "n3", "p3"))
                .problems()).singleElement().asString().startsWith("EXTRA n3");
    }

    @Test
    @DisplayName("a processor behind the event store head, a lagging consumer or a dead letter fail the read-side check")
    void readSideCaughtUp() {
        assertThat(Checks.processorsCaughtUp("org", 100, Map.of("p", 100L), Set.of("p")).ok()).isTrue();
        assertThat(Checks.processorsCaughtUp("org", 100, Map.of("p", 99L), Set.of("p")).ok()).isFalse();
        assertThat(Checks.processorsCaughtUp("org", 100, Map.of(), Set.of("p")).ok()).isFalse();
        assertThat(Checks.consumersCaughtUp(Map.of("g/t-0", 0L), Map.of("sk.org.dlt", 0L)).ok()).isTrue();
        assertThat(Checks.consumersCaughtUp(Map.of("g/t-0", 3L), Map.of()).ok()).isFalse();
        assertThat(Checks.consumersCaughtUp(Map.of(), Map.of("sk.org.dlt", 1L)).ok()).isFalse();
    }
}
