package id.sistemkerja.platform.config;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.time.ZoneId;

/** {@code sikerja.*}: the settings every service shares. */
@ConfigurationProperties("sikerja")
public class PlatformProperties {

    private final Service service = new Service();
    private final Kafka kafka = new Kafka();
    private final CommandBus commandBus = new CommandBus();
    private final Idempotency idempotency = new Idempotency();
    private ZoneId zone = ZoneId.of("Asia/Jakarta");

    public Service getService() {
        return service;
    }

    public Kafka getKafka() {
        return kafka;
    }

    public CommandBus getCommandBus() {
        return commandBus;
    }

    public Idempotency getIdempotency() {
        return idempotency;
    }

    /** Time zone of dates in the domain (periods, deadlines); instants are always UTC. */
    public ZoneId getZone() {
        return zone;
    }

    public void setZone(ZoneId zone) {
        this.zone = zone;
    }

    public static class Service {
        /** Short service name ({@code org}, {@code assignment}, {@code team}, {@code performance}). */
        private String name;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    public static class Kafka {
        /** Publish integration events to Kafka (the event store remains the outbox when off or down). */
        private boolean publisherEnabled = true;
        /** Partitions of topics this service creates. */
        private int partitions = 3;
        /** Replication factor of topics this service creates (3 in production). */
        private short replicationFactor = 1;
        /** How long a batch of sends may wait for the broker before the publisher retries the batch. */
        private Duration sendTimeout = Duration.ofSeconds(30);
        /** Attempts for a record whose processing fails transiently, before it goes to the dead-letter topic. */
        private int consumerAttempts = 4;
        /** Pause between those attempts. */
        private Duration consumerBackoff = Duration.ofMillis(500);
        /**
         * Largest integration event the publisher sends (below the producer's {@code max.request.size}); a larger one
         * is dead-lettered as a notice instead of stalling the outbox (M5).
         */
        private int maxEventBytes = 900_000;

        public int getMaxEventBytes() {
            return maxEventBytes;
        }

        public void setMaxEventBytes(int maxEventBytes) {
            this.maxEventBytes = maxEventBytes;
        }

        public boolean isPublisherEnabled() {
            return publisherEnabled;
        }

        public void setPublisherEnabled(boolean publisherEnabled) {
            this.publisherEnabled = publisherEnabled;
        }

        public int getPartitions() {
            return partitions;
        }

        public void setPartitions(int partitions) {
            this.partitions = partitions;
        }

        public short getReplicationFactor() {
            return replicationFactor;
        }

        public void setReplicationFactor(short replicationFactor) {
            this.replicationFactor = replicationFactor;
        }

        public Duration getSendTimeout() {
            return sendTimeout;
        }

        public void setSendTimeout(Duration sendTimeout) {
            this.sendTimeout = sendTimeout;
        }

        public int getConsumerAttempts() {
            return consumerAttempts;
        }

        public void setConsumerAttempts(int consumerAttempts) {
            this.consumerAttempts = consumerAttempts;
        }

        public Duration getConsumerBackoff() {
            return consumerBackoff;
        }

        public void setConsumerBackoff(Duration consumerBackoff) {
            this.consumerBackoff = consumerBackoff;
        }
    }

    public static class CommandBus {
        /** Threads executing commands (JDBC work happens here, never on the web event loop). */
        private int threads = 16;
        /** Retries of a command that lost an optimistic-concurrency race. */
        private int concurrencyRetries = 5;

        public int getThreads() {
            return threads;
        }

        public void setThreads(int threads) {
            this.threads = threads;
        }

        public int getConcurrencyRetries() {
            return concurrencyRetries;
        }

        public void setConcurrencyRetries(int concurrencyRetries) {
            this.concurrencyRetries = concurrencyRetries;
        }
    }

    public static class Idempotency {
        /** How long a completed {@code Idempotency-Key} is remembered. */
        private Duration retention = Duration.ofHours(24);
        /** After this time an unfinished key is considered abandoned and may be reused. */
        private Duration abandonAfter = Duration.ofMinutes(2);
        /** How often expired keys are deleted. */
        private Duration purgeInterval = Duration.ofMinutes(10);

        public Duration getPurgeInterval() {
            return purgeInterval;
        }

        public void setPurgeInterval(Duration purgeInterval) {
            this.purgeInterval = purgeInterval;
        }

        public Duration getRetention() {
            return retention;
        }

        public void setRetention(Duration retention) {
            this.retention = retention;
        }

        public Duration getAbandonAfter() {
            return abandonAfter;
        }

        public void setAbandonAfter(Duration abandonAfter) {
            this.abandonAfter = abandonAfter;
        }
    }
}
