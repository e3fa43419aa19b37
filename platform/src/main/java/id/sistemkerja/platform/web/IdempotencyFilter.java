package id.sistemkerja.platform.web;

import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import id.sistemkerja.platform.idempotency.IdempotencyStore;
import org.reactivestreams.Publisher;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Principal;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on POST: the first request with a key runs and its response is stored; a retry with the same
 * key and the same request gets that response again (header {@code Idempotent-Replayed: true}) and creates nothing;
 * the same key with a different request is refused (422); a retry while the first is still running gets 409 with
 * {@code Retry-After}. Responses that a retry might change (5xx, 409, 429) are not kept, so the caller can retry.
 * Keys are scoped per caller (subject, agency and issuer, M3) and remembered for {@code sikerja.idempotency.retention}
 * (expired ones are purged on a schedule). The body is read only up to the codec limit (H2): a larger one, chunked or
 * not, is refused with 413 before anything else happens.
 */
public class IdempotencyFilter implements WebFilter, Ordered {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED_HEADER = "Idempotent-Replayed";
    static final String KEY_ATTRIBUTE = IdempotencyFilter.class.getName() + ".key";
    /**
     * A larger, still bounded body limit (an {@code Integer} of bytes) for this exchange, set by an earlier filter of a
     * service for a route that takes uploads (the org-service import), which bounds that route's body itself.
     */
    public static final String BODY_LIMIT_ATTRIBUTE = IdempotencyFilter.class.getName() + ".bodyLimit";
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");

    private final IdempotencyStore store;
    private final ProblemJsonWebExceptionHandler problems;
    private final int maxBodyBytes;

    public IdempotencyFilter(IdempotencyStore store, ProblemJsonWebExceptionHandler problems, int maxBodyBytes) {
        this.store = store;
        this.problems = problems;
        this.maxBodyBytes = maxBodyBytes;
    }

    public static String keyOf(ServerWebExchange exchange) {
        Object key = exchange.getAttribute(KEY_ATTRIBUTE);
        return key == null ? null : key.toString();
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        String key = request.getHeaders().getFirst(HEADER);
        if (key == null || request.getMethod() != HttpMethod.POST) {
            return chain.filter(exchange);
        }
        if (!VALID_KEY.matcher(key).matches()) {
            String message = "Idempotency-Key must be 1 to 255 visible ASCII characters";
            return problems.write(exchange, Problems.of(ProblemKind.INVALID_INPUT, message,
                    List.of(Violation.ofField(HEADER, message)), request.getPath().value(), CorrelationIdFilter.of(exchange)));
        }
        exchange.getAttributes().put(KEY_ATTRIBUTE, key);
        int maxBodyBytes = exchange.getAttributeOrDefault(BODY_LIMIT_ATTRIBUTE, this.maxBodyBytes);
        return exchange.getPrincipal().map(IdempotencyFilter::scope).defaultIfEmpty("anonymous")
                .flatMap(principal -> DataBufferUtils.join(request.getBody(), maxBodyBytes)
                        .map(IdempotencyFilter::bytes)
                        .defaultIfEmpty(new byte[0])
                        .flatMap(body -> {
                            String hash = fingerprint(request, body);
                            return Mono.fromCallable(() -> store.begin(principal, key, hash))
                                    .subscribeOn(Schedulers.boundedElastic())
                                    .flatMap(outcome -> decide(outcome, exchange, chain, principal, key, body));
                        })
                        .onErrorResume(DataBufferLimitException.class, tooLarge -> problems.write(exchange,
                                Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large",
                                        "The request body is larger than " + maxBodyBytes + " bytes",
                                        request.getPath().value(), CorrelationIdFilter.of(exchange)))));
    }

    private Mono<Void> decide(IdempotencyStore.Outcome outcome, ServerWebExchange exchange, WebFilterChain chain,
                              String principal, String key, byte[] body) {
        String instance = exchange.getRequest().getPath().value();
        String correlationId = CorrelationIdFilter.of(exchange);
        if (outcome instanceof IdempotencyStore.Replay replay) {
            return replay(exchange, replay);
        }
        if (outcome instanceof IdempotencyStore.Mismatch) {
            return problems.write(exchange, Problems.of(ProblemKind.RULE_VIOLATION,
                    "This Idempotency-Key was already used for a different request; use a new key for a new request",
                    List.of(Violation.ofField(HEADER, "reused with a different request")), instance, correlationId));
        }
        if (outcome instanceof IdempotencyStore.InProgress) {
            exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, "1");
            ProblemDetail inProgress = Problems.of(ProblemKind.CONFLICT,
                    "A request with this Idempotency-Key is still being processed; retry shortly", List.of(), instance,
                    correlationId);
            inProgress.setProperty("retryable", true); // not an answer to the request: retry with the same key
            return problems.write(exchange, inProgress);
        }
        return proceed(exchange, chain, principal, key, body);
    }

    /**
     * Runs the request and records its response under the key <em>before</em> the response reaches the caller, so a
     * retry sent the moment the first response arrives already finds it (and never a "still in progress").
     */
    private Mono<Void> proceed(ServerWebExchange exchange, WebFilterChain chain, String principal, String key,
                               byte[] body) {
        ServerHttpResponse original = exchange.getResponse();
        AtomicBoolean remembered = new AtomicBoolean();
        ServerHttpResponseDecorator response = new ServerHttpResponseDecorator(original) {
            @Override
            public Mono<Void> writeWith(Publisher<? extends DataBuffer> bodyPublisher) {
                return DataBufferUtils.join(Flux.from(bodyPublisher))
                        .map(IdempotencyFilter::bytes)
                        .defaultIfEmpty(new byte[0])
                        .flatMap(bytes -> remember(getDelegate(), principal, key, bytes, remembered)
                                .then(super.writeWith(Mono.just(original.bufferFactory().wrap(bytes)))));
            }

            @Override
            public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
                return writeWith(Flux.from(body).flatMapSequential(p -> p));
            }

            @Override
            public Mono<Void> setComplete() {
                return remember(getDelegate(), principal, key, new byte[0], remembered).then(super.setComplete());
            }
        };
        ServerHttpRequestDecorator request = new ServerHttpRequestDecorator(exchange.getRequest()) {
            @Override
            public Flux<DataBuffer> getBody() {
                return Flux.defer(() -> Flux.just(original.bufferFactory().wrap(body)));
            }
        };
        ServerWebExchange decorated = exchange.mutate().request(request).response(response).build();
        return chain.filter(decorated)
                .onErrorResume(error -> problems.handle(decorated, error))
                .then(Mono.defer(() -> remember(original, principal, key, new byte[0], remembered)))
                .onErrorResume(error -> Mono.fromRunnable(() -> store.release(principal, key))
                        .subscribeOn(Schedulers.boundedElastic()).then(Mono.error(error)))
                // the caller went away (timeout, closed connection) before an answer was recorded: free the key at
                // once so its retry need not wait for the key to be abandoned; should the command still commit, its
                // recorded outcome (CommandOutcomes) answers the retry instead of a second run
                .doOnCancel(() -> {
                    if (remembered.compareAndSet(false, true)) {
                        Schedulers.boundedElastic().schedule(() -> store.release(principal, key));
                    }
                });
    }

    /** Stores (or, for responses a retry may change, releases) the key's outcome; once per request. */
    private Mono<Void> remember(ServerHttpResponse response, String principal, String key, byte[] body,
                                AtomicBoolean remembered) {
        if (!remembered.compareAndSet(false, true)) {
            return Mono.empty();
        }
        HttpStatusCode status = response.getStatusCode() == null ? HttpStatus.OK : response.getStatusCode();
        int code = status.value();
        boolean keep = status.is2xxSuccessful()
                || (status.is4xxClientError() && code != 401 && code != 408 && code != 409 && code != 429);
        MediaType contentType = response.getHeaders().getContentType();
        String location = response.getHeaders().getFirst(HttpHeaders.LOCATION);
        return Mono.fromRunnable(() -> {
            if (keep) {
                store.complete(principal, key, code, contentType == null ? null : contentType.toString(), location, body);
            } else {
                store.release(principal, key);
            }
        }).subscribeOn(Schedulers.boundedElastic()).then();
    }

    private Mono<Void> replay(ServerWebExchange exchange, IdempotencyStore.Replay replay) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(replay.status()));
        response.getHeaders().set(REPLAYED_HEADER, "true");
        if (replay.contentType() != null) {
            response.getHeaders().set(HttpHeaders.CONTENT_TYPE, replay.contentType());
        }
        if (replay.location() != null) {
            response.getHeaders().set(HttpHeaders.LOCATION, replay.location());
        }
        byte[] body = replay.body() == null ? new byte[0] : replay.body();
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The caller a key belongs to: subject, agency and issuer of the token (M3). */
    static String scope(Principal principal) {
        if (principal instanceof JwtAuthenticationToken token) {
            return CallContextResolver.actorOf(token).callerScope();
        }
        return principal.getName();
    }

    static String fingerprint(ServerHttpRequest request, byte[] body) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(request.getMethod().name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(request.getURI().getRawPath().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            String query = request.getURI().getRawQuery();
            if (query != null) {
                digest.update(query.getBytes(StandardCharsets.UTF_8));
            }
            digest.update((byte) 0);
            digest.update(body);
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] bytes(DataBuffer buffer) {
        try {
            byte[] bytes = new byte[buffer.readableByteCount()];
            buffer.read(bytes);
            return bytes;
        } finally {
            DataBufferUtils.release(buffer);
        }
    }

    /** After security (the key is scoped per authenticated caller) and the correlation filter. */
    @Override
    public int getOrder() {
        return 0;
    }
}
