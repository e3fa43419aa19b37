package id.sistemkerja.gateway;

import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits each caller (JWT subject; client address when anonymous) to a sustained rate with a burst allowance (token
 * bucket, in memory per gateway instance). Excess requests get 429 problem+json with {@code Retry-After}.
 */
@Component
class RateLimitFilter implements WebFilter {

    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final double perSecond;
    private final double burst;

    RateLimitFilter(GatewayProperties properties) {
        this.perSecond = properties.requestsPerSecond();
        this.burst = properties.burst();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal()
                .map(p -> p instanceof JwtAuthenticationToken jwt ? "sub:" + jwt.getName() : "p:" + p.getName())
                .defaultIfEmpty(address(exchange))
                .flatMap(key -> {
                    if (buckets.size() > 100_000) {
                        buckets.clear(); // bounded memory; at worst a caller gets a fresh bucket
                    }
                    Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(burst));
                    if (bucket.tryTake(perSecond, burst)) {
                        return chain.filter(exchange);
                    }
                    exchange.getResponse().getHeaders().set("Retry-After", "1");
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "rate-limited",
                            "More than " + (int) perSecond + " requests per second (burst " + (int) burst
                                    + "); slow down and retry");
                });
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "ip:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    private static final class Bucket {
        private double tokens;
        private long lastNanos = System.nanoTime();

        Bucket(double initial) {
            this.tokens = initial;
        }

        synchronized boolean tryTake(double perSecond, double capacity) {
            long now = System.nanoTime();
            tokens = Math.min(capacity, tokens + (now - lastNanos) / 1e9 * perSecond);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return true;
            }
            return false;
        }
    }
}
