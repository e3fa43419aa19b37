package id.sistemkerja.platform.web;

import id.sistemkerja.contracts.security.Claims;
import id.sistemkerja.contracts.security.Roles;
import id.sistemkerja.platform.security.Actor;
import id.sistemkerja.platform.security.CallContext;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.reactive.BindingContext;
import org.springframework.web.reactive.result.method.HandlerMethodArgumentResolver;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.util.HashSet;
import java.util.Set;

/** Resolves a controller parameter of type {@link CallContext} from the caller's JWT and the request headers. */
public class CallContextResolver implements HandlerMethodArgumentResolver {

    public static final String ACTOR_SUBJECT_ATTRIBUTE = CallContextResolver.class.getName() + ".subject";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CallContext.class.equals(parameter.getParameterType());
    }

    @Override
    public Mono<Object> resolveArgument(MethodParameter parameter, BindingContext bindingContext,
                                        ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .cast(JwtAuthenticationToken.class)
                .map(token -> {
                    Actor actor = actorOf(token);
                    exchange.getAttributes().put(ACTOR_SUBJECT_ATTRIBUTE, actor.subject());
                    return (Object) new CallContext(actor, CorrelationIdFilter.of(exchange),
                            IdempotencyFilter.keyOf(exchange));
                })
                .switchIfEmpty(Mono.error(() -> new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.UNAUTHORIZED, "A bearer token is required")));
    }

    /**
     * The actor of a validated token: subject, agency, unit and the roles its authorities grant. Never the system's
     * own actor, and never a reserved role, whatever the token says (C1).
     */
    public static Actor actorOf(JwtAuthenticationToken token) {
        Jwt jwt = token.getToken();
        Set<String> roles = new HashSet<>();
        for (GrantedAuthority authority : token.getAuthorities()) {
            String name = authority.getAuthority();
            if (name.startsWith("ROLE_")) {
                roles.add(name.substring(5));
            }
        }
        roles.removeAll(Roles.RESERVED);
        return new Actor(jwt.getSubject(), jwt.getClaimAsString(Claims.NAME), jwt.getClaimAsString(Claims.AGENCY),
                jwt.getClaimAsString(Claims.UNIT), roles, jwt.getClaimAsString("iss"), false);
    }
}
