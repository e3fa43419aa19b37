package id.sistemkerja.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code sikerja.gateway.*}.
 *
 * @param requestsPerSecond sustained requests per second per caller (JWT subject, or client address when anonymous)
 * @param burst             requests a caller may make at once above the sustained rate
 */
@ConfigurationProperties("sikerja.gateway")
public record GatewayProperties(Integer requestsPerSecond, Integer burst) {

    public GatewayProperties {
        requestsPerSecond = requestsPerSecond == null ? 100 : requestsPerSecond;
        burst = burst == null ? 200 : burst;
    }
}
