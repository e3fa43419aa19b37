package id.sistemkerja.gateway;

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

/**
 * The gateway validates every API call's JWT before routing it (the services validate it again, with the same rules
 * from the {@code security} module). Open: health (status only), the Prometheus scrape, OpenAPI documents and UI, and
 * the development token issuer (which exists only under the {@code local} profile). The rest of the actuator is for
 * deployment operators (L1).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@Import(TokenValidationConfiguration.class)
class SecurityConfiguration {

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder) {
        return http
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/auth/dev-token", "/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                                "/webjars/**", "/openapi/*", "/").permitAll()
                        .pathMatchers("/actuator/**").access(DeploymentOperator.INSTANCE)
                        .anyExchange().authenticated())
                .oauth2ResourceServer(oauth -> oauth
                        .authenticationEntryPoint((exchange, e) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "A valid bearer token is required (" + e.getMessage() + ")"))
                        .accessDeniedHandler((exchange, e) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Your roles do not allow this request"))
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(RoleAuthorities.converter())))
                .exceptionHandling(handling -> handling
                        .authenticationEntryPoint((exchange, e) -> Problems.write(exchange, HttpStatus.UNAUTHORIZED,
                                "unauthenticated", "A valid bearer token is required"))
                        .accessDeniedHandler((exchange, e) -> Problems.write(exchange, HttpStatus.FORBIDDEN,
                                "forbidden", "Your roles do not allow this request")))
                .build();
    }
}
