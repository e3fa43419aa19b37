package id.sistemkerja.gateway;

import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Every routed request gets a correlation id the gateway generates (L5): it is what the services store as "on whose
 * behalf" in every command's and event's metadata, so no caller can attach an act to another request's audit chain
 * by sending that request's id. A caller's own {@code X-Correlation-Id} (when sane) is passed on and echoed as
 * {@code X-Client-Correlation-Id}, for the caller's own tracing only.
 */
@Component
class CorrelationIdFilter implements GlobalFilter, Ordered {

    static final String HEADER = "X-Correlation-Id";
    static final String CLIENT_HEADER = "X-Client-Correlation-Id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String client = exchange.getRequest().getHeaders().getFirst(HEADER);
        String sane = client != null && SANE.matcher(client).matches() ? client : null;
        String id = UUID.randomUUID().toString();
        ServerWebExchange routed = exchange.mutate().request(r -> r.headers(h -> {
            h.set(HEADER, id);
            h.remove(CLIENT_HEADER);
            if (sane != null) {
                h.set(CLIENT_HEADER, sane);
            }
        })).build();
        exchange.getResponse().getHeaders().set(HEADER, id);
        if (sane != null) {
            exchange.getResponse().getHeaders().set(CLIENT_HEADER, sane);
        }
        return chain.filter(routed);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
