package id.sistemkerja.gateway;

import id.sistemkerja.contracts.security.Claims;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * M6: expensive endpoints (a whole agency's org chart, exports, audit verification, reports) cost the services far more
 * than an ordinary call, so each caller gets a small token bucket per group of such routes, keyed by who the token says
 * the caller is (issuer, agency and subject: the same subject acting for two agencies has two buckets, two subjects of
 * one agency do not share one). Above it: 429 problem+json with {@code Retry-After} in whole seconds. In memory per
 * gateway replica, like the request rate limit; the live event-store re-check is in addition single-flight at the
 * service.
 */
@Component
class CostLimitFilter implements WebFilter {

    private record Group(CostLimitProperties.Limit limit, List<PathPattern> patterns, double perNano,
                         ConcurrentHashMap<String, Bucket> buckets) {
    }

    private final List<Group> groups;

    CostLimitFilter(CostLimitProperties properties) {
        PathPatternParser parser = new PathPatternParser();
        this.groups = properties.limits().stream().map(limit -> new Group(limit,
                limit.paths().stream().map(parser::parse).toList(), 1.0 / limit.refill().toNanos(),
                new ConcurrentHashMap<String, Bucket>())).toList();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
        Group group = groups.stream().filter(g -> g.patterns().stream().anyMatch(p -> p.matches(path))).findFirst()
                .orElse(null);
        if (group == null) {
            return chain.filter(exchange);
        }
        return exchange.getPrincipal().map(CostLimitFilter::caller).defaultIfEmpty(address(exchange))
                .flatMap(caller -> {
                    if (group.buckets().size() > 100_000) {
                        group.buckets().clear(); // bounded memory; at worst a caller gets a fresh bucket
                    }
                    Bucket bucket = group.buckets().computeIfAbsent(caller,
                            k -> new Bucket(group.limit().burst(), System.nanoTime()));
                    long waitNanos = bucket.take(group.perNano(), group.limit().burst(), System.nanoTime());
                    if (waitNanos == 0) {
                        return chain.filter(exchange);
                    }
                    long seconds = Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
                    exchange.getResponse().getHeaders().set("Retry-After", Long.toString(seconds));
                    return Problems.write(exchange, HttpStatus.TOO_MANY_REQUESTS, "cost-limited",
                            "Expensive endpoint group " + group.limit().name() + ": at most "
                                    + group.limit().burst() + " calls at once and one more every "
                                    + group.limit().refill().toSeconds() + " s per caller; retry after " + seconds
                                    + " s");
                });
    }

    private static String caller(java.security.Principal principal) {
        if (principal instanceof JwtAuthenticationToken jwt) {
            return "jwt:" + jwt.getToken().getClaimAsString("iss") + "|"
                    + jwt.getToken().getClaimAsString(Claims.AGENCY) + "|" + jwt.getName();
        }
        return "p:" + principal.getName();
    }

    private static String address(ServerWebExchange exchange) {
        InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
        return "ip:" + (remote == null ? "unknown" : remote.getAddress().getHostAddress());
    }

    /** Token bucket; {@link #take} answers 0 when a call may pass, else how long until the next token. */
    private static final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double initial, long now) {
            this.tokens = initial;
            this.lastNanos = now;
        }

        synchronized long take(double perNano, double capacity, long now) {
            tokens = Math.min(capacity, tokens + (now - lastNanos) * perNano);
            lastNanos = now;
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) / perNano);
        }
    }
}
