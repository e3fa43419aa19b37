package id.sistemkerja.performance.web;

import id.sistemkerja.platform.test.MutableClock;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** The controlled clock every performance-service test imports (one shared Spring context); tests set the day. */
@TestConfiguration
public class PerfTestClock {

    static final MutableClock CLOCK = MutableClock.jakarta(Instant.parse("2025-06-01T03:00:00Z"));

    @Bean
    @Primary
    MutableClock testClock() {
        return CLOCK;
    }

    /** Sets today (Asia/Jakarta, 10:00). */
    static void today(LocalDate date) {
        CLOCK.set(date.atTime(10, 0).atZone(ZoneId.of("Asia/Jakarta")).toInstant());
    }
}
