package id.sistemkerja.deploy.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The properties an event-sourced system of record must keep through crashes (docs/reliability.md), as pure functions
 * over what was observed: the clients' acknowledgements, the event stores, the Kafka topics, the read side. Gathering
 * the observations is {@link SystemProbe}'s job; here each property is decided and every violation named.
 */
public final class Checks {

    /** At most this many violations are listed per check (all are counted). */
    static final int LISTED = 20;

    private Checks() {
    }

    /** One check's verdict: how many things it looked at and what it found wrong. */
    public record Result(String name, long checked, long violations, List<String> problems) {

        public boolean ok() {
            return violations == 0;
        }

        @Override
        public String toString() {
            return (ok() ? "OK   " : "FAIL ") + name + ": " + checked + " checked, " + violations + " violation(s)"
                    + (problems.isEmpty() ? "" : "\n       " + String.join("\n       ", problems));
        }
    }

    /** A request with an {@code Idempotency-Key}, as the client sent it; {@code acknowledged} when it got a 2xx. */
    public record SentCommand(String service, String principal, String key, String what, boolean acknowledged) {

        KeyRef ref() {
            return new KeyRef(service, principal, key);
        }
    }

    /** Caller and key of a command within a service. */
    public record KeyRef(String service, String principal, String key) {
    }

    /** An event in a service's event store. */
    public record StoredEvent(String eventId, String aggregateId, long sequence, String payloadType) {
    }

    /** A record of an integration event on Kafka: event id header and envelope, and where it sits. */
    public record DeliveredEvent(String eventId, String aggregateId, long sequence, int partition, long offset) {
    }

    /**
     * Every acknowledged command is in its service's event store exactly once: the events with its caller and key in
     * their metadata were caused by exactly one command message. {@code commandsPerKey}: for each caller and key found
     * in the event stores, how many distinct commands (causation ids) stored events under it.
     */
    public static Result acknowledgedExactlyOnce(Collection<SentCommand> sent, Map<KeyRef, Integer> commandsPerKey) {
        List<String> problems = new ArrayList<>();
        long acknowledged = 0;
        long violations = 0;
        for (SentCommand command : sent) {
            if (!command.acknowledged()) {
                continue;
            }
            acknowledged++;
            int stored = commandsPerKey.getOrDefault(command.ref(), 0);
            if (stored != 1) {
                violations++;
                list(problems, (stored == 0 ? "LOST " : "STORED " + stored + "x ") + command.what() + " (service "
                        + command.service() + ", caller " + command.principal() + ", key " + command.key() + ")");
            }
        }
        return new Result("acknowledged commands stored exactly once", acknowledged, violations, problems);
    }

    /** Acknowledged commands with no event stored under their key. */
    public static long lost(Collection<SentCommand> sent, Map<KeyRef, Integer> commandsPerKey) {
        return sent.stream().filter(SentCommand::acknowledged)
                .filter(c -> commandsPerKey.getOrDefault(c.ref(), 0) == 0).count();
    }

    /**
     * No key created a second record: whatever the client saw (acknowledged, refused, no answer before it gave up),
     * at most one command stored events under each caller and key.
     */
    public static Result noKeyStoredTwice(Collection<SentCommand> sent, Map<KeyRef, Integer> commandsPerKey) {
        Set<KeyRef> keys = new HashSet<>();
        sent.forEach(c -> keys.add(c.ref()));
        List<String> problems = new ArrayList<>();
        long violations = 0;
        for (Map.Entry<KeyRef, Integer> entry : new TreeMap<>(byText(commandsPerKey)).entrySet().stream()
                .map(e -> Map.entry(e.getValue().getKey(), e.getValue().getValue())).toList()) {
            if (entry.getValue() > 1) {
                violations++;
                list(problems, "DUPLICATED " + entry.getValue() + " commands under key " + entry.getKey().key()
                        + " of " + entry.getKey().principal() + " in " + entry.getKey().service()
                        + (keys.contains(entry.getKey()) ? "" : " (not sent by this run)"));
            }
        }
        return new Result("retried keys created no second record", commandsPerKey.size(), violations, problems);
    }

    /** What {@link #kafkaDelivery} found for one service's topic. */
    public record Delivery(Result result, long missing, long phantom, long outOfOrder, long redelivered) {
    }

    /**
     * Every stored event that the service publishes reached its topic (by event id), nothing reached it that is not in
     * the store, and per aggregate the events arrived in the order of their sequence numbers (the first delivery of
     * each; Kafka keeps an aggregate in one partition). Redeliveries (at-least-once) are counted, not violations:
     * consumers skip them by event id.
     */
    public static Delivery kafkaDelivery(String service, Collection<StoredEvent> published,
                                         List<DeliveredEvent> delivered) {
        Map<String, StoredEvent> stored = new LinkedHashMap<>();
        published.forEach(e -> stored.put(e.eventId(), e));
        List<DeliveredEvent> ordered = new ArrayList<>(delivered);
        ordered.sort((a, b) -> a.partition() != b.partition() ? Integer.compare(a.partition(), b.partition())
                : Long.compare(a.offset(), b.offset()));
        Set<String> seen = new HashSet<>();
        Map<String, Long> lastSequence = new HashMap<>();
        List<String> problems = new ArrayList<>();
        long phantom = 0;
        long outOfOrder = 0;
        long redelivered = 0;
        for (DeliveredEvent event : ordered) {
            if (!seen.add(event.eventId())) {
                redelivered++;
                continue;
            }
            StoredEvent original = stored.get(event.eventId());
            if (original == null) {
                phantom++;
                list(problems, "PHANTOM event " + event.eventId() + " of " + event.aggregateId() + " on partition "
                        + event.partition() + "@" + event.offset() + " is not in the event store");
                continue;
            }
            Long previous = lastSequence.get(original.aggregateId());
            if (previous != null && original.sequence() <= previous) {
                outOfOrder++;
                list(problems, "OUT OF ORDER " + original.aggregateId() + ": sequence " + original.sequence()
                        + " (event " + event.eventId() + ") arrived after sequence " + previous);
            }
            lastSequence.merge(original.aggregateId(), original.sequence(), Math::max);
        }
        long missing = 0;
        for (StoredEvent event : stored.values()) {
            if (!seen.contains(event.eventId())) {
                missing++;
                list(problems, "MISSING " + event.payloadType() + " " + event.eventId() + " of " + event.aggregateId()
                        + " #" + event.sequence() + " never reached Kafka");
            }
        }
        Result result = new Result("stored events on Kafka (" + service + "), once, in order", stored.size(),
                missing + phantom + outOfOrder, problems);
        return new Delivery(result, missing, phantom, outOfOrder, redelivered);
    }

    /** Every tracking processor has handled the event store up to its last event. */
    public static Result processorsCaughtUp(String service, long head, Map<String, Long> positions,
                                            Set<String> expectedProcessors) {
        List<String> problems = new ArrayList<>();
        long violations = 0;
        for (String processor : expectedProcessors) {
            if (!positions.containsKey(processor)) {
                violations++;
                list(problems, "processor " + processor + " of " + service + " has no position");
            }
        }
        for (Map.Entry<String, Long> position : new TreeMap<>(positions).entrySet()) {
            if (position.getValue() < head) {
                violations++;
                list(problems, "processor " + position.getKey() + " of " + service + " at " + position.getValue()
                        + ", event store at " + head);
            }
        }
        return new Result("tracking processors caught up (" + service + ")", positions.size(), violations, problems);
    }

    /** Every consumer group has committed the end of every partition it reads, and nothing went to a dead-letter topic. */
    public static Result consumersCaughtUp(Map<String, Long> lagByGroupPartition, Map<String, Long> deadLetters) {
        List<String> problems = new ArrayList<>();
        long violations = 0;
        for (Map.Entry<String, Long> lag : new TreeMap<>(lagByGroupPartition).entrySet()) {
            if (lag.getValue() != 0) {
                violations++;
                list(problems, "consumer " + lag.getKey() + " lags " + lag.getValue() + " record(s)");
            }
        }
        for (Map.Entry<String, Long> dlt : new TreeMap<>(deadLetters).entrySet()) {
            if (dlt.getValue() != 0) {
                violations++;
                list(problems, "dead-letter topic " + dlt.getKey() + " holds " + dlt.getValue() + " record(s)");
            }
        }
        return new Result("Kafka consumers caught up, no dead letters", lagByGroupPartition.size() + deadLetters.size(),
                violations, problems);
    }

    /**
     * A read model or replica holds the same records as the event store says exist, each at the same version:
     * {@code expected} and {@code actual} map record id to version (any comparable text: a sequence number, the id
     * of the latest placement, a status).
     */
    public static Result sameIdsAndVersions(String what, Map<String, String> expected, Map<String, String> actual) {
        List<String> problems = new ArrayList<>();
        long violations = 0;
        for (Map.Entry<String, String> entry : new TreeMap<>(expected).entrySet()) {
            if (!actual.containsKey(entry.getKey())) {
                violations++;
                list(problems, "MISSING " + entry.getKey() + " (version " + entry.getValue() + ")");
            } else if (!Objects.equals(entry.getValue(), actual.get(entry.getKey()))) {
                violations++;
                list(problems, "STALE " + entry.getKey() + ": version " + actual.get(entry.getKey()) + ", event store "
                        + entry.getValue());
            }
        }
        for (String id : new TreeMap<>(actual).keySet()) {
            if (!expected.containsKey(id)) {
                violations++;
                list(problems, "EXTRA " + id + " is not in the event store");
            }
        }
        return new Result(what, expected.size(), violations, problems);
    }

    private static Map<String, Map.Entry<KeyRef, Integer>> byText(Map<KeyRef, Integer> map) {
        Map<String, Map.Entry<KeyRef, Integer>> sorted = new HashMap<>();
        map.forEach((k, v) -> sorted.put(k.service() + "|" + k.principal() + "|" + k.key(), Map.entry(k, v)));
        return sorted;
    }

    private static void list(List<String> problems, String problem) {
        if (problems.size() < LISTED) {
            problems.add(problem);
        }
    }
}
