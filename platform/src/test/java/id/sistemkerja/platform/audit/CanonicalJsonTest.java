package id.sistemkerja.platform.audit;

import id.sistemkerja.platform.audit.verify.CanonicalJson;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalJsonTest {

    @Test
    @DisplayName("AUD-02 canonical JSON sorts keys, drops insignificant whitespace and keeps array order")
    void sortsKeysAndDropsWhitespace() {
        assertThat(CanonicalJson.canonicalize("{ \"b\" : [3, 1, {\"z\":1, \"a\":2}],\n \"a\": null, \"A\": true }"))
                .isEqualTo("{\"A\":true,\"a\":null,\"b\":[3,1,{\"a\":2,\"z\":1}]}");
    }

    @Test
    @DisplayName("AUD-02 canonical JSON escapes only quote, backslash and control characters; other characters are UTF-8 as themselves")
    void strings() {
        assertThat(CanonicalJson.canonicalize("[\"\\u0041\\/\\\"\\\\\\n\\u0001 Kota Bekasi \\u00e9 \\ud83d\\ude00\"]"))
                .isEqualTo("[\"A/\\\"\\\\\\n\\u0001 Kota Bekasi é 😀\"]");
    }

    @Test
    @DisplayName("AUD-02 canonical JSON writes numbers in plain decimal notation, exactly")
    void numbers() {
        assertThat(CanonicalJson.canonicalize("[1, -0, 1.50, 1e3, 1.5E-3, 12345678901234567890123, -0.0]"))
                .isEqualTo("[1,0,1.50,1000,0.0015,12345678901234567890123,0.0]");
    }

    @Test
    @DisplayName("AUD-02 canonicalising canonical JSON gives the same text")
    void idempotent() {
        String once = CanonicalJson.canonicalize("{\"x\":[1.0E+2,\"\\t\"],\"a\":{\"c\":2,\"b\":1}}");
        assertThat(CanonicalJson.canonicalize(once)).isEqualTo(once);
    }

    @Test
    @DisplayName("AUD-02 duplicate keys and trailing text are refused (two readings of one entry must be impossible)")
    void refusesAmbiguousJson() {
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1,\"a\":2}"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CanonicalJson.canonicalize("{\"a\":1} {}"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
