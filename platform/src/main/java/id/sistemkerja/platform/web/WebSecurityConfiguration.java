package id.sistemkerja.platform.web;

import id.sistemkerja.contracts.security.Claims;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.error.ProblemKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;

import java.util.List;

/**
 * Every service is an OAuth2 resource server (defence in depth behind the gateway): a valid JWT is required for the
 * API; health, metrics and the OpenAPI documents are open. The key comes from
 * {@code spring.security.oauth2.resourceserver.jwt.public-key-location} (local run) or {@code issuer-uri} (production).
 * Roles come from the {@code roles} claim. Failures are problem+json like every other error.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
public class WebSecurityConfiguration {

    public static final String[] OPEN_PATHS = {"/actuator/health", "/actuator/health/**", "/actuator/info",
            "/actuator/prometheus", "/v3/api-docs", "/v3/api-docs/**", "/v3/api-docs.yaml", "/swagger-ui.html",
            "/swagger-ui/**", "/webjars/**"};

    @Bean
    public SecurityWebFilterChain apiSecurity(ServerHttpSecurity http, ProblemJsonWebExceptionHandler problems) {
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
                        .pathMatchers("/actuator/**", "/api/v1/operations/**").hasRole(Roles.OPERATOR)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied)
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(jwtAuthenticationConverter())))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(denied))
                .build();
    }

    static ReactiveJwtAuthenticationConverterAdapter jwtAuthenticationConverter() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(Claims.ROLES);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }
}
