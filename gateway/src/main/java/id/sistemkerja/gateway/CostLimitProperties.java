package id.sistemkerja.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;
import java.util.List;

/**
 * {@code sikerja.gateway.cost.*}: per-route cost limits for expensive endpoints (security finding M6), on top of the
 * per-caller request rate. Each limit is a token bucket per caller (issuer, agency and subject of the token) and limit.
 *
 * @param limits the limited route groups; none when absent
 */
@ConfigurationProperties("sikerja.gateway.cost")
public record CostLimitProperties(List<Limit> limits) {

    public CostLimitProperties {
        limits = limits == null ? List.of() : List.copyOf(limits);
    }

    /**
     * One group of expensive routes.
     *
     * @param name   shown in the 429 answer and the log (e.g. {@code org-chart}, {@code exports})
     * @param paths  gateway path patterns ({@code *} one segment, {@code **} the rest)
     * @param burst  calls a caller may make at once
     * @param refill time after which a caller gets one more call (sustained rate = one per {@code refill})
     */
    public record Limit(String name, List<String> paths, Integer burst, Duration refill) {

        public Limit {
            if (name == null || name.isBlank() || paths == null || paths.isEmpty()) {
                throw new IllegalArgumentException("sikerja.gateway.cost.limits: every limit needs a name and paths");
            }
            paths = List.copyOf(paths);
            burst = burst == null ? 10 : burst;
            refill = refill == null ? Duration.ofSeconds(6) : refill;
            if (burst < 1 || refill.isNegative() || refill.isZero()) {
                throw new IllegalArgumentException("sikerja.gateway.cost.limits." + name
                        + ": burst must be at least 1 and refill positive");
            }
        }
    }
}
