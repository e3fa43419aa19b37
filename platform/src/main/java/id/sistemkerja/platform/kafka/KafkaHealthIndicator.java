package id.sistemkerja.platform.kafka;

import org.apache.kafka.clients.admin.AdminClient;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Kafka as a health component: UP when the cluster answers within the timeout, with its id and broker count. */
public class KafkaHealthIndicator extends AbstractHealthIndicator implements DisposableBean {

    private final AdminClient admin;
    private final Duration timeout;

    public KafkaHealthIndicator(Map<String, Object> adminProperties, Duration timeout) {
        super("Kafka health check failed");
        this.admin = AdminClient.create(adminProperties);
        this.timeout = timeout;
    }

    @Override
    protected void doHealthCheck(Health.Builder builder) throws Exception {
        DescribeClusterResult cluster = admin.describeCluster(
                new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()));
        String clusterId = cluster.clusterId().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        int brokers = cluster.nodes().get(timeout.toMillis(), TimeUnit.MILLISECONDS).size();
        builder.up().withDetail("clusterId", clusterId).withDetail("brokers", brokers);
    }

    @Override
    public void destroy() {
        admin.close(Duration.ofSeconds(1));
    }
}
