package id.sistemkerja.deploy;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.audit.verify.Checkpoint;
import id.sistemkerja.platform.audit.verify.Keys;
import id.sistemkerja.platform.audit.verify.LedgerVerifier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The audit ledger as the local launcher runs it: per-service keys, audit API through the gateway, offline check. */
class AuditSystemTest {

    private final SystemUnderTest sut = SystemUnderTest.get();
    private final ApiClient api = sut.api();
    private final ObjectMapper json = new ObjectMapper();

    @Test
    @DisplayName("AUD-02 an auditor exports org-service's ledger and checkpoints through the gateway and verifies them offline")
    void ledgerThroughGatewayVerifiesOffline() throws Exception {
        String agency = "kota-audit-" + UUID.randomUUID().toString().substring(0, 8);
        String admin = api.devToken("197801012005011001", agency, "AGENCY_ADMIN");
        assertThat(api.post("/api/v1/agencies", admin, Map.of("agencyId", agency, "name", "Pemerintah Kota Audit"))
                .status()).isEqualTo(201);
        String bpk = api.devToken("bpk-auditor-01", null, "NATIONAL_AUDITOR");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> api.get("/api/v1/audit/org/aggregates/" + agency + "/history", bpk).status() == 200);
        ApiClient.Response history = api.get("/api/v1/audit/org/aggregates/" + agency + "/history", bpk);
        assertThat(history.json().get("events").get(0).get("actor").asText()).isEqualTo("197801012005011001");
        assertThat(history.json().get("agencyId").asText()).isEqualTo(agency);

        String operator = api.devToken("ops-01", null, "OPERATOR");
        ApiClient.Response checkpoint = new ApiClient(sut.system().serviceUrl("org"))
                .post("/api/v1/operations/audit/checkpoint", operator, null);
        assertThat(checkpoint.status()).as(checkpoint.body()).isEqualTo(200);

        String pem = api.get("/api/v1/audit/org/public-key", bpk).json().get("publicKeyPem").asText();
        List<Checkpoint> checkpoints = new ArrayList<>();
        for (String line : api.get("/api/v1/audit/org/checkpoints", bpk).body().split("\n")) {
            if (!line.isBlank()) {
                checkpoints.add(json.readValue(line, Checkpoint.class));
            }
        }
        String ledger = api.get("/api/v1/audit/org/ledger", bpk).body();
        LedgerVerifier.Report report = LedgerVerifier.verify(new StringReader(ledger), checkpoints,
                Keys.readPublicKey(pem), "org");
        assertThat(report.findings()).isEmpty();
        assertThat(report.verifiedSize()).isEqualTo(checkpoint.json().get("treeSize").asLong());
        assertThat(ledger).contains(agency);

        String inspektoratOther = api.devToken("198001012006041001", "kota-lain", "AUDITOR");
        assertThat(api.get("/api/v1/audit/org/aggregates/" + agency + "/history", inspektoratOther).status())
                .isEqualTo(403);
    }
}
