package id.sistemkerja.platform.kafka;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a consumed integration event's payload against the JSON schema {@code contracts} publishes for its type and
 * version ({@code schemas/<type>.v<version>.schema.json}, H4): the subset of JSON Schema those files use (object
 * properties, required, types, items, enum, pattern, date and date-time formats). A payload that does not fit is
 * never applied. Absent and null values are the same (producers leave nulls out).
 */
public final class ContractSchemas {

    private final ObjectMapper objectMapper;
    private final Map<String, JsonNode> schemas = new ConcurrentHashMap<>();
    private final Map<String, Pattern> patterns = new ConcurrentHashMap<>();

    public ContractSchemas(ObjectMapper objectMapper) {
        this.objectMapper = objectMapper;
    }

    /** The problems of {@code payload} against the schema of {@code type} v{@code version}; empty when it fits. */
    public List<String> problems(String type, int version, JsonNode payload) {
        JsonNode schema = schema(type, version);
        List<String> problems = new ArrayList<>();
        if (schema == null) {
            problems.add("no contract schema for " + type + " v" + version);
            return problems;
        }
        check(schema, payload, "payload", problems);
        return problems;
    }

    private JsonNode schema(String type, int version) {
        if (!type.matches("[a-z]+\\.[A-Za-z0-9]+")) {
            return null;
        }
        String name = "schemas/" + type + ".v" + version + ".schema.json";
        return schemas.computeIfAbsent(name, key -> {
            try (InputStream in = ContractSchemas.class.getClassLoader().getResourceAsStream(key)) {
                return in == null ? objectMapper.nullNode() : objectMapper.readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException("Unreadable contract schema " + key, e);
            }
        }).isNull() ? null : schemas.get(name);
    }

    private void check(JsonNode schema, JsonNode value, String path, List<String> problems) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return;
        }
        String type = schema.path("type").asText("");
        switch (type) {
            case "object" -> {
                if (!value.isObject()) {
                    problems.add(path + " must be an object");
                    return;
                }
                for (JsonNode required : schema.path("required")) {
                    JsonNode present = value.get(required.asText());
                    if (present == null || present.isNull()) {
                        problems.add(path + "." + required.asText() + " is required");
                    }
                }
                JsonNode properties = schema.path("properties");
                JsonNode additional = schema.get("additionalProperties");
                for (Iterator<Map.Entry<String, JsonNode>> fields = value.fields(); fields.hasNext(); ) {
                    Map.Entry<String, JsonNode> field = fields.next();
                    JsonNode property = properties.get(field.getKey());
                    if (property != null) {
                        check(property, field.getValue(), path + "." + field.getKey(), problems);
                    } else if (additional != null && additional.isObject()) {
                        check(additional, field.getValue(), path + "." + field.getKey(), problems);
                    } else if (additional != null && additional.isBoolean() && !additional.asBoolean()) {
                        problems.add(path + "." + field.getKey() + " is not allowed");
                    }
                }
            }
            case "array" -> {
                if (!value.isArray()) {
                    problems.add(path + " must be an array");
                    return;
                }
                for (int i = 0; i < value.size(); i++) {
                    check(schema.path("items"), value.get(i), path + "[" + i + "]", problems);
                }
            }
            case "string" -> {
                if (!value.isTextual()) {
                    problems.add(path + " must be a string");
                    return;
                }
                String text = value.asText();
                if (schema.has("enum") && !contains(schema.get("enum"), text)) {
                    problems.add(path + " must be one of " + schema.get("enum"));
                }
                if (schema.has("pattern") && !pattern(schema.get("pattern").asText()).matcher(text).find()) {
                    problems.add(path + " does not match " + schema.get("pattern").asText());
                }
                if (schema.has("format") && !fitsFormat(schema.get("format").asText(), text)) {
                    problems.add(path + " is not a " + schema.get("format").asText());
                }
            }
            case "integer" -> {
                if (!value.isIntegralNumber()) {
                    problems.add(path + " must be an integer");
                }
            }
            case "number" -> {
                if (!value.isNumber()) {
                    problems.add(path + " must be a number");
                }
            }
            case "boolean" -> {
                if (!value.isBoolean()) {
                    problems.add(path + " must be true or false");
                }
            }
            default -> {
                // no type: anything goes
            }
        }
    }

    private Pattern pattern(String regex) {
        return patterns.computeIfAbsent(regex, Pattern::compile);
    }

    private static boolean contains(JsonNode values, String text) {
        for (JsonNode value : values) {
            if (value.asText().equals(text)) {
                return true;
            }
        }
        return false;
    }

    private static boolean fitsFormat(String format, String text) {
        try {
            switch (format) {
                case "date" -> LocalDate.parse(text);
                case "date-time" -> {
                    try {
                        Instant.parse(text);
                    } catch (RuntimeException notInstant) {
                        OffsetDateTime.parse(text);
                    }
                }
                default -> {
                    return true;
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
