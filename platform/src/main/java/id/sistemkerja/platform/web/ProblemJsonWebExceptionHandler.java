package id.sistemkerja.platform.web;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.error.Violation;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.eventsourcing.eventstore.EventStoreException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

/**
 * Renders every failure of a request as RFC 9457 {@code application/problem+json}: refusals with their field, rule id
 * and article; malformed bodies naming the field; unknown routes, conflicts and internal errors in the same shape.
 * Refusals are also logged on {@code sikerja.audit.refusals} (who tried what, and why it was refused).
 */
public class ProblemJsonWebExceptionHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonWebExceptionHandler.class);
    private static final Logger refusals = LoggerFactory.getLogger("sikerja.audit.refusals");

    private final ObjectMapper objectMapper;

    public ProblemJsonWebExceptionHandler(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        ProblemDetail problem = toProblem(exchange, unwrap(failure));
        if (problem.getStatus() < 500) {
            // every value a caller chose is escaped: one refusal is one log line, never a forged second one (M10)
            refusals.info("refused {} {} for {} with {}: {}", exchange.getRequest().getMethod(),
                    LogSafe.escape(exchange.getRequest().getPath().value()), LogSafe.escape(principal(exchange)),
                    problem.getStatus(), LogSafe.escape(problem.getDetail()));
        }
        return write(exchange, problem);
    }

    /** Writes {@code problem} as the response. */
    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        response.setStatusCode(HttpStatus.valueOf(problem.getStatus()));
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        if (Boolean.TRUE.equals(problem.getProperties() == null ? null : problem.getProperties().get("retryable"))
                && !response.getHeaders().containsKey("Retry-After")) {
            response.getHeaders().set("Retry-After", "2");
        }
        byte[] body;
        try {
            body = objectMapper.writeValueAsBytes(problem);
        } catch (Exception e) {
            body = ("{\"status\":" + problem.getStatus() + "}").getBytes();
        }
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    ProblemDetail toProblem(ServerWebExchange exchange, Throwable failure) {
        String instance = exchange.getRequest().getPath().value();
        String correlationId = CorrelationIdFilter.of(exchange);
        if (failure instanceof ProblemException p) {
            return Problems.of(p.kind(), p.getMessage(), p.violations(), instance, correlationId);
        }
        if (failure instanceof WebExchangeBindException bind) {
            List<Violation> violations = new ArrayList<>();
            for (FieldError error : bind.getFieldErrors()) {
                violations.add(Violation.ofField(error.getField(), error.getField() + " " + error.getDefaultMessage()));
            }
            bind.getGlobalErrors().forEach(e -> violations.add(Violation.ofField(null, e.getDefaultMessage())));
            String detail = violations.size() == 1 ? violations.get(0).message()
                    : violations.stream().map(Violation::message).collect(Collectors.joining("; "));
            return Problems.of(ProblemKind.INVALID_INPUT, detail, violations, instance, correlationId);
        }
        if (failure instanceof ServerWebInputException input) {
            JsonMappingException mapping = find(input, JsonMappingException.class);
            if (mapping != null) {
                String field = path(mapping);
                String message = mappingMessage(field, mapping);
                return Problems.of(ProblemKind.INVALID_INPUT, message, List.of(Violation.ofField(field, message)),
                        instance, correlationId);
            }
            DataBufferLimitException tooLarge = find(input, DataBufferLimitException.class);
            if (tooLarge != null) {
                return Problems.ofStatus(HttpStatus.PAYLOAD_TOO_LARGE, "payload-too-large", "The request body is too large",
                        instance, correlationId);
            }
            String message = input.getReason() == null ? "The request is not readable" : input.getReason();
            if (input.getMethodParameter() != null && input.getMethodParameter().getParameterName() != null
                    && !message.contains("body")) {
                String field = input.getMethodParameter().getParameterName();
                return Problems.of(ProblemKind.INVALID_INPUT, message, List.of(Violation.ofField(field, message)),
                        instance, correlationId);
            }
            return Problems.of(ProblemKind.INVALID_INPUT, message, List.of(), instance, correlationId);
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus httpStatus = HttpStatus.resolve(status.getStatusCode().value());
            if (httpStatus == null) {
                httpStatus = HttpStatus.INTERNAL_SERVER_ERROR;
            }
            String detail = status.getReason() != null ? status.getReason() : httpStatus.getReasonPhrase();
            if (httpStatus == HttpStatus.NOT_FOUND) {
                return Problems.of(ProblemKind.NOT_FOUND, detail, List.of(), instance, correlationId);
            }
            return Problems.ofStatus(httpStatus, slug(httpStatus), detail, instance, correlationId);
        }
        if (failure instanceof AggregateNotFoundException notFound) {
            return Problems.of(ProblemKind.NOT_FOUND, "No record with id " + notFound.getAggregateIdentifier(),
                    List.of(), instance, correlationId);
        }
        if (failure instanceof AggregateStreamCreationException) {
            return Problems.of(ProblemKind.CONFLICT, "A record with this id already exists (a repeated create?)",
                    List.of(), instance, correlationId);
        }
        if (failure instanceof ConcurrencyException) {
            ProblemDetail concurrent = Problems.of(ProblemKind.CONFLICT,
                    "The record was changed concurrently; retry the request", List.of(), instance, correlationId);
            concurrent.setProperty("retryable", true);
            return concurrent;
        }
        log.error("Request {} {} failed (correlation id {})", exchange.getRequest().getMethod(), LogSafe.escape(instance),
                correlationId, failure);
        return Problems.ofStatus(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error",
                "The request failed inside the service; quote correlation id " + correlationId + " when reporting it",
                instance, correlationId);
    }

    /** Unwraps future, reactive and Axon wrappers to the failure that explains the refusal. */
    public static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        Set<Throwable> seen = new java.util.HashSet<>();
        while (current.getCause() != null && seen.add(current)
                && (current instanceof CompletionException || current instanceof ExecutionException
                || current instanceof CommandExecutionException || current instanceof EventStoreException
                || current.getClass().getName().startsWith("reactor.core.Exceptions"))) {
            current = current.getCause();
        }
        return current;
    }

    private static String path(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static String mappingMessage(String field, JsonMappingException e) {
        String subject = field == null ? "The request body" : field;
        if (e instanceof BoundedInput.TooLargeException) {
            return subject + " " + e.getOriginalMessage();
        }
        if (e instanceof InvalidFormatException format) {
            Class<?> target = format.getTargetType();
            if (target != null && target.isEnum()) {
                return subject + " must be one of " + java.util.Arrays.toString(target.getEnumConstants())
                        + ", not '" + format.getValue() + "'";
            }
            return subject + " has an invalid value '" + format.getValue() + "'"
                    + (target == null ? "" : " (expected " + expected(target) + ")");
        }
        // L3: never the parser's own message (it names Java types and internals)
        com.fasterxml.jackson.core.JsonLocation location = e.getLocation();
        return subject + " is not readable" + (location == null || location.getLineNr() < 0 ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")");
    }

    /** The JSON shape a value should have, in the API's words rather than Java's. */
    private static String expected(Class<?> target) {
        if (Number.class.isAssignableFrom(target) || (target.isPrimitive() && target != boolean.class)) {
            return "a number";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == java.time.LocalDate.class) {
            return "a date, YYYY-MM-DD";
        }
        if (target == java.time.Instant.class || target == java.time.OffsetDateTime.class) {
            return "a timestamp, ISO 8601";
        }
        if (target == java.time.YearMonth.class) {
            return "a month, YYYY-MM";
        }
        return "a " + (java.util.Collection.class.isAssignableFrom(target) ? "list" : "value of another form");
    }

    private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }

    private static String slug(HttpStatus status) {
        return status.name().toLowerCase().replace('_', '-');
    }

    private static String principal(ServerWebExchange exchange) {
        Object actor = exchange.getAttribute(CallContextResolver.ACTOR_SUBJECT_ATTRIBUTE);
        return actor == null ? "anonymous" : actor.toString();
    }

    /** Before Spring Boot's own error handler (order -1). */
    @Override
    public int getOrder() {
        return -2;
    }
}
