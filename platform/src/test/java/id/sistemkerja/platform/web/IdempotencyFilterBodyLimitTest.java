package id.sistemkerja.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpMethod;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * H2: the idempotency filter reads a keyed POST's body only up to the limit. A (chunked) body without end is refused
 * with 413 after about the limit, instead of being buffered whole before any codec limit applies.
 */
class IdempotencyFilterBodyLimitTest {

    @Test
    @DisplayName("H2 a keyed POST body larger than the limit is refused with 413 after reading about the limit, not buffered whole")
    void boundedRead() {
        byte[] chunk = new byte[64 * 1024];
        AtomicInteger emitted = new AtomicInteger();
        Flux<DataBuffer> endless = Flux.<DataBuffer>generate(sink -> {
            emitted.incrementAndGet();
            sink.next(DefaultDataBufferFactory.sharedInstance.wrap(chunk));
        }).take(10_000); // 640 MB if read whole
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .method(HttpMethod.POST, "/api/v1/things").header(IdempotencyFilter.HEADER, "k-1").body(endless));
        IdempotencyFilter filter = new IdempotencyFilter(null, new ProblemJsonWebExceptionHandler(new ObjectMapper()),
                1024 * 1024);
        filter.filter(exchange, e -> Mono.error(new AssertionError("the request must not reach the handler")))
                .block();
        assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(413);
        assertThat(exchange.getResponse().getHeaders().getContentType().toString())
                .isEqualTo("application/problem+json");
        assertThat(emitted.get()).isLessThan(40);
    }
}
