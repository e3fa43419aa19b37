package id.sistemkerja.platform.audit.verify;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The ledger's canonical JSON (docs/audit.md, "Canonical JSON"): the one byte string a JSON value is hashed as.
 * <ul>
 *     <li>UTF-8, no byte order mark, no whitespace outside strings;</li>
 *     <li>object members sorted by key, compared as UTF-16 code units ({@link String#compareTo}); duplicate keys are
 *     refused;</li>
 *     <li>strings: {@code "} and {@code \} escaped with a backslash, the control characters U+0000..U+001F as
 *     {@code \b \t \n \f \r} or <code>&#92;u00xx</code> (lower-case hex), every other character written as itself;</li>
 *     <li>numbers: integers as decimal digits with an optional {@code -}; numbers with a fraction or exponent in plain
 *     decimal notation without exponent, keeping the scale they were written with ({@code 1.50} stays {@code 1.50},
 *     {@code 1e3} becomes {@code 1000}); {@code -0} becomes {@code 0};</li>
 *     <li>{@code true}, {@code false}, {@code null} as such; arrays keep their order.</li>
 * </ul>
 * Canonicalising canonical JSON returns the same bytes (the verifier relies on it). Pure JDK + Jackson.
 */
public final class CanonicalJson {

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build())
            .nodeFactory(JsonNodeFactory.withExactBigDecimals(true))
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.USE_BIG_INTEGER_FOR_INTS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private CanonicalJson() {
    }

    /** Parses JSON text strictly (duplicate keys and trailing tokens refused, numbers exact). */
    public static JsonNode parse(String json) {
        try {
            return STRICT.readTree(json);
        } catch (IOException e) {
            throw new IllegalArgumentException("Not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A parser with the same strictness, for callers that need token locations. */
    public static JsonParser parser(String json) throws IOException {
        return STRICT.createParser(json);
    }

    /** The canonical text of {@code json}. */
    public static String canonicalize(String json) {
        return write(parse(json));
    }

    /** The canonical text of a tree. */
    public static String write(JsonNode node) {
        StringBuilder out = new StringBuilder(256);
        write(node, out);
        return out.toString();
    }

    /** The canonical bytes (UTF-8) of a tree. */
    public static byte[] bytes(JsonNode node) {
        return write(node).getBytes(StandardCharsets.UTF_8);
    }

    private static void write(JsonNode node, StringBuilder out) {
        switch (node.getNodeType()) {
            case OBJECT -> {
                List<Map.Entry<String, JsonNode>> members = new ArrayList<>(node.size());
                for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                    members.add(it.next());
                }
                members.sort(Map.Entry.comparingByKey());
                out.append('{');
                for (int i = 0; i < members.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    string(members.get(i).getKey(), out);
                    out.append(':');
                    write(members.get(i).getValue(), out);
                }
                out.append('}');
            }
            case ARRAY -> {
                out.append('[');
                for (int i = 0; i < node.size(); i++) {
                    if (i > 0) {
                        out.append(',');
                    }
                    write(node.get(i), out);
                }
                out.append(']');
            }
            case STRING -> string(node.textValue(), out);
            case NUMBER -> number(node, out);
            case BOOLEAN -> out.append(node.booleanValue() ? "true" : "false");
            case NULL, MISSING -> out.append("null");
            default -> throw new IllegalArgumentException("Not a JSON value: " + node.getNodeType());
        }
    }

    private static void number(JsonNode node, StringBuilder out) {
        if (node.isIntegralNumber()) {
            out.append(node.bigIntegerValue().toString());
            return;
        }
        BigDecimal value = node.decimalValue();
        if (value.signum() == 0) {
            value = value.abs();
        }
        out.append(value.scale() < 0 ? value.setScale(0).toPlainString() : value.toPlainString());
    }

    private static void string(String value, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\f' -> out.append("\\f");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
