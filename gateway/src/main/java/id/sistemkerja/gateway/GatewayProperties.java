package id.sistemkerja.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * {@code sikerja.gateway.*}.
 *
 * @param requestsPerSecond sustained requests per second per caller (JWT subject, or client address when anonymous)
 * @param burst             requests a caller may make at once above the sustained rate
 * @param maxBodySize       largest request body, with or without {@code Content-Length} (chunked bodies too)
 */
@ConfigurationProperties("sikerja.gateway")
public record GatewayProperties(Integer requestsPerSecond, Integer burst, DataSize maxBodySize) {

    public GatewayProperties {
        requestsPerSecond = requestsPerSecond == null ? 100 : requestsPerSecond;
        burst = burst == null ? 200 : burst;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
    }
}
