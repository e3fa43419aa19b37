package id.sistemkerja.org.importing.web;

import id.sistemkerja.platform.web.CorrelationIdFilter;
import id.sistemkerja.platform.web.IdempotencyFilter;
import id.sistemkerja.platform.web.ProblemJsonWebExceptionHandler;
import id.sistemkerja.platform.web.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.util.unit.DataSize;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The import upload ({@code POST /api/v1/agencies/{agencyId}/imports}) is the one request of org-service that carries
 * more than the 1 MB every other body is held to (H2): a 15,000-employee workbook is 1.2-1.6 MB, its CSV more. It gets
 * its own bound, {@code sikerja.import.max-upload-size} (32 MB): a declared {@code Content-Length} above it is refused
 * before anything is read, a chunked body the moment it passes it (counted as it streams, never buffered here), both
 * as 413 problem+json. The idempotency filter, which reads a keyed body to fingerprint it, is told this route's bound
 * instead of the 1 MB one. The gateway bounds the same route with its own setting.
 */
public class ImportUploadLimitFilter implements WebFilter, Ordered {

    static final PathPattern IMPORT_UPLOAD = PathPatternParser.defaultInstance
            .parse("/api/v1/agencies/{agencyId}/imports");

    private final long maxBytes;
    private final ProblemJsonWebExceptionHandler problems;

    public ImportUploadLimitFilter(DataSize maxUploadSize, ProblemJsonWebExceptionHandler problems) {
        this.maxBytes = Math.min(Integer.MAX_VALUE, maxUploadSize.toBytes());
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (request.getMethod() != HttpMethod.POST
                || !IMPORT_UPLOAD.matches(PathContainer.parsePath(request.getPath().pathWithinApplication().value()))) {
            return chain.filter(exchange);
        }
        if (request.getHeaders().getContentLength() > maxBytes) {
            return tooLarge(exchange);
        }
        exchange.getAttributes().put(IdempotencyFilter.BODY_LIMIT_ATTRIBUTE, (int) maxBytes);
        AtomicLong read = new AtomicLong();
        ServerHttpRequest bounded = new ServerHttpRequestDecorator(request) {
            @Override
            public Flux<DataBuffer> getBody() {
                return super.getBody().handle((buffer, sink) -> {
                    if (read.addAndGet(buffer.readableByteCount()) > maxBytes) {
                        DataBufferUtils.release(buffer);
                        sink.error(new DataBufferLimitException("The import upload is larger than " + maxBytes
                                + " bytes"));
                    } else {
                        sink.next(buffer);
                    }
                });
            }
        };
        return chain.filter(exchange.mutate().request(bounded).build())
                .onErrorResume(e -> overLimit(e) && !exchange.getResponse().isCommitted(), e -> tooLarge(exchange));
    }

    /** The bound passed, however the multipart reader or a controller wrapped it. */
    private static boolean overLimit(Throwable error) {
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            if (e instanceof DataBufferLimitException) {
                return true;
            }
        }
        return false;
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                "The import upload is larger than " + DataSize.ofBytes(maxBytes).toMegabytes() + " MB ("
                        + maxBytes + " bytes, sikerja.import.max-upload-size)",
                exchange.getRequest().getPath().value(), CorrelationIdFilter.of(exchange)));
    }

    /** Before security and the idempotency filter: an oversize upload is refused before anything buffers it. */
    @Override
    public int getOrder() {
        return -200;
    }
}
