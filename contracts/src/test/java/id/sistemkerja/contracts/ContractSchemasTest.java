package id.sistemkerja.contracts;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the public shape of every integration event: each {@link IntegrationEvent} record has a committed JSON schema
 * ({@code src/main/resources/schemas/<type>.v<version>.schema.json}) that must equal the schema derived from the
 * record. A change to a published record fails here; a new event or a deliberate new version is added with
 * {@code ./mvnw -pl contracts test -Dcontracts.write-schemas=true} and reviewed like any contract change.
 */
class ContractSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path SCHEMAS = Path.of("src/main/resources/schemas");

    @Test
    @DisplayName("every integration event's committed JSON schema matches its record")
    void schemasMatchRecords() throws Exception {
        boolean write = Boolean.getBoolean("contracts.write-schemas");
        List<String> mismatches = new ArrayList<>();
        List<Class<?>> events = integrationEvents();
        assertThat(events).as("integration events found").isNotEmpty();
        for (Class<?> event : events) {
            IntegrationEvent descriptor = event.getAnnotation(IntegrationEvent.class);
            assertThat(event.getPackageName()).as(event.getName() + " lives in its version package")
                    .endsWith(".v" + descriptor.version());
            Path file = SCHEMAS.resolve(descriptor.type() + ".v" + descriptor.version() + ".schema.json");
            String expected = JSON.writeValueAsString(schemaOf(event, descriptor)) + "\n";
            if (write) {
                Files.createDirectories(SCHEMAS);
                Files.writeString(file, expected);
            } else if (!Files.exists(file) || !Files.readString(file).equals(expected)) {
                mismatches.add(event.getName() + " -> " + file);
            }
        }
        assertThat(mismatches).as("schemas that differ from their records (regenerate with "
                + "-Dcontracts.write-schemas=true only for a deliberate, reviewed contract change)").isEmpty();
    }

    @Test
    @DisplayName("type names are unique and follow <service>.<EventName>")
    void typeNamesUnique() throws Exception {
        List<String> names = integrationEvents().stream()
                .map(c -> c.getAnnotation(IntegrationEvent.class))
                .map(d -> d.type() + "#" + d.version()).toList();
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).allMatch(n -> n.matches("[a-z]+\\.[A-Z][A-Za-z0-9]+#\\d+"));
    }

    static ObjectNode schemaOf(Class<?> event, IntegrationEvent descriptor) {
        ObjectNode schema = objectSchema(event);
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
        root.put("$id", "https://sistemkerja.id/contracts/" + descriptor.type() + ".v" + descriptor.version());
        root.put("title", descriptor.type());
        root.put("x-schema-version", descriptor.version());
        root.setAll(schema);
        return root;
    }

    private static ObjectNode objectSchema(Class<?> record) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        schema.put("type", "object");
        ObjectNode properties = schema.putObject("properties");
        for (RecordComponent component : record.getRecordComponents()) {
            properties.set(component.getName(), typeSchema(component.getGenericType()));
        }
        ArrayNode required = schema.putArray("required");
        for (RecordComponent component : record.getRecordComponents()) {
            if (component.getType().isPrimitive()) {
                required.add(component.getName());
            }
        }
        schema.put("additionalProperties", true);
        return schema;
    }

    private static ObjectNode typeSchema(Type type) {
        ObjectNode schema = JsonNodeFactory.instance.objectNode();
        if (type instanceof ParameterizedType parameterized) {
            Class<?> raw = (Class<?>) parameterized.getRawType();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                schema.set("items", typeSchema(parameterized.getActualTypeArguments()[0]));
                return schema;
            }
            if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                schema.set("additionalProperties", typeSchema(parameterized.getActualTypeArguments()[1]));
                return schema;
            }
            return typeSchema(raw);
        }
        Class<?> c = (Class<?>) type;
        if (c == String.class) {
            schema.put("type", "string");
        } else if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
            schema.put("type", "integer");
        } else if (c == double.class || c == Double.class || c == java.math.BigDecimal.class) {
            schema.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            schema.put("type", "boolean");
        } else if (c == LocalDate.class) {
            schema.put("type", "string").put("format", "date");
        } else if (c == Instant.class) {
            schema.put("type", "string").put("format", "date-time");
        } else if (c == YearMonth.class) {
            schema.put("type", "string").put("pattern", "^\\d{4}-\\d{2}$");
        } else if (c.isEnum()) {
            schema.put("type", "string");
            ArrayNode values = schema.putArray("enum");
            for (Object constant : c.getEnumConstants()) {
                values.add(((Enum<?>) constant).name());
            }
        } else if (c.isRecord()) {
            return objectSchema(c);
        } else {
            throw new IllegalStateException("No JSON schema mapping for " + c.getName()
                    + ": use records, enums, String, numbers, booleans, LocalDate, Instant, YearMonth, List, Map");
        }
        return schema;
    }

    static List<Class<?>> integrationEvents() throws IOException, URISyntaxException, ClassNotFoundException {
        URL root = ContractSchemasTest.class.getClassLoader().getResource("id/sistemkerja/contracts");
        Path base = Path.of(root.toURI()).getParent().getParent().getParent();
        List<Class<?>> events = new ArrayList<>();
        Path mainClasses = base.getParent().resolve("classes");
        Path scan = Files.exists(mainClasses.resolve("id/sistemkerja/contracts")) ? mainClasses : base;
        try (Stream<Path> files = Files.walk(scan.resolve("id/sistemkerja/contracts"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class") && !f.toString().contains("$")).toList()) {
                String name = scan.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name);
                if (type.isAnnotationPresent(IntegrationEvent.class)) {
                    events.add(type);
                }
            }
        }
        events.sort(java.util.Comparator.comparing(Class::getName));
        return events;
    }
}
