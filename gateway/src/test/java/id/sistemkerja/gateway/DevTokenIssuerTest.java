package id.sistemkerja.gateway;

import id.sistemkerja.security.TokenProperties;
import id.sistemkerja.security.TokenValidationConfiguration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.core.io.FileSystemResource;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.web.server.ResponseStatusException;

import java.net.InetSocketAddress;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** H3: the development issuer answers only this machine and never runs next to a real identity provider. */
class DevTokenIssuerTest {

    private static DevTokenIssuer issuer() throws Exception {
        return new DevTokenIssuer(new FileSystemResource(TestKeys.PRIVATE), new TokenProperties(),
                new TokenValidationConfiguration.TrustedIssuers(List.of(
                        new TokenProperties.TrustedIssuer("sikerja-local", null, null, "file:" + TestKeys.PUBLIC))));
    }

    private static DevTokenIssuer.DevTokenRequest request() {
        return new DevTokenIssuer.DevTokenRequest("199001202015031003", "kota-bandung", List.of("EMPLOYEE"), null,
                null, 60);
    }

    @Test
    @DisplayName("H3 a caller from another host (LAN) gets 403 from the development issuer; loopback gets a token")
    void lanCallerRefused() throws Exception {
        DevTokenIssuer issuer = issuer();
        assertThatThrownBy(() -> issuer.issue(request(), MockServerHttpRequest.post("/auth/dev-token")
                .remoteAddress(new InetSocketAddress("192.168.1.20", 50123)).build()))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode().value()).isEqualTo(403));
        assertThat(issuer.issue(request(), MockServerHttpRequest.post("/auth/dev-token")
                .remoteAddress(new InetSocketAddress("127.0.0.1", 50123)).build()).token()).isNotBlank();
    }

    @Test
    @DisplayName("H3 the gateway does not start the development issuer when a real issuer is trusted")
    void notNextToRealIssuer() {
        assertThatThrownBy(() -> new DevTokenIssuer(new FileSystemResource(TestKeys.PRIVATE), new TokenProperties(),
                new TokenValidationConfiguration.TrustedIssuers(List.of(new TokenProperties.TrustedIssuer(
                        "https://sso.bandung.go.id/realms/pemkot", null, null, null)))))
                .hasMessageContaining("must not run next to a real identity provider");
        assertThatThrownBy(() -> new SpringApplicationBuilder(GatewayApplication.class).profiles("local")
                .properties("server.port=0", "sikerja.dev-issuer.private-key-location=file:" + TestKeys.PRIVATE,
                        "spring.security.oauth2.resourceserver.jwt.public-key-location=file:" + TestKeys.PUBLIC,
                        "spring.security.oauth2.resourceserver.jwt.issuer-uri=https://sso.example.go.id/realms/pemda")
                .run().close())
                .hasStackTraceContaining("must not run next to a real identity provider");
    }
}
