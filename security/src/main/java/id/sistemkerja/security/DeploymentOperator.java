package id.sistemkerja.security;

import id.sistemkerja.contracts.security.Claims;
import id.sistemkerja.contracts.security.Roles;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import reactor.core.publisher.Mono;

/**
 * Operations (projection replays, checkpoints, actuator beyond health) act on every agency's data at once, so they
 * are for the deployment's operators only: role {@code OPERATOR} on a token that acts for no agency (L1, L8). An
 * agency's token with {@code OPERATOR} is refused.
 */
public final class DeploymentOperator implements ReactiveAuthorizationManager<AuthorizationContext> {

    public static final DeploymentOperator INSTANCE = new DeploymentOperator();

    private DeploymentOperator() {
    }

    public static boolean is(Authentication authentication) {
        return authentication instanceof JwtAuthenticationToken token
                && token.getAuthorities().stream().anyMatch(a -> ("ROLE_" + Roles.OPERATOR).equals(a.getAuthority()))
                && token.getToken().getClaimAsString(Claims.AGENCY) == null;
    }

    @Override
    public Mono<AuthorizationDecision> check(Mono<Authentication> authentication, AuthorizationContext context) {
        return authentication.map(a -> new AuthorizationDecision(is(a))).defaultIfEmpty(new AuthorizationDecision(false));
    }
}
