package id.sistemkerja.platform.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.sistemkerja.platform.config.PlatformProperties;
import id.sistemkerja.platform.idempotency.IdempotencyStore;
import id.sistemkerja.platform.idempotency.InstanceLiveness;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.reactive.config.WebFluxConfigurer;
import org.springframework.web.reactive.result.method.annotation.ArgumentResolverConfigurer;

import org.springframework.util.unit.DataSize;

import java.time.Clock;

/** The HTTP side every service shares: security, problem+json, correlation ids, idempotency keys, OpenAPI. */
@AutoConfiguration
@ConditionalOnProperty("sikerja.service.name")
@EnableConfigurationProperties(PlatformProperties.class)
@Import({WebSecurityConfiguration.class, OpenApiConfiguration.class})
public class WebAutoConfiguration {

    @Bean
    public ProblemJsonWebExceptionHandler problemJsonWebExceptionHandler(ObjectMapper objectMapper) {
        return new ProblemJsonWebExceptionHandler(objectMapper);
    }

    @Bean
    public CorrelationIdFilter correlationIdFilter() {
        return new CorrelationIdFilter();
    }

    @Bean(destroyMethod = "close")
    public InstanceLiveness instanceLiveness(DataSourceProperties dataSource, JdbcTemplate jdbcTemplate) {
        return new InstanceLiveness(dataSource.determineUrl(), dataSource.determineUsername(),
                dataSource.determinePassword(), jdbcTemplate);
    }

    @Bean
    public IdempotencyStore idempotencyStore(JdbcTemplate jdbcTemplate, Clock clock, PlatformProperties properties,
                                             InstanceLiveness liveness) {
        return new IdempotencyStore(jdbcTemplate, clock, properties.getIdempotency().getRetention(),
                properties.getIdempotency().getAbandonAfter(), liveness);
    }

    @Bean
    public SmartInitializingSingleton idempotencySchema(IdempotencyStore store, InstanceLiveness liveness) {
        return () -> {
            store.createSchema();
            store.purgeExpired();
            liveness.start();
        };
    }

    /** Expired keys are purged on a schedule (M3), so the table holds at most a retention period of keys. */
    @Bean
    public IdempotencyPurge idempotencyPurge(IdempotencyStore store, PlatformProperties properties) {
        return new IdempotencyPurge(store, properties.getIdempotency().getPurgeInterval());
    }

    @Bean
    public IdempotencyFilter idempotencyFilter(IdempotencyStore store, ProblemJsonWebExceptionHandler problems,
                                               @Value("${spring.http.codecs.max-in-memory-size:1MB}") DataSize limit) {
        return new IdempotencyFilter(store, problems, (int) Math.min(Integer.MAX_VALUE, limit.toBytes()));
    }

    /** JSON request bodies are read with size limits on every text and list (M5); later than Boot's own codec setup. */
    @Bean
    @org.springframework.core.annotation.Order(100)
    public org.springframework.boot.web.codec.CodecCustomizer boundedJsonInput(ObjectMapper objectMapper,
            @Value("${sikerja.web.max-text-length:10000}") int maxText,
            @Value("${sikerja.web.max-list-size:1000}") int maxItems) {
        ObjectMapper bounded = objectMapper.copy().registerModule(new BoundedInput(maxText, maxItems));
        return configurer -> configurer.defaultCodecs().jackson2JsonDecoder(
                new org.springframework.http.codec.json.Jackson2JsonDecoder(bounded));
    }

    @Bean
    public WebFluxConfigurer callContextArgumentResolver() {
        return new WebFluxConfigurer() {
            @Override
            public void configureArgumentResolvers(ArgumentResolverConfigurer configurer) {
                configurer.addCustomResolver(new CallContextResolver());
            }
        };
    }
}
