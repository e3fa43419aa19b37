package id.sistemkerja.platform.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.contracts.Topics;
import id.sistemkerja.platform.audit.ledger.AuditSealer;
import id.sistemkerja.platform.audit.ledger.LedgerStore;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Keys;
import id.sistemkerja.platform.audit.verify.LedgerVerifier;
import id.sistemkerja.platform.audit.verify.LedgerVerifier.Kind;
import id.sistemkerja.platform.audit.verify.Merkle;
import id.sistemkerja.platform.kafka.KafkaEventPublisher;
import id.sistemkerja.platform.test.KafkaTopicReader;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.TestAuditKeys;
import id.sistemkerja.platform.test.TestInfrastructure;
import id.sistemkerja.platform.test.TestTokens;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.TrackingEventProcessor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit ledger of a running service (the platform's sample service), end to end. */
@SiKerjaServiceTest
class AuditLedgerTest {

    private static final String BPK = TestTokens.token("bpk-auditor-01", null, "NATIONAL_AUDITOR");
    private static final String INSPEKTORAT_BANDUNG = TestTokens.token("198001012006041001", "kota-bandung", "AUDITOR");
    private static final String ADMIN_BANDUNG = TestTokens.token("199001012015031001", "kota-bandung", "AGENCY_ADMIN");
    private static final String ADMIN_BEKASI = TestTokens.token("199101012015031002", "kota-bekasi", "AGENCY_ADMIN");
    private static final String OPERATOR = TestTokens.token("ops-01", null, "OPERATOR");

    @Autowired
    WebTestClient web;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ObjectMapper json;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    EventProcessingConfiguration processing;
    @Autowired
    LedgerStore ledgerStore;
    @Autowired
    org.springframework.transaction.support.TransactionTemplate transactions;

    private String register(String token, String name, String correlationId) {
        WebTestClient.RequestBodySpec request = web.post().uri("/api/v1/things")
                .header("Authorization", "Bearer " + token).contentType(MediaType.APPLICATION_JSON);
        if (correlationId != null) {
            request = request.header("X-Correlation-Id", correlationId);
        }
        return request.bodyValue("{\"name\":\"" + name + "\"}").exchange().expectStatus().isCreated()
                .expectBody(Map.class).returnResult().getResponseBody().get("thingId").toString();
    }

    private void approve(String token, String thingId, String correlationId) {
        web.post().uri("/api/v1/things/{id}/approval", thingId).header("Authorization", "Bearer " + token)
                .header("X-Correlation-Id", correlationId).exchange().expectStatus().isCreated();
    }

    /** Waits until the sealer has sealed every stored event. */
    private long awaitSealed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> ledgerSize() == storedEvents());
        return ledgerSize();
    }

    private long ledgerSize() {
        return jdbc.queryForObject("SELECT count(*) FROM audit_ledger", Long.class);
    }

    private long storedEvents() {
        return jdbc.queryForObject("SELECT count(*) FROM domainevententry", Long.class);
    }

    private Checkpoint checkpointNow() {
        return web.post().uri("/api/v1/operations/audit/checkpoint").header("Authorization", "Bearer " + OPERATOR)
                .exchange().expectStatus().isOk().expectBody(Checkpoint.class).returnResult().getResponseBody();
    }

    private String get(String token, String uri) {
        return web.get().uri(uri).header("Authorization", "Bearer " + token).exchange().expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();
    }

    private List<String> lines(String ndjson) {
        return ndjson == null ? List.of() : ndjson.lines().filter(l -> !l.isBlank()).toList();
    }

    private List<Checkpoint> checkpoints(String token) throws Exception {
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String line : lines(get(token, "/api/v1/audit/checkpoints"))) {
            checkpoints.add(json.readValue(line, Checkpoint.class));
        }
        return checkpoints;
    }

    private LedgerVerifier.Report verifyExport(String token) throws Exception {
        String pem = json.readTree(get(token, "/api/v1/audit/public-key")).get("publicKeyPem").asText();
        return LedgerVerifier.verify(new StringReader(get(token, "/api/v1/audit/ledger")), checkpoints(token),
                Keys.readPublicKey(pem), "sample");
    }

    @Test
    @DisplayName("AUD-02 the sealer appends every committed event exactly once, with a contiguous sequence, in event store order per aggregate")
    void sealsEveryEventOnce() {
        for (int i = 0; i < 5; i++) {
            String id = register(ADMIN_BANDUNG, "sealed-" + i, null);
            if (i % 2 == 0) {
                approve(ADMIN_BANDUNG, id, UUID.randomUUID().toString());
            }
        }
        long size = awaitSealed();
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT seq) FROM audit_ledger", Long.class)).isEqualTo(size);
        assertThat(jdbc.queryForObject("SELECT COALESCE(MAX(seq), -1) + 1 FROM audit_ledger", Long.class)).isEqualTo(size);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM domainevententry e JOIN audit_ledger l "
                + "ON l.global_index = e.globalindex AND l.event_id = e.eventidentifier", Long.class)).isEqualTo(size);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM audit_ledger a JOIN audit_ledger b
                  ON a.aggregate_id = b.aggregate_id AND a.aggregate_seq < b.aggregate_seq AND a.seq > b.seq""",
                Long.class)).isZero();
    }

    @Test
    @DisplayName("AUD-02 a sealed batch and the sealer's token commit together: a failure after the ledger insert seals nothing, and the retry seals each event once")
    void ledgerAndTokenCommitTogether() {
        awaitSealed();
        jdbc.execute("CREATE TABLE IF NOT EXISTS audit_test_failure (on_commit BOOLEAN)");
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION audit_test_fail() RETURNS trigger AS $$
                BEGIN
                  IF EXISTS (SELECT 1 FROM audit_test_failure) THEN
                    RAISE EXCEPTION 'simulated crash at commit, after the ledger insert and the token update';
                  END IF;
                  RETURN NULL;
                END $$ LANGUAGE plpgsql""");
        jdbc.execute("DROP TRIGGER IF EXISTS audit_test_fail ON audit_ledger");
        jdbc.execute("CREATE CONSTRAINT TRIGGER audit_test_fail AFTER INSERT ON audit_ledger "
                + "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION audit_test_fail()");
        TrackingEventProcessor sealer = processing.eventProcessor(AuditSealer.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        try {
            String tokenBefore = sealerToken();
            long sizeBefore = ledgerSize();
            jdbc.update("INSERT INTO audit_test_failure VALUES (TRUE)");
            List<String> ids = List.of(register(ADMIN_BANDUNG, "crash-1", null), register(ADMIN_BANDUNG, "crash-2", null));
            await().atMost(Duration.ofSeconds(30)).until(() -> sealer.processingStatus().values().stream()
                    .anyMatch(EventTrackerStatus::isErrorState));
            assertThat(ledgerSize()).isEqualTo(sizeBefore);
            assertThat(sealerToken()).isEqualTo(tokenBefore);

            jdbc.update("DELETE FROM audit_test_failure");
            awaitSealed();
            for (String id : ids) {
                assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_ledger WHERE aggregate_id = ?", Long.class,
                        id)).isEqualTo(1);
            }
            assertThat(jdbc.queryForObject("SELECT COALESCE(MAX(seq), -1) + 1 FROM audit_ledger", Long.class))
                    .isEqualTo(ledgerSize());
            assertThat(sealerToken()).isNotEqualTo(tokenBefore);
        } finally {
            jdbc.update("DELETE FROM audit_test_failure");
            jdbc.execute("DROP TRIGGER IF EXISTS audit_test_fail ON audit_ledger");
        }
    }

    @Test
    @DisplayName("AUD-02 an event delivered twice (within a batch or again later) is sealed once, at its first delivery")
    void duplicateDeliverySealedOnce() {
        awaitSealed();
        TrackingEventProcessor sealer = processing.eventProcessor(AuditSealer.PROCESSING_GROUP,
                TrackingEventProcessor.class).orElseThrow();
        sealer.shutDown();
        try {
            String id = register(ADMIN_BANDUNG, "twice", null);
            String eventId = jdbc.queryForObject("SELECT eventidentifier FROM domainevententry WHERE "
                    + "aggregateidentifier = ? ORDER BY globalindex DESC LIMIT 1", String.class, id);
            long sizeBefore = ledgerSize();
            Long after = transactions.execute(tx -> ledgerStore.append(List.of(eventId, eventId)));
            assertThat(after).isEqualTo(sizeBefore + 1);
            Long again = transactions.execute(tx -> ledgerStore.append(List.of(eventId)));
            assertThat(again).isEqualTo(after);
        } finally {
            sealer.start();
        }
        awaitSealed();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_ledger GROUP BY global_index ORDER BY count(*) DESC "
                + "LIMIT 1", Long.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT COALESCE(MAX(seq), -1) + 1 FROM audit_ledger", Long.class))
                .isEqualTo(ledgerSize());
    }

    @Test
    @DisplayName("AUD-02 an event that commits after later events were sealed (a gap in the global index) is sealed "
            + "when it arrives, not skipped")
    void lateCommittedEventIsSealed() throws Exception {
        awaitSealed();
        String late = UUID.randomUUID().toString();
        javax.sql.DataSource dataSource = jdbc.getDataSource();
        try (java.sql.Connection slow = dataSource.getConnection()) {
            slow.setAutoCommit(false);
            // a transaction that takes its global index now and commits after a later event was sealed (a slow
            // command, a frozen process); the row copies a stored event under a new id and aggregate
            try (java.sql.PreparedStatement insert = slow.prepareStatement("""
                    INSERT INTO domainevententry (eventidentifier, aggregateidentifier, sequencenumber, type, timestamp,
                                                  payloadtype, payloadrevision, payload, metadata)
                    SELECT ?, ?, 0, type, timestamp, payloadtype, payloadrevision, payload, metadata
                    FROM domainevententry WHERE payloadtype LIKE '%ThingRegisteredEvent' ORDER BY globalindex LIMIT 1""")) {
                insert.setString(1, late);
                insert.setString(2, UUID.randomUUID().toString());
                assertThat(insert.executeUpdate()).isEqualTo(1);
            }
            String later = register(ADMIN_BANDUNG, "sealed-before-the-late-one", null);
            await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject("SELECT count(*) FROM audit_ledger "
                    + "WHERE aggregate_id = ?", Long.class, later) == 1);
            slow.commit();
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForObject(
                "SELECT count(*) FROM audit_ledger WHERE event_id = ?", Long.class, late) == 1);
        assertThat(awaitSealed()).isEqualTo(storedEvents());
    }

    private String sealerToken() {
        return jdbc.queryForObject("SELECT encode(token, 'escape') FROM tokenentry WHERE processorname = ?",
                String.class, AuditSealer.PROCESSING_GROUP);
    }

    @Test
    @DisplayName("AUD-02 an honest export verifies offline; ledger rows changed, deleted, swapped or cut off in the database, and a replaced checkpoint root, are found and located")
    void exportVerifiesAndDatabaseTamperingIsLocated() throws Exception {
        for (int i = 0; i < 6; i++) {
            register(ADMIN_BANDUNG, "export-" + i, null);
        }
        awaitSealed();
        Checkpoint checkpoint = checkpointNow();
        long size = checkpoint.treeSize();
        assertThat(size).isEqualTo(ledgerSize()).isGreaterThanOrEqualTo(6);
        assertThat(checkpoint.signatureValid(TestAuditKeys.publicKey())).isTrue();

        LedgerVerifier.Report honest = verifyExport(BPK);
        assertThat(honest.findings()).isEmpty();
        assertThat(honest.verifiedSize()).isEqualTo(size);

        long k = size - 3;
        Map<String, Object> row = jdbc.queryForMap("SELECT * FROM audit_ledger WHERE seq = ?", k);
        Map<String, Object> next = jdbc.queryForMap("SELECT * FROM audit_ledger WHERE seq = ?", k + 1);
        try {
            // one byte of one stored event
            String canonical = (String) row.get("canonical_json");
            int at = canonical.indexOf("export-") + 1;
            jdbc.update("UPDATE audit_ledger SET canonical_json = ? WHERE seq = ?",
                    canonical.substring(0, at) + (char) (canonical.charAt(at) ^ 1) + canonical.substring(at + 1), k);
            assertFirst(verifyExport(BPK), Kind.CHANGED, k);
            restore(row);

            // a deleted row
            jdbc.update("DELETE FROM audit_ledger WHERE seq = ?", k);
            assertFirst(verifyExport(BPK), Kind.REMOVED, k);
            insert(row);

            // two swapped rows (contents exchanged, positions kept)
            jdbc.update("DELETE FROM audit_ledger WHERE seq IN (?, ?)", k, k + 1);
            insert(withSeq(next, k));
            insert(withSeq(row, k + 1));
            assertFirst(verifyExport(BPK), Kind.REORDERED, k);
            jdbc.update("DELETE FROM audit_ledger WHERE seq IN (?, ?)", k, k + 1);
            insert(row);
            insert(next);

            // a cut-off tail
            List<Map<String, Object>> tail = jdbc.queryForList("SELECT * FROM audit_ledger WHERE seq >= ? ORDER BY seq", k);
            jdbc.update("DELETE FROM audit_ledger WHERE seq >= ?", k);
            assertFirst(verifyExport(BPK), Kind.TRUNCATED, k);
            tail.forEach(this::insert);

            // a replaced checkpoint root
            jdbc.update("UPDATE audit_checkpoint SET root_hash = ? WHERE tree_size = ?", "ab".repeat(32), size);
            LedgerVerifier.Report forged = verifyExport(BPK);
            assertThat(forged.findings()).extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                    .contains(org.assertj.core.groups.Tuple.tuple(Kind.CHECKPOINT_SIGNATURE, size));
            jdbc.update("UPDATE audit_checkpoint SET root_hash = ? WHERE tree_size = ?", checkpoint.rootHash(), size);
        } finally {
            jdbc.update("DELETE FROM audit_ledger WHERE seq IN (?, ?)", k, k + 1);
            insert(row);
            insert(next);
        }
        assertThat(verifyExport(BPK).findings()).isEmpty();
    }

    private void assertFirst(LedgerVerifier.Report report, Kind kind, long position) {
        assertThat(report.firstEntryFinding()).as(report.findings().toString()).isNotNull()
                .extracting(LedgerVerifier.Finding::kind, LedgerVerifier.Finding::position)
                .containsExactly(kind, position);
    }

    private Map<String, Object> withSeq(Map<String, Object> row, long seq) {
        Map<String, Object> copy = new java.util.HashMap<>(row);
        copy.put("seq", seq);
        return copy;
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("UPDATE audit_ledger SET canonical_json = ? WHERE seq = ?", row.get("canonical_json"), row.get("seq"));
    }

    private void insert(Map<String, Object> row) {
        jdbc.update("INSERT INTO audit_ledger (seq, global_index, event_id, aggregate_type, aggregate_id, aggregate_seq, "
                        + "event_time, agency_id, canonical_json, leaf_hash, sealed_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
                row.get("seq"), row.get("global_index"), row.get("event_id"), row.get("aggregate_type"),
                row.get("aggregate_id"), row.get("aggregate_seq"), row.get("event_time"), row.get("agency_id"),
                row.get("canonical_json"), row.get("leaf_hash"), row.get("sealed_at"));
    }

    @Test
    @DisplayName("AUD-02 a stored event changed in the live event store after sealing is found by the re-check, at its ledger position")
    void liveEventStoreChangeIsFound() throws Exception {
        String id = register(ADMIN_BANDUNG, "live-original", null);
        awaitSealed();
        JsonNode clean = json.readTree(get(BPK, "/api/v1/audit/checks/event-store"));
        assertThat(clean.get("ok").asBoolean()).as(clean.toString()).isTrue();

        long seq = jdbc.queryForObject("SELECT seq FROM audit_ledger WHERE aggregate_id = ?", Long.class, id);
        String payload = jdbc.queryForObject("SELECT payload FROM domainevententry WHERE aggregateidentifier = ?",
                String.class, id);
        try {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ?",
                    payload.replace("live-original", "live-origiNal"), id);
            JsonNode check = json.readTree(get(BPK, "/api/v1/audit/checks/event-store"));
            assertThat(check.get("ok").asBoolean()).isFalse();
            JsonNode problem = check.get("problems").get(0);
            assertThat(problem.get("kind").asText()).isEqualTo("EVENT_CHANGED");
            assertThat(problem.get("seq").asLong()).isEqualTo(seq);
            assertThat(problem.get("detail").asText()).contains("payload");
        } finally {
            jdbc.update("UPDATE domainevententry SET payload = ? WHERE aggregateidentifier = ?", payload, id);
        }
        assertThat(json.readTree(get(BPK, "/api/v1/audit/checks/event-store")).get("ok").asBoolean()).isTrue();
    }

    @Test
    @DisplayName("AUD-01 every accepted command's events carry actor, roles, time and correlation id, and a decision its profile and rule ids")
    void eventsCarryActorTimeCorrelationAndRules() throws Exception {
        String correlation = "corr-" + UUID.randomUUID();
        String id = register(ADMIN_BANDUNG, "with-metadata", correlation);
        approve(ADMIN_BANDUNG, id, correlation + "-approval");
        awaitSealed();

        JsonNode history = json.readTree(get(BPK, "/api/v1/audit/aggregates/" + id + "/history"));
        assertThat(history.get("agencyId").asText()).isEqualTo("kota-bandung");
        JsonNode registered = history.get("events").get(0);
        JsonNode approved = history.get("events").get(1);
        assertThat(registered.get("correlationId").asText()).isEqualTo(correlation);
        assertThat(approved.get("correlationId").asText()).isEqualTo(correlation + "-approval");
        assertThat(approved.get("decisions").get(0).get("profileId").asText()).isEqualTo("sample-2026");
        assertThat(approved.get("decisions").get(0).get("version").asInt()).isEqualTo(1);
        assertThat(approved.get("decisions").get(0).get("ruleIds").get(0).asText()).isEqualTo("SMP-02");

        for (String line : lines(get(BPK, "/api/v1/audit/ledger"))) {
            JsonNode entry = json.readTree(line).get("entry");
            JsonNode meta = entry.get("metadata");
            assertThat(meta.path("actor").asText()).as(line).isNotBlank();
            assertThat(meta.path("actorRoles").size()).as(line).isPositive();
            assertThat(meta.path("correlationId").asText()).as(line).isNotBlank();
            assertThat(java.time.Instant.parse(entry.get("time").asText())).isNotNull();
            assertThat(entry.get("aggregateId").asText()).isNotBlank();
            if (entry.get("payloadType").asText().endsWith("ThingApprovedEvent")) {
                JsonNode decision = entry.get("payload").get("decision");
                assertThat(decision.get("profileId").asText()).isNotBlank();
                assertThat(decision.get("ruleIds").size()).isPositive();
            }
        }
    }

    @Test
    @DisplayName("AUD-02 the state of an aggregate as of a date is rebuilt by replaying its events up to that date")
    void stateAsOfDate() throws Exception {
        String id = register(ADMIN_BANDUNG, "state-of", null);
        Thread.sleep(20);
        approve(ADMIN_BANDUNG, id, UUID.randomUUID().toString());
        awaitSealed();
        JsonNode history = json.readTree(get(BPK, "/api/v1/audit/aggregates/" + id + "/history"));
        String registeredAt = history.get("events").get(0).get("time").asText();

        JsonNode before = json.readTree(get(BPK, "/api/v1/audit/aggregates/" + id + "/state?at=" + registeredAt));
        assertThat(before.get("eventsApplied")).hasSize(1);
        assertThat(before.get("state").get("name").asText()).isEqualTo("state-of");
        assertThat(before.get("state").get("approved").asBoolean()).isFalse();
        JsonNode now = json.readTree(get(BPK, "/api/v1/audit/aggregates/" + id + "/state"));
        assertThat(now.get("eventsApplied")).hasSize(2);
        assertThat(now.get("state").get("approved").asBoolean()).isTrue();
        assertThat(now.get("ledgerPositions")).hasSize(2);
        assertThat(now.get("aggregateType").asText()).isEqualTo("Thing");
    }

    @Test
    @DisplayName("AUD-02 an agency's Inspektorat reads only its agency's records; others are leaf hashes in its export; non-auditors are refused")
    void auditorsAreAgencyScoped() throws Exception {
        String bandung = register(ADMIN_BANDUNG, "scoped-bandung", null);
        String bekasi = register(ADMIN_BEKASI, "scoped-bekasi", null);
        awaitSealed();
        checkpointNow();

        List<String> export = lines(get(INSPEKTORAT_BANDUNG, "/api/v1/audit/ledger"));
        assertThat(export).anyMatch(l -> l.contains(bandung)).noneMatch(l -> l.contains(bekasi))
                .anyMatch(l -> l.contains("\"redacted\":true"));
        assertThat(verifyExport(INSPEKTORAT_BANDUNG).findings()).isEmpty();

        get(INSPEKTORAT_BANDUNG, "/api/v1/audit/aggregates/" + bandung + "/history");
        web.get().uri("/api/v1/audit/aggregates/" + bekasi + "/history")
                .header("Authorization", "Bearer " + INSPEKTORAT_BANDUNG).exchange().expectStatus().isForbidden();
        web.get().uri("/api/v1/audit/agencies/kota-bekasi/history")
                .header("Authorization", "Bearer " + INSPEKTORAT_BANDUNG).exchange().expectStatus().isForbidden();
        assertThat(lines(get(INSPEKTORAT_BANDUNG, "/api/v1/audit/agencies/kota-bandung/history")))
                .isNotEmpty().allMatch(l -> l.contains("kota-bandung"));
        get(BPK, "/api/v1/audit/aggregates/" + bekasi + "/history");
        web.get().uri("/api/v1/audit/ledger").header("Authorization", "Bearer " + ADMIN_BANDUNG).exchange()
                .expectStatus().isForbidden().expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    @DisplayName("C1 an AUDITOR without agency reads nothing (its token is refused, and no audit scope is ever all agencies for it); only NATIONAL_AUDITOR reads every agency")
    void auditorWithoutAgencyFailsClosed() {
        String bekasi = register(ADMIN_BEKASI, "national-only", null);
        awaitSealed();
        web.get().uri("/api/v1/audit/aggregates/" + bekasi + "/history")
                .header("Authorization", "Bearer " + TestTokens.token("bpk-auditor-02", null, "AUDITOR"))
                .exchange().expectStatus().isUnauthorized();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> id.sistemkerja.platform.audit.web.AuditScope.of(
                new id.sistemkerja.platform.security.Actor("bpk-auditor-02", null, null, null,
                        java.util.Set.of("AUDITOR")))).isInstanceOf(id.sistemkerja.platform.error.ProblemException.class);
        get(BPK, "/api/v1/audit/aggregates/" + bekasi + "/history");
    }

    @Test
    @DisplayName("M6 the live re-check of the whole event store is for national auditors, not for an agency's Inspektorat")
    void liveRecheckNationalOnly() {
        web.get().uri("/api/v1/audit/checks/event-store").header("Authorization", "Bearer " + INSPEKTORAT_BANDUNG)
                .exchange().expectStatus().isForbidden();
    }

    @Test
    @DisplayName("AUD-02 inclusion and consistency proofs from the API verify against the signed checkpoints published on Kafka")
    void proofsVerifyAgainstPublishedCheckpoints() throws Exception {
        register(ADMIN_BANDUNG, "proof-1", null);
        awaitSealed();
        Checkpoint first = checkpointNow();
        for (int i = 0; i < 3; i++) {
            register(ADMIN_BANDUNG, "proof-more-" + i, null);
        }
        awaitSealed();
        Checkpoint second = checkpointNow();
        assertThat(second.treeSize()).isGreaterThan(first.treeSize());

        List<Checkpoint> published = new ArrayList<>();
        KafkaTopicReader.readUntil(TestInfrastructure.get().kafkaBootstrapServers(), Topics.AUDIT_CHECKPOINTS, rs -> {
            published.clear();
            rs.stream().filter(r -> "sample".equals(r.key())).forEach(r -> {
                try {
                    published.add(json.readValue(r.value(), Checkpoint.class));
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
            return published.stream().anyMatch(c -> c.treeSize() == second.treeSize());
        }, Duration.ofSeconds(30));
        Checkpoint onKafka = published.stream().filter(c -> c.treeSize() == second.treeSize()).findFirst().orElseThrow();
        assertThat(onKafka.signatureValid(TestAuditKeys.publicKey())).isTrue();
        assertThat(onKafka.rootHash()).isEqualTo(second.rootHash());

        long seq = first.treeSize() - 1;
        JsonNode inclusion = json.readTree(get(BPK, "/api/v1/audit/proofs/inclusion?seq=" + seq + "&treeSize="
                + second.treeSize()));
        List<byte[]> path = hashes(inclusion.get("path"));
        byte[] leaf = HexFormat.of().parseHex(inclusion.get("leafHash").asText());
        assertThat(Merkle.verifyInclusion(seq, second.treeSize(), leaf, path, onKafka.root())).isTrue();
        assertThat(Merkle.verifyInclusion(seq, second.treeSize(), leaf, path, first.root())).isFalse();

        JsonNode consistency = json.readTree(get(BPK, "/api/v1/audit/proofs/consistency?firstSize="
                + first.treeSize() + "&secondSize=" + second.treeSize()));
        assertThat(Merkle.verifyConsistency(first.treeSize(), second.treeSize(), first.root(), onKafka.root(),
                hashes(consistency.get("path")))).isTrue();

        JsonNode latest = json.readTree(get(INSPEKTORAT_BANDUNG, "/api/v1/audit/checkpoints/latest"));
        assertThat(latest.get("treeSize").asLong()).isEqualTo(second.treeSize());
    }

    private static List<byte[]> hashes(JsonNode array) {
        List<byte[]> hashes = new ArrayList<>();
        array.forEach(h -> hashes.add(HexFormat.of().parseHex(h.asText())));
        return hashes;
    }

    @Test
    @DisplayName("AUD-02 an operator rebuilds a projection by replay; the Kafka publisher and the sealer are never replayed")
    void projectionRebuildByReplay() {
        String id = register(ADMIN_BANDUNG, "replayed", null);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("things")
                .countDocuments(new org.bson.Document("_id", id)) == 1);
        long things = mongo.getCollection("things").countDocuments();
        int resets = SampleApplication.ThingProjection.RESETS.get();

        web.post().uri("/api/v1/operations/projections/{g}/replay", SampleApplication.ThingProjection.GROUP)
                .header("Authorization", "Bearer " + OPERATOR).exchange().expectStatus().isAccepted();
        assertThat(SampleApplication.ThingProjection.RESETS.get()).isEqualTo(resets + 1);
        await().atMost(Duration.ofSeconds(30)).until(() -> mongo.getCollection("things").countDocuments() == things);

        for (String group : List.of(KafkaEventPublisher.PROCESSING_GROUP, AuditSealer.PROCESSING_GROUP)) {
            web.post().uri("/api/v1/operations/projections/{g}/replay", group)
                    .header("Authorization", "Bearer " + OPERATOR).exchange().expectStatus().isEqualTo(409);
        }
        web.post().uri("/api/v1/operations/projections/{g}/replay", SampleApplication.ThingProjection.GROUP)
                .header("Authorization", "Bearer " + BPK).exchange().expectStatus().isForbidden();
        String list = web.get().uri("/api/v1/operations/projections").header("Authorization", "Bearer " + OPERATOR)
                .exchange().expectStatus().isOk().expectBody(String.class).returnResult().getResponseBody();
        assertThat(list).contains(SampleApplication.ThingProjection.GROUP, AuditSealer.PROCESSING_GROUP);
        assertThat(new String(list.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8)).contains("\"replayable\":false");
    }
}
