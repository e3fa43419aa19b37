package id.sistemkerja.platform.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.error.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

import static org.assertj.core.api.Assertions.assertThat;

/** M10: a refusal is one line of the refusal log, whatever the caller put into the path or body. */
class ProblemJsonLogInjectionTest {

    @Test
    @DisplayName("M10 a refusal whose detail and path carry CR LF is logged as exactly one line")
    void crlfEscaped() {
        Logger logger = (Logger) LoggerFactory.getLogger("sikerja.audit.refusals");
        ListAppender<ILoggingEvent> appender = new ListAppender<>();
        appender.start();
        logger.addAppender(appender);
        try {
            String forged = "1\r\n12:00:00.000 INFO  [x] sikerja.audit.refusals - refused POST /api/v1/placements "
                    + "for 196501011990031001 with 403: x";
            MockServerWebExchange exchange = MockServerWebExchange.from(
                    MockServerHttpRequest.get("/api/v1/employees/1%0D%0A12:00"));
            new ProblemJsonWebExceptionHandler(new ObjectMapper())
                    .handle(exchange, ProblemException.notFound("Employee", forged)).block();
            assertThat(appender.list).hasSize(1);
            String line = appender.list.get(0).getFormattedMessage();
            assertThat(line).doesNotContain("\n").doesNotContain("\r").contains("\\r\\n12:00:00.000");
        } finally {
            logger.detachAppender(appender);
        }
    }
}
