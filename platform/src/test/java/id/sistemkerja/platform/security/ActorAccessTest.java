package id.sistemkerja.platform.security;

import id.sistemkerja.platform.error.ProblemException;
import id.sistemkerja.platform.error.ProblemKind;
import id.sistemkerja.platform.web.CallContextResolver;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** C1: the system's own actor never comes from a token, and the agency and role checks fail closed. */
class ActorAccessTest {

    private static JwtAuthenticationToken token(String agency, String... roles) {
        Jwt.Builder jwt = Jwt.withTokenValue("t").header("alg", "RS256").subject("client")
                .issuer("sikerja-local").issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60))
                .claim("roles", List.of(roles));
        if (agency != null) {
            jwt.claim("agency", agency);
        }
        return new JwtAuthenticationToken(jwt.build(),
                java.util.Arrays.stream(roles).map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList());
    }

    @Test
    @DisplayName("C1 a JWT role SYSTEM never produces the system's actor, nor the role itself")
    void systemNeverFromToken() {
        Actor withAgency = CallContextResolver.actorOf(token("kota-bandung", "SYSTEM", "EMPLOYEE"));
        Actor withoutAgency = CallContextResolver.actorOf(token(null, "SYSTEM"));
        assertThat(withAgency.isSystem()).isFalse();
        assertThat(withAgency.hasRole("SYSTEM")).isFalse();
        assertThat(withAgency.roles()).containsExactly("EMPLOYEE");
        assertThat(withoutAgency.isSystem()).isFalse();
        assertThat(withoutAgency.roles()).isEmpty();
        assertThat(new Actor("x", null, "kota-bandung", null, Set.of("SYSTEM")).hasRole("SYSTEM")).isFalse();
        assertThat(Actor.system("kota-bandung").isSystem()).isTrue();
    }

    @Test
    @DisplayName("C1 a caller without agency passes no agency check, whatever its roles; the system acts for one agency only")
    void agencyCheckFailsClosed() {
        Actor auditorWithoutAgency = new Actor("bpk", null, null, null, Set.of("AUDITOR", "AGENCY_ADMIN"));
        assertThatThrownBy(() -> Access.requireAgency(auditorWithoutAgency, "kota-bandung"))
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.kind()).isEqualTo(ProblemKind.FORBIDDEN));
        assertThatThrownBy(() -> Access.requireAgencyRole(auditorWithoutAgency, "kota-bandung", "AGENCY_ADMIN"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Access.requireAgency(Actor.system("kota-bekasi"), "kota-bandung"))
                .isInstanceOf(ProblemException.class);
        assertThatThrownBy(() -> Actor.system(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("C1 no role stands in for the roles an act names: not even the system's actor")
    void noSuperRole() {
        assertThatThrownBy(() -> Access.requireAgencyRole(Actor.system("kota-bandung"), "kota-bandung",
                "STAFFING_AUTHORITY")).isInstanceOf(ProblemException.class);
        Access.requireAgencyRole(new Actor("ppk", null, "kota-bandung", null, Set.of("STAFFING_AUTHORITY")),
                "kota-bandung", "STAFFING_AUTHORITY");
    }

    @Test
    @DisplayName("L3 an agency refusal does not name the record's agency")
    void refusalNamesNoAgency() {
        assertThatThrownBy(() -> Access.requireAgency(new Actor("x", null, "kota-bekasi", null, Set.of("AGENCY_ADMIN")),
                "kota-bandung")).hasMessageNotContaining("kota-bandung");
    }

    @Test
    @DisplayName("M3 the caller scope of a key differs by agency and by issuer for the same subject")
    void callerScope() {
        Actor bandung = new Actor("client", null, "kota-bandung", null, Set.of("EMPLOYEE"), "https://idp-a", false);
        Actor bekasi = new Actor("client", null, "kota-bekasi", null, Set.of("EMPLOYEE"), "https://idp-a", false);
        Actor otherIssuer = new Actor("client", null, "kota-bandung", null, Set.of("EMPLOYEE"), "https://idp-b", false);
        assertThat(Set.of(bandung.callerScope(), bekasi.callerScope(), otherIssuer.callerScope())).hasSize(3);
    }
}
