package id.sistemkerja.platform.audit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

import java.time.Duration;

/** {@code sikerja.audit.*}: the audit ledger of a service (docs/audit.md). */
@ConfigurationProperties("sikerja.audit")
public class AuditProperties {

    /** Seal every event into the ledger and serve the audit API. */
    private boolean enabled = true;
    /** Ed25519 private key (PKCS#8 PEM) signing the checkpoints, e.g. {@code file:/etc/sikerja/audit-org.pem}. */
    private Resource signingKeyLocation;
    /** Its public key (X.509 PEM); derived from the private key when not given. */
    private Resource publicKeyLocation;
    /** Events the sealer appends per transaction. */
    private int batchSize = 200;
    /** A checkpoint is made as soon as this many entries were sealed since the last one ... */
    private long checkpointEveryEvents = 1000;
    /** ... or when this much time has passed and something was sealed since. */
    private Duration checkpointInterval = Duration.ofSeconds(60);

    public boolean isEnabled() {
        return enabled;
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    public Resource getSigningKeyLocation() {
        return signingKeyLocation;
    }

    public void setSigningKeyLocation(Resource signingKeyLocation) {
        this.signingKeyLocation = signingKeyLocation;
    }

    public Resource getPublicKeyLocation() {
        return publicKeyLocation;
    }

    public void setPublicKeyLocation(Resource publicKeyLocation) {
        this.publicKeyLocation = publicKeyLocation;
    }

    public int getBatchSize() {
        return batchSize;
    }

    public void setBatchSize(int batchSize) {
        this.batchSize = batchSize;
    }

    public long getCheckpointEveryEvents() {
        return checkpointEveryEvents;
    }

    public void setCheckpointEveryEvents(long checkpointEveryEvents) {
        this.checkpointEveryEvents = checkpointEveryEvents;
    }

    public Duration getCheckpointInterval() {
        return checkpointInterval;
    }

    public void setCheckpointInterval(Duration checkpointInterval) {
        this.checkpointInterval = checkpointInterval;
    }
}
