package id.sistemkerja.gateway;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

/** Gateway failures (no route, service down, timeouts) as problem+json, like every other error of the API. */
@Component
@Order(-2)
class ProblemJsonErrorHandler implements WebExceptionHandler, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ProblemJsonErrorHandler.class);

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        if (failure instanceof ResponseStatusException status) {
            HttpStatus httpStatus = HttpStatus.resolve(status.getStatusCode().value());
            if (httpStatus == null) {
                httpStatus = HttpStatus.BAD_GATEWAY;
            }
            if (httpStatus == HttpStatus.NOT_FOUND) {
                return Problems.write(exchange, httpStatus, "not-found",
                        "No API resource at " + exchange.getRequest().getPath().value());
            }
            String detail = status.getReason() == null ? httpStatus.getReasonPhrase() : status.getReason();
            return Problems.write(exchange, httpStatus, httpStatus.name().toLowerCase().replace('_', '-'), detail);
        }
        if (find(failure, ConnectException.class) || find(failure, java.net.UnknownHostException.class)) {
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "The service behind " + exchange.getRequest().getPath().value() + " is not reachable; retry shortly");
        }
        if (find(failure, TimeoutException.class)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "gateway-timeout",
                    "The service did not answer in time");
        }
        log.error("Gateway failure on {}", exchange.getRequest().getPath(), failure);
        return Problems.write(exchange, HttpStatus.BAD_GATEWAY, "bad-gateway", "The gateway could not complete the request");
    }

    private static boolean find(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public int getOrder() {
        return -2;
    }
}
