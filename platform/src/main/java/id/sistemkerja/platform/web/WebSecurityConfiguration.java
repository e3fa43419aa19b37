package id.sistemkerja.platform.web;

import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.security.DeploymentOperator;
import id.sistemkerja.security.RoleAuthorities;
import id.sistemkerja.security.TokenValidationConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

import java.util.List;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): a valid JWT is required for the
 * API; health (status only, details for operators), the Prometheus scrape and the OpenAPI documents are open. What a
 * valid token is ({@code security} module, {@link TokenValidationConfiguration}) is the same as on the gateway.
 * Roles come from the {@code roles} claim. Operations and the rest of the actuator are for deployment operators
 * ({@link DeploymentOperator}). Failures are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@Import(TokenValidationConfiguration.class)
public class WebSecurityConfiguration {

    public static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**", "/webjars/**"};

    @Bean
    public SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemJsonWebExceptionHandler problems,
                                              ReactiveJwtDecoder decoder) {
        ServerAuthenticationEntryPoint unauthenticated = (exchange, e) -> problems.write(exchange,
                Problems.ofStatus(HttpStatus.UNAUTHORIZED, "unauthenticated",
                        "A valid bearer token is required (" + e.getMessage() + ")",
                        exchange.getRequest().getPath().value(), CorrelationIdFilter.of(exchange)));
        ServerAccessDeniedHandler denied = (exchange, e) -> problems.write(exchange,
                Problems.of(ProblemKind.FORBIDDEN, "Your roles do not allow this request",
                        List.of(), exchange.getRequest().getPath().value(), CorrelationIdFilter.of(exchange)));
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_PATHS).permitAll()
                        .pathMatchers("/actuator/**", "/api/v1/operations/**").access(DeploymentOperator.INSTANCE)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied)
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(RoleAuthorities.converter())))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }
}
