package id.sistemkerja.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

import java.util.List;

/**
 * {@code sikerja.gateway.*}.
 *
 * @param requestsPerSecond sustained requests per second per caller (JWT subject, or client address when anonymous)
 * @param burst             requests a caller may make at once above the sustained rate
 * @param maxBodySize       largest request body, with or without {@code Content-Length} (chunked bodies too)
 * @param uploadLimits      the few POST routes that take files, each with its own larger, still bounded limit in
 *                          place of {@code maxBodySize} (by default the agency import, 32 MB)
 */
@ConfigurationProperties("sikerja.gateway")
public record GatewayProperties(Integer requestsPerSecond, Integer burst, DataSize maxBodySize,
                                List<UploadLimit> uploadLimits) {

    public GatewayProperties {
        requestsPerSecond = requestsPerSecond == null ? 100 : requestsPerSecond;
        burst = burst == null ? 200 : burst;
        maxBodySize = maxBodySize == null ? DataSize.ofMegabytes(1) : maxBodySize;
        uploadLimits = uploadLimits == null
                ? List.of(new UploadLimit("/api/v1/agencies/*/imports", DataSize.ofMegabytes(32)))
                : List.copyOf(uploadLimits);
    }

    /**
     * A POST route (a path pattern) that takes an upload, and its limit.
     *
     * @param path    path pattern, e.g. {@code /api/v1/agencies/*}{@code /imports}
     * @param maxSize largest body on that route
     */
    public record UploadLimit(String path, DataSize maxSize) {

        public UploadLimit {
            if (path == null || path.isBlank() || maxSize == null || maxSize.toBytes() <= 0) {
                throw new IllegalArgumentException("an upload limit needs a path and a positive max-size");
            }
        }
    }
}
