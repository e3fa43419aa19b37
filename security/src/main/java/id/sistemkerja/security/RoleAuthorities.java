package id.sistemkerja.security;

import id.sistemkerja.contracts.security.Roles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Authorities of a validated token: {@code ROLE_<role>} per entry of its {@code roles} claim, never a reserved role. */
public final class RoleAuthorities {

    private RoleAuthorities() {
    }

    public static ReactiveJwtAuthenticationConverterAdapter converter() {
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(RoleAuthorities::authorities);
        return new ReactiveJwtAuthenticationConverterAdapter(converter);
    }

    static Collection<GrantedAuthority> authorities(Jwt jwt) {
        List<String> roles = TokenClaimsValidator.roles(jwt);
        List<GrantedAuthority> authorities = new ArrayList<>();
        if (roles != null) {
            roles.stream().filter(r -> !Roles.RESERVED.contains(r))
                    .forEach(r -> authorities.add(new SimpleGrantedAuthority("ROLE_" + r)));
        }
        return authorities;
    }
}
