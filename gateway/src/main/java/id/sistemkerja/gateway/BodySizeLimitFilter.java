package id.sistemkerja.gateway;

import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Bounds every request body (H2), before anything reads it: a declared {@code Content-Length} above the limit is
 * refused at once; a body without one (chunked) is read up to the limit and refused the moment it exceeds it, so
 * no caller can stream an unbounded body through the gateway. Refusals are 413 problem+json like every other error.
 * A bounded chunked body is passed on with its length.
 */
@Component
class BodySizeLimitFilter implements WebFilter, Ordered {

    private final long maxBytes;

    BodySizeLimitFilter(GatewayProperties properties) {
        this.maxBytes = properties.maxBodySize().toBytes();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        long declared = request.getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
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
                .onErrorResume(DataBufferLimitException.class, e -> tooLarge(exchange));
    }

    private static boolean hasBody(ServerHttpRequest request) {
        return request.getHeaders().containsKey(HttpHeaders.TRANSFER_ENCODING);
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return Problems.write(exchange, HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The request body is larger than " + maxBytes + " bytes");
    }

    /** Before security and routing: an oversize body is refused before anything buffers it. */
    @Override
    public int getOrder() {
        return -200;
    }
}
