package id.sistemkerja.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Map;

/**
 * Bounds every request body (H2), before anything reads it: a declared {@code Content-Length} above the limit is
 * refused at once; a body without one (chunked) is read up to the limit and refused the moment it exceeds it, so
 * no caller can stream an unbounded body through the gateway. Refusals are 413 problem+json like every other error.
 * A bounded chunked body is passed on with its length. The POST routes that take files (the agency import) have their
 * own larger, still bounded limit ({@code sikerja.gateway.upload-limits}).
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long defaultMaxBytes;
    private final List<Map.Entry<PathPattern, Long>> uploadLimits;

    BodySizeLimitFilter(GatewayProperties properties) {
        this.defaultMaxBytes = properties.maxBodySize().toBytes();
        this.uploadLimits = properties.uploadLimits().stream()
                .map(l -> Map.entry(PathPatternParser.defaultInstance.parse(l.path()), l.maxSize().toBytes()))
                .toList();
    }

    /** The limit of this request: an upload route's own, else the default. */
    long limitOf(ServerHttpRequest request) {
        if (request.getMethod() == HttpMethod.POST) {
            PathContainer path = request.getPath().pathWithinApplication();
            for (Map.Entry<PathPattern, Long> limit : uploadLimits) {
                if (limit.getKey().matches(path)) {
                    return limit.getValue();
                }
            }
        }
        return defaultMaxBytes;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long maxBytes = limitOf(request);
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange, maxBytes);
        }
        if (declared >= 0 || !hasBody(request)) {
            return chain.filter(exchange);
        }
        return DataBufferUtils.join(request.getBody(), (int) Math.min(Integer.MAX_VALUE, maxBytes))
                .map(java.util.Optional::of)
                .defaultIfEmpty(java.util.Optional.empty())
                .flatMap(body -> {
                    int length = body.map(DataBuffer::readableByteCount).orElse(0);
                    ServerHttpRequest bounded = new ServerHttpRequestDecorator(request) {
                        @Override
                        public HttpHeaders getHeaders() {
                            HttpHeaders headers = new HttpHeaders();
                            headers.putAll(super.getHeaders());
                            headers.remove(HttpHeaders.TRANSFER_ENCODING);
                            headers.setContentLength(length);
                            return headers;
                        }

                        @Override
                        public Flux<DataBuffer> getBody() {
                            return body.map(Flux::just).orElse(Flux.empty());
                        }
                    };
                    return chain.filter(exchange.mutate().request(bounded).build());
                })
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange, maxBytes));
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().containsKey(HttpHeaders.TRANSFER_ENCODING);
    }

    private static Mono<Void> tooLarge(ServerWebExchange exchange, long maxBytes) {
        return Problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The request body is larger than " + maxBytes + " bytes");
    }

    /** Before security and routing: an oversize body is refused before anything buffers it. */
    @Override
    public int getOrder() {
        return -200;
    }
}
