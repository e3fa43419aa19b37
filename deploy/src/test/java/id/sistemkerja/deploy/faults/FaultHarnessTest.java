package id.sistemkerja.deploy.faults;

import com.fasterxml.jackson.databind.JsonNode;
import id.sistemkerja.deploy.ApiClient;
import id.sistemkerja.deploy.faults.Checks.Result;
import id.sistemkerja.deploy.faults.Checks.SentCommand;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fault harness (issue 15, docs/reliability.md): the real local system as separate processes — the launcher JVM
 * against PostgreSQL, a Kafka broker and the MongoDB stand-in, each a process of its own — under a load of commands of
 * every service, while faults are injected one at a time, repeatedly. After each fault and at the end the checks of
 * {@link Checks} run on what the clients were told and what the system stored; at the end each check is shown to
 * fail on purpose. Run: {@code ./mvnw -B -Pfaults verify -pl deploy -am} (options: {@code -Dsikerja.faults.rounds},
 * {@code -Dsikerja.faults.workers}). Results: {@code deploy/target/faults/<run>/report.md}.
 */
@Tag("faults")
class FaultHarnessTest {

    private static final int ROUNDS = Integer.getInteger("sikerja.faults.rounds", 2);
    private static final int WORKERS = Integer.getInteger("sikerja.faults.workers", 4);
    private static final Duration CONVERGE = Duration.ofMinutes(5);

    /** A fault: how it is injected, how long it lasts, how it is healed. */
    private record Fault(String name, Step inject, Duration hold, Step heal) {
    }

    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }

    /** One fault run's figures. */
    private record Run(String fault, long acknowledged, long lost, long duplicated, long outOfOrder,
                       long missingOnKafka, double ackResumedSeconds, double convergedSeconds, boolean ok) {
    }

    private Path root;
    private ServerProcesses servers;
    private LauncherProcess launcher;
    private SystemProbe probe;
    private LoadGenerator load;
    private final StringBuilder report = new StringBuilder();

    @Test
    @DisplayName("under load, kill -9 of the launcher or PostgreSQL, a Kafka outage, a frozen JVM and a restarted "
            + "MongoDB stand-in lose, duplicate and reorder nothing, and the read side and the ledger converge")
    void faults() throws Exception {
        root = Path.of("target", "faults", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss")))
                .toAbsolutePath();
        servers = new ServerProcesses(root.resolve("infra"));
        long harnessStart = System.nanoTime();
        try {
            servers.startAll();
            launcher = new LauncherProcess(root.resolve("launcher-data"), root.resolve("launcher.log"), List.of(
                    "--no-demo", "--external-postgres=" + servers.jdbcBase(),
                    "--external-kafka=" + servers.kafkaBootstrapServers(), "--external-mongo=" + servers.mongoUri(),
                    "--set=gateway.sikerja.gateway.requests-per-second=5000", "--set=gateway.sikerja.gateway.burst=10000",
                    // consumers' Kafka session expires after 10 s (default 45 s), so the frozen-JVM fault stays short
                    "--set=services.spring.kafka.consumer.properties.session.timeout.ms=10000",
                    "--set=services.spring.kafka.consumer.properties.heartbeat.interval.ms=3000"));
            startLauncher();
            ApiClient api = new ApiClient(launcher.gatewayUrl());
            FaultWorld world = new FaultWorld("kota-uji-" + UUID.randomUUID().toString().substring(0, 6), 3);
            world.setUp(api);
            probe = new SystemProbe(servers.jdbcBase(), "postgres", "postgres", servers.kafkaBootstrapServers(),
                    servers.mongoUri());
            awaitReplicasKnow(world.setUpEmployees());

            load = new LoadGenerator(api, world, WORKERS, Duration.ofMinutes(5), 0);
            load.start();
            Thread.sleep(20_000);

            List<Fault> faults = List.of(
                    new Fault("kill -9 of the launcher JVM, restart", () -> launcher.signal("KILL"),
                            Duration.ofSeconds(2), this::startLauncher),
                    new Fault("kill -9 of PostgreSQL, restart", servers::killPostgres, Duration.ofSeconds(3),
                            servers::startPostgres),
                    new Fault("Kafka broker stopped 20 s, restarted", servers::stopKafka, Duration.ofSeconds(20),
                            servers::startKafka),
                    new Fault("SIGSTOP of the launcher JVM 20 s (Kafka session timeout 10 s), SIGCONT",
                            () -> launcher.signal("STOP"), Duration.ofSeconds(20), () -> launcher.signal("CONT")),
                    new Fault("MongoDB stand-in restarted", servers::stopMongo, Duration.ofSeconds(3),
                            servers::startMongo));
            List<Run> runs = new ArrayList<>();
            long ackedSoFar = 0;
            for (int round = 1; round <= ROUNDS; round++) {
                for (Fault fault : faults) {
                    Run run = runFault(fault, round, ackedSoFar);
                    ackedSoFar += run.acknowledged();
                    runs.add(run);
                }
            }
            load.stop();
            section("Final checks (all commands of the run)");
            List<Result> finalChecks = converge(null);
            Result ledger = ledgerCheck();
            log(ledger.toString());
            writeTable(runs, (System.nanoTime() - harnessStart) / 1e9);
            breakOnPurpose(finalChecks);
            Files.writeString(root.resolve("report.md"), report.toString());
            System.out.println(report);

            assertThat(runs).allMatch(Run::ok, "every fault run converged with no violation");
            assertThat(finalChecks).allMatch(Result::ok);
            assertThat(ledger.ok()).isTrue();
        } finally {
            if (root != null) {
                Files.createDirectories(root);
                Files.writeString(root.resolve("report.md"), report.toString());
            }
            if (probe != null) {
                probe.close();
            }
            if (launcher != null) {
                launcher.signal("CONT");
                launcher.close();
            }
            servers.close();
        }
    }

    private void startLauncher() throws InterruptedException {
        if (launcher.isAlive()) {
            throw new IllegalStateException("launcher still running");
        }
        launcher.start();
        assertThat(launcher.awaitOutput("SiKerja is ready", Duration.ofMinutes(5)))
                .as("launcher ready (see %s)", launcher.output()).isTrue();
        truncateMarker();
    }

    /** The launcher appends to one log; a restart must wait for its own "ready" line, not the previous one's. */
    private void truncateMarker() {
        try {
            String text = Files.readString(launcher.output());
            Files.writeString(launcher.output(), text.replace("SiKerja is ready", "SiKerja was ready"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private Run runFault(Fault fault, int round, long ackedBefore) throws Exception {
        section("Round " + round + ": " + fault.name());
        long injected = System.nanoTime();
        fault.inject().run();
        Thread.sleep(fault.hold().toMillis());
        long healed = System.nanoTime();
        fault.heal().run();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        while (load.lastAckNanos() < healed && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        double ackResumed = (load.lastAckNanos() - healed) / 1e9;
        log(String.format(Locale.ROOT, "injected, held %d s, healed; first acknowledgement %.1f s after the heal "
                + "(%.1f s after the injection)", fault.hold().toSeconds(), ackResumed,
                (load.lastAckNanos() - injected) / 1e9));
        Thread.sleep(10_000);
        load.pause(Duration.ofMinutes(6));
        long quiet = System.nanoTime();
        List<Result> results = converge(quiet);
        double converged = (System.nanoTime() - healed) / 1e9;
        Metrics metrics = metrics(results);
        long acknowledged = load.history().stream().filter(LoadGenerator.Outcome::acknowledged).count() - ackedBefore;
        boolean ok = results.stream().allMatch(Result::ok);
        log(String.format(Locale.ROOT, "read side and Kafka converged %.1f s after the heal; %s", converged,
                ok ? "all checks pass" : "CHECKS FAIL"));
        load.resume();
        return new Run(fault.name(), acknowledged, metrics.lost, metrics.duplicated, metrics.outOfOrder,
                metrics.missing, ackResumed, converged, ok);
    }

    private record Metrics(long lost, long duplicated, long outOfOrder, long missing) {
    }

    private Metrics metrics(List<Result> results) throws Exception {
        List<SentCommand> sent = load.history().stream().map(LoadGenerator.Outcome::sent).toList();
        Map<Checks.KeyRef, Integer> stored = probe.commandsPerKey();
        long lost = Checks.lost(sent, stored);
        long duplicated = Checks.noKeyStoredTwice(sent, stored).violations();
        long outOfOrder = 0;
        long missing = 0;
        for (String service : SystemProbe.SERVICES) {
            Checks.Delivery delivery = Checks.kafkaDelivery(service, probe.publishedEvents(service),
                    probe.delivered(service));
            outOfOrder += delivery.outOfOrder();
            missing += delivery.missing();
        }
        return new Metrics(lost, duplicated, outOfOrder, missing);
    }

    /** Runs every check until all pass or {@link #CONVERGE} passes; logs and returns the last results. */
    private List<Result> converge(Long since) throws Exception {
        long deadline = System.nanoTime() + CONVERGE.toNanos();
        List<Result> results;
        while (true) {
            results = checks();
            if (results.stream().allMatch(Result::ok) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(3000);
        }
        results.forEach(r -> log(r.toString()));
        Map<String, Long> summary = load.summary();
        log("client outcomes so far: " + summary);
        return results;
    }

    private List<Result> checks() throws Exception {
        List<Result> results = new ArrayList<>();
        List<SentCommand> sent = load.history().stream().map(LoadGenerator.Outcome::sent).toList();
        Map<Checks.KeyRef, Integer> stored = probe.commandsPerKey();
        results.add(Checks.acknowledgedExactlyOnce(sent, stored));
        results.add(Checks.noKeyStoredTwice(sent, stored));
        for (String service : SystemProbe.SERVICES) {
            results.add(Checks.kafkaDelivery(service, probe.publishedEvents(service), probe.delivered(service))
                    .result());
        }
        for (String service : SystemProbe.SERVICES) {
            Map<String, Long> positions = probe.processorPositions(service);
            results.add(Checks.processorsCaughtUp(service, probe.head(service), positions, positions.keySet()));
        }
        results.add(Checks.consumersCaughtUp(probe.consumerLag(), probe.deadLetters()));
        Map<String, String> expected = probe.expectedOrgEmployees();
        for (String service : SystemProbe.SERVICES) {
            results.add(Checks.sameIdsAndVersions("org replica of " + service + "-service (NIP -> appointment/"
                    + "placement)", expected, probe.replicaEmployees(service)));
        }
        return results;
    }

    /**
     * Each service's ledger, exported through the audit API with a fresh signed checkpoint, verified by the offline
     * verifier as a separate process (the same main class as sikerja-audit-verifier.jar); and the ledger holds every
     * event of the store.
     */
    private Result ledgerCheck() throws Exception {
        ApiClient api = new ApiClient(launcher.gatewayUrl());
        String operator = api.devToken("operator-uji", null, "OPERATOR");
        String auditor = api.devToken("auditor-bpk", null, "AUDITOR");
        List<String> problems = new ArrayList<>();
        long violations = 0;
        for (String service : SystemProbe.SERVICES) {
            ApiClient.Response checkpoint = api.post("/api/v1/operations/" + service + "/audit/checkpoint", operator,
                    Map.of());
            Path dir = Files.createDirectories(root.resolve("ledger").resolve(service));
            Files.writeString(dir.resolve("ledger.ndjson"), api.get("/api/v1/audit/" + service + "/ledger", auditor)
                    .body());
            Files.writeString(dir.resolve("checkpoints.ndjson"), api.get("/api/v1/audit/" + service + "/checkpoints",
                    auditor).body());
            JsonNode key = api.get("/api/v1/audit/" + service + "/public-key", auditor).json();
            Files.writeString(dir.resolve("public.pem"), key.path("publicKeyPem").asText());
            Verification verification = verify(dir, service);
            long events = probe.eventCount(service);
            if (verification.exitCode() != 0 || verification.entries() != events || !checkpoint.ok()) {
                violations++;
                problems.add(service + ": checkpoint " + checkpoint.status() + ", verifier exit "
                        + verification.exitCode() + ", " + verification.entries() + " entries for " + events
                        + " events: " + verification.output().trim().replace("\n", " | "));
            }
        }
        return new Result("audit ledgers verified offline, one entry per stored event", SystemProbe.SERVICES.size(),
                violations, problems);
    }

    private record Verification(int exitCode, long entries, String output) {
    }

    private Verification verify(Path dir, String service) throws Exception {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", LauncherProcess.launcherClasspath(), "id.sistemkerja.platform.audit.verify.VerifierMain",
                "ledger", "--ledger", dir.resolve("ledger.ndjson").toString(), "--checkpoints",
                dir.resolve("checkpoints.ndjson").toString(), "--public-key", dir.resolve("public.pem").toString(),
                "--service", service).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(5, TimeUnit.MINUTES);
        Matcher entries = Pattern.compile("Ledger: (\\d+) entries").matcher(output);
        return new Verification(process.exitValue(), entries.find() ? Long.parseLong(entries.group(1)) : -1, output);
    }

    /** Each check fails when its property is broken on purpose (at the end: these change the stored data). */
    private void breakOnPurpose(List<Result> finalChecks) throws Exception {
        section("Each check shown to fail on a deliberately broken property");
        List<SentCommand> sent = new ArrayList<>(load.history().stream().map(LoadGenerator.Outcome::sent).toList());
        Map<Checks.KeyRef, Integer> stored = probe.commandsPerKey();
        // lost: an acknowledgement the event store never saw
        List<SentCommand> withFake = new ArrayList<>(sent);
        withFake.add(new SentCommand("org", "nobody", "never-sent", "POST /api/v1/employees (fabricated ack)", true));
        proof("acknowledged command missing from the store", Checks.acknowledgedExactlyOnce(withFake, stored));
        // duplicated: a second command's event stored under an acknowledged key
        SentCommand victim = sent.stream().filter(s -> s.acknowledged() && s.service().equals("team")).findFirst()
                .orElseThrow();
        try (Connection c = probe.connect("team"); PreparedStatement copy = c.prepareStatement("""
                INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                              payloadtype, payloadrevision, payload, metadata)
                SELECT ?, aggregateidentifier, sequencenumber + 100000, type, timestamp, payloadtype, payloadrevision,
                       payload, jsonb_set(metadata::jsonb, '{causationId}', to_jsonb(?::text))::text
                FROM domainevententry
                WHERE metadata::jsonb ->> 'idempotencyKey' = ? ORDER BY globalindex LIMIT 1""")) {
            copy.setString(1, UUID.randomUUID().toString());
            copy.setString(2, UUID.randomUUID().toString());
            copy.setString(3, victim.key());
            copy.executeUpdate();
        }
        proof("a key's command stored twice (row copied in the team event store)",
                Checks.noKeyStoredTwice(sent, probe.commandsPerKey()));
        // Kafka: a record that is not in the event store
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(Map.of("bootstrap.servers",
                servers.kafkaBootstrapServers()), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> record = new ProducerRecord<>("sk.org.events.v1", "phantom",
                    ("{\"eventId\":\"phantom-" + UUID.randomUUID() + "\",\"aggregateId\":\"phantom\","
                            + "\"aggregateSequence\":0}").getBytes(StandardCharsets.UTF_8));
            producer.send(record).get();
        }
        proof("an event on Kafka that the store does not hold",
                Checks.kafkaDelivery("org", probe.publishedEvents("org"), probe.delivered("org")).result());
        // read side: a replica that lost a record
        String nip = probe.replicaEmployees("performance").keySet().iterator().next();
        probe.mongo().getDatabase("sikerja_performance").getCollection("org_employees")
                .deleteOne(new Document("_id", nip));
        proof("a replica missing an employee", Checks.sameIdsAndVersions("org replica of performance-service",
                probe.expectedOrgEmployees(), probe.replicaEmployees("performance")));
        // ledger: one sealed entry changed in the database
        try (Connection c = probe.connect("assignment"); PreparedStatement tamper = c.prepareStatement(
                "UPDATE audit_ledger SET canonical_json = replace(canonical_json, 'Tugas uji', 'Tugas ubah') "
                        + "WHERE seq = (SELECT min(seq) FROM audit_ledger WHERE canonical_json LIKE '%Tugas uji%')")) {
            assertThat(tamper.executeUpdate()).isEqualTo(1);
        }
        proof("a ledger entry changed in the database", ledgerCheck());
    }

    private void proof(String broken, Result result) {
        log(String.format(Locale.ROOT, "- broken: %s -> %s", broken, result.ok() ? "NOT DETECTED" : "detected: "
                + (result.problems().isEmpty() ? result.name() : result.problems().get(0))));
        assertThat(result.ok()).as("check must fail when broken: %s", broken).isFalse();
    }

    private void awaitReplicasKnow(List<String> nips) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(5);
        for (String service : SystemProbe.SERVICES) {
            while (true) {
                Map<String, String> replica = probe.replicaEmployees(service);
                if (nips.stream().allMatch(n -> replica.containsKey(n) && !replica.get(n).startsWith("-"))) {
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(service + " replica does not know the set-up employees");
                }
                Thread.sleep(1000);
            }
        }
    }

    private void writeTable(List<Run> runs, double totalSeconds) {
        section("Results");
        report.append("| fault | runs | acknowledged | lost | duplicated | out of order | missing on Kafka | "
                + "first ack after heal (s, median / max) | converged after heal (s, median / max) |\n");
        report.append("|---|---|---|---|---|---|---|---|---|\n");
        Map<String, List<Run>> byFault = new LinkedHashMap<>();
        runs.forEach(r -> byFault.computeIfAbsent(r.fault(), k -> new ArrayList<>()).add(r));
        byFault.forEach((fault, list) -> report.append(String.format(Locale.ROOT,
                "| %s | %d | %d | %d | %d | %d | %d | %.1f / %.1f | %.1f / %.1f |%n", fault, list.size(),
                list.stream().mapToLong(Run::acknowledged).sum(), list.stream().mapToLong(Run::lost).max().orElse(0),
                list.stream().mapToLong(Run::duplicated).max().orElse(0),
                list.stream().mapToLong(Run::outOfOrder).max().orElse(0),
                list.stream().mapToLong(Run::missingOnKafka).max().orElse(0),
                median(list.stream().mapToDouble(Run::ackResumedSeconds).toArray()),
                list.stream().mapToDouble(Run::ackResumedSeconds).max().orElse(0),
                median(list.stream().mapToDouble(Run::convergedSeconds).toArray()),
                list.stream().mapToDouble(Run::convergedSeconds).max().orElse(0))));
        report.append(String.format(Locale.ROOT, "%nClient outcomes: %s. Harness wall time %.0f s, %d workers, "
                + "%d rounds.%n", load.summary(), totalSeconds, WORKERS, ROUNDS));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        int n = sorted.length;
        return n == 0 ? 0 : n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private void section(String title) {
        report.append("\n## ").append(title).append("\n\n");
        System.out.println("\n== " + title);
    }

    private void log(String line) {
        report.append(line).append('\n');
        System.out.println(line);
    }
}
