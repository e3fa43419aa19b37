package id.sistemkerja.platform.test.storedevents;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventEntry;
import org.axonframework.eventsourcing.EventStreamUtils;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.serialization.Revision;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.axonframework.serialization.upcasting.event.EventUpcaster;
import org.axonframework.serialization.upcasting.event.InitialEventRepresentation;
import org.axonframework.serialization.upcasting.event.IntermediateEventRepresentation;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The golden files of a service's stored domain events and the checks on them.
 * <p>
 * One file per stored event type and revision, {@code <directory>/<SimpleName>.v<revision>.json}, holding what the
 * event table's columns hold for such an event: {@code payloadType}, {@code payloadRevision} and the {@code payload}
 * exactly as the service's Axon event serializer writes it. The file of the current revision must equal the
 * serialized sample and deserialize to it; the file of an older revision is a record already stored that must still
 * load, through the service's upcaster chain, without losing anything it holds, as the current event stated in
 * {@code <SimpleName>.v<revision>.upcast.json}.
 * <p>
 * With {@code -Dsikerja.golden.write=true} missing files are written (never an existing one), to be reviewed and
 * committed. See {@code docs/changing-a-stored-event.md}.
 */
public final class StoredEventGoldenFiles {

    /** System property: write missing golden files instead of failing on them. Never overwrites. */
    public static final String WRITE_PROPERTY = "sikerja.golden.write";
    /** Where a module keeps its golden files, relative to the module (the test JVM's working directory). */
    public static final Path MODULE_DIRECTORY = Path.of("src", "test", "resources", "events");

    private static final ObjectMapper FILES = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Pattern FILE_NAME = Pattern.compile("(?<name>[A-Za-z0-9_$]+)\\.v(?<revision>[^.]+)\\.json");
    private static final String UPCAST_SUFFIX = ".upcast.json";
    /** The JSON values of every enum a stored event holds: records may hold any of them. */
    public static final String ENUM_VALUES_FILE = "enum-values.json";

    private final Path directory;
    private final Serializer serializer;
    private final EventUpcaster upcasterChain;
    private final boolean write;

    public StoredEventGoldenFiles(Path directory, Serializer serializer, EventUpcaster upcasterChain, boolean write) {
        this.directory = directory;
        this.serializer = serializer;
        this.upcasterChain = upcasterChain;
        this.write = write;
    }

    /** The module's golden files, the service's event serializer and upcaster chain, write mode from the property. */
    public static StoredEventGoldenFiles ofModule(Serializer serializer, EventUpcaster upcasterChain) {
        return new StoredEventGoldenFiles(MODULE_DIRECTORY, serializer, upcasterChain,
                Boolean.getBoolean(WRITE_PROPERTY));
    }

    /** The revision a stored event type is written with today ({@code @Revision}; null without one). */
    public static String currentRevision(Class<?> type) {
        Revision revision = type.getAnnotation(Revision.class);
        return revision == null ? null : revision.value();
    }

    public static String fileName(Class<?> type, String revision) {
        return type.getSimpleName() + ".v" + revision + ".json";
    }

    /**
     * (a) The golden file of {@code type}'s current revision exists (written in write mode), (b) the serialized
     * {@code sample} equals it, (c) it deserializes, as the event store reads it, to an event equal to {@code sample}.
     */
    public void assertPinned(Class<?> type, Object sample) {
        String revision = currentRevision(type);
        Path file = directory.resolve(fileName(type, revision));
        SerializedObject<String> serialized = serializer.serialize(sample, String.class);
        SerializedType storedType = serialized.getType();
        if (!Files.exists(file)) {
            if (!write) {
                throw new AssertionFailedError("No golden file for the stored event " + type.getSimpleName()
                        + " revision " + revision + " (" + file + ").\n" + HOW_TO_WRITE + "\n" + HOW_TO_CHANGE);
            }
            writeGolden(file, storedType, tree(serialized.getData()));
        }
        GoldenFile golden = read(file);
        if (!golden.payloadType().equals(storedType.getName())
                || !Objects.equals(golden.payloadRevision(), storedType.getRevision())) {
            throw new AssertionFailedError(file.getFileName() + " pins the stored type " + golden.payloadType()
                    + " revision " + golden.payloadRevision() + ", but the event is now stored as "
                    + storedType.getName() + " revision " + storedType.getRevision() + ".\nRecords already stored name "
                    + "the old type: a moved or renamed event class needs an upcaster that changes the payload type "
                    + "(or keep the class where it was).\n" + HOW_TO_CHANGE);
        }
        List<String> differences = differences("payload", golden.payload(), tree(serialized.getData()));
        if (!differences.isEmpty()) {
            throw new AssertionFailedError("The stored event " + type.getSimpleName() + " revision " + revision
                    + " no longer serializes as its golden file " + file.getFileName() + ":\n  "
                    + String.join("\n  ", differences) + "\n" + HOW_TO_CHANGE);
        }
        Object read = readAsStored(golden, file);
        if (!sample.equals(read)) {
            throw new AssertionFailedError("The golden file " + file.getFileName() + " does not deserialize to the "
                    + "event it was written from: a stored field the record cannot read back (a component without a "
                    + "matching JSON property, a computed getter, a lossy type?).", sample, read);
        }
    }

    /**
     * The golden files of revisions that are no longer current: every file except the current revision's file of a
     * type in {@code currentTypes} and the {@code .upcast.json} expectations.
     */
    public List<Path> olderRevisionFiles(Collection<Class<?>> currentTypes) {
        Set<String> current = currentTypes.stream().map(t -> fileName(t, currentRevision(t)))
                .collect(Collectors.toSet());
        return files().stream()
                .filter(f -> FILE_NAME.matcher(f.getFileName().toString()).matches())
                .filter(f -> !f.getFileName().toString().endsWith(UPCAST_SUFFIX))
                .filter(f -> !current.contains(f.getFileName().toString()))
                .toList();
    }

    /**
     * A record of an older revision, as stored, loads through the upcaster chain as a current stored event that keeps
     * every value the (upcast) record holds and equals the one its {@code .upcast.json} states (old JSON in, current
     * event out).
     */
    public void assertUpcastsToCurrent(Path oldFile) {
        Matcher name = FILE_NAME.matcher(oldFile.getFileName().toString());
        if (!name.matches()) {
            throw new AssertionFailedError(oldFile + " is not a golden file name (<SimpleName>.v<revision>.json)");
        }
        GoldenFile old = read(oldFile);
        if (!String.valueOf(old.payloadRevision()).equals(name.group("revision"))) {
            throw new AssertionFailedError(oldFile.getFileName() + " holds revision " + old.payloadRevision());
        }
        Object current;
        try {
            current = readAsStored(old, oldFile);
        } catch (RuntimeException e) {
            throw new AssertionFailedError("The stored record " + oldFile.getFileName() + " (type " + old.payloadType()
                    + " revision " + old.payloadRevision() + ") no longer loads: " + e + "\nA record already stored "
                    + "must load for ever: keep its class, or add an upcaster that turns it into a current event.\n"
                    + HOW_TO_CHANGE, e);
        }
        Class<?> currentType = current.getClass();
        String currentRevision = currentRevision(currentType);
        if (currentRevision == null || (currentRevision.equals(old.payloadRevision())
                && currentType.getName().equals(old.payloadType()))) {
            throw new AssertionFailedError(oldFile.getFileName() + " loads as " + currentType.getName()
                    + " revision " + currentRevision + ", which is not a stored event type of a newer revision");
        }
        List<String> lost = lostOnRead("payload", upcastJson(old, oldFile), tree(serializer.serialize(current,
                String.class).getData()));
        if (!lost.isEmpty()) {
            throw new AssertionFailedError("Reading the stored record " + oldFile.getFileName() + " as the current "
                    + currentType.getSimpleName() + " loses what it holds:\n  " + String.join("\n  ", lost)
                    + "\nA renamed, moved or retyped field needs an upcaster that carries the old value over ("
                    + currentType.getSimpleName() + old.payloadRevision() + "_to_" + currentRevision + "Upcaster).\n"
                    + HOW_TO_CHANGE);
        }
        Path expectationFile = oldFile.resolveSibling(name.group("name") + ".v" + name.group("revision")
                + UPCAST_SUFFIX);
        SerializedObject<String> serialized = serializer.serialize(current, String.class);
        if (!Files.exists(expectationFile)) {
            if (!write) {
                throw new AssertionFailedError("No expectation " + expectationFile.getFileName() + " for the older "
                        + "record " + oldFile.getFileName() + ": write the current event it must become (" +
                        currentType.getSimpleName() + " revision " + currentRevision + "), or generate it with -D"
                        + WRITE_PROPERTY + "=true and review every field an old record did not have.");
            }
            writeGolden(expectationFile, serialized.getType(), tree(serialized.getData()));
        }
        GoldenFile expectation = read(expectationFile);
        if (!expectation.payloadType().equals(currentType.getName())
                || !expectation.payloadRevision().equals(currentRevision)) {
            throw new AssertionFailedError(expectationFile.getFileName() + " states a " + expectation.payloadType()
                    + " revision " + expectation.payloadRevision() + ", but " + oldFile.getFileName() + " now loads as "
                    + currentType.getName() + " revision " + currentRevision + ". The event changed again: delete "
                    + expectationFile.getFileName() + " and write what the old record becomes now (-D"
                    + WRITE_PROPERTY + "=true writes it from the upcaster chain; review it).");
        }
        Object expected = serializer.deserialize(new SimpleSerializedObject<>(json(expectation.payload()),
                String.class, expectation.payloadType(), expectation.payloadRevision()));
        List<String> differences = differences("payload", expectation.payload(), tree(serialized.getData()));
        if (!differences.isEmpty() || !expected.equals(current)) {
            throw new AssertionFailedError("The stored record " + oldFile.getFileName() + " upcasts to a "
                    + currentType.getSimpleName() + " other than " + expectationFile.getFileName() + " states:\n  "
                    + String.join("\n  ", differences) + "\nCheck the upcaster chain ("
                    + currentType.getSimpleName() + "<from>_to_<to>Upcaster beans).", expected, current);
        }
    }

    /**
     * Every value of every enum the stored events hold (in nested records, lists and map keys too) is listed in
     * {@value #ENUM_VALUES_FILE} as the serializer writes it, and every listed value still exists: a stored record may
     * hold any listed value, so renaming or removing one breaks its replay even when no golden file shows it. A new
     * value is appended to the file (by hand, or by write mode, which never removes one).
     */
    public void assertEnumValuesPinned(Collection<Class<?>> eventTypes) {
        Map<String, List<String>> current = enumValues(eventTypes);
        Path file = directory.resolve(ENUM_VALUES_FILE);
        Map<String, List<String>> listed = readEnumValues(file);
        List<String> removed = new ArrayList<>();
        List<String> added = new ArrayList<>();
        listed.forEach((type, values) -> {
            List<String> now = current.get(type);
            if (now == null) {
                removed.add(type + ": listed, but no stored event holds this enum any more (renamed or moved? "
                        + "rename the key; an enum a stored record holds must stay readable)");
            } else {
                values.stream().filter(v -> !now.contains(v)).forEach(v -> removed.add(type + " " + v
                        + ": stored records may hold it, the enum no longer has it (renamed or removed?)"));
            }
        });
        current.forEach((type, values) -> values.stream()
                .filter(v -> !listed.getOrDefault(type, List.of()).contains(v))
                .forEach(v -> added.add(type + " " + v)));
        if (!removed.isEmpty()) {
            throw new AssertionFailedError("Enum values stored events may hold are gone:\n  " + String.join("\n  ",
                    removed) + "\nNever rename or remove an enum value a stored event holds: keep it (deprecated), "
                    + "or add an upcaster that maps it in every stored event type holding it.\n" + HOW_TO_CHANGE);
        }
        if (!added.isEmpty()) {
            if (!write) {
                throw new AssertionFailedError("Enum values stored events may now hold are not listed in " + file
                        + ":\n  " + String.join("\n  ", added) + "\nAppend them (adding a value is safe for records "
                        + "already stored), by hand or with -D" + WRITE_PROPERTY + "=true.");
            }
            Map<String, List<String>> merged = new TreeMap<>();
            listed.forEach((type, values) -> merged.put(type, new ArrayList<>(values)));
            current.forEach((type, values) -> values.forEach(v -> {
                List<String> into = merged.computeIfAbsent(type, t -> new ArrayList<>());
                if (!into.contains(v)) {
                    into.add(v);
                }
            }));
            try {
                Files.createDirectories(directory);
                Files.writeString(file, FILES.writeValueAsString(merged) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + file, e);
            }
        }
    }

    /** Enum type name → the JSON value of each constant, as the event serializer writes it. */
    private Map<String, List<String>> enumValues(Collection<Class<?>> eventTypes) {
        Set<Class<?>> enums = new LinkedHashSet<>();
        Set<Type> seen = new HashSet<>();
        eventTypes.forEach(t -> collectEnums(t, enums, seen));
        ObjectMapper mapper = serializer instanceof JacksonSerializer jackson ? jackson.getObjectMapper() : FILES;
        Map<String, List<String>> values = new TreeMap<>();
        for (Class<?> type : enums) {
            List<String> jsonValues = new ArrayList<>();
            for (Object constant : type.getEnumConstants()) {
                jsonValues.add(mapper.valueToTree(constant).asText());
            }
            values.put(type.getName(), jsonValues);
        }
        return values;
    }

    private static void collectEnums(Type type, Set<Class<?>> enums,
                                     Set<Type> seen) {
        if (!seen.add(type)) {
            return;
        }
        if (type instanceof ParameterizedType parameterized) {
            for (Type argument : parameterized.getActualTypeArguments()) {
                collectEnums(argument, enums, seen);
            }
        } else if (type instanceof WildcardType wildcard) {
            for (Type bound : wildcard.getUpperBounds()) {
                collectEnums(bound, enums, seen);
            }
        } else if (type instanceof Class<?> c) {
            if (c.isArray()) {
                collectEnums(c.getComponentType(), enums, seen);
            } else if (c.isEnum()) {
                enums.add(c);
            } else if (c.isRecord()) {
                for (RecordComponent component : c.getRecordComponents()) {
                    collectEnums(component.getGenericType(), enums, seen);
                }
            }
        }
    }

    private static Map<String, List<String>> readEnumValues(Path file) {
        if (!Files.exists(file)) {
            return Map.of();
        }
        try {
            return FILES.readValue(file.toFile(),
                    new TypeReference<TreeMap<String, List<String>>>() {
                    });
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    /** Reads a stored record the way the event store does: the upcaster chain, then the event serializer. */
    private Object readAsStored(GoldenFile golden, Path file) {
        DomainEventStream stream = EventStreamUtils.upcastAndDeserializeDomainEvents(Stream.of(entry(golden, file)),
                serializer, upcasterChain);
        if (!stream.hasNext()) {
            throw new IllegalStateException("the upcaster chain dropped it");
        }
        DomainEventMessage<?> message = stream.next();
        if (stream.hasNext()) {
            throw new IllegalStateException("the upcaster chain split it into several events; this harness checks "
                    + "one event per record");
        }
        return message.getPayload();
    }

    /** The stored record's payload as the upcaster chain hands it to the serializer. */
    private JsonNode upcastJson(GoldenFile golden, Path file) {
        List<IntermediateEventRepresentation> upcast = upcasterChain.upcast(Stream.of(
                new InitialEventRepresentation(entry(golden, file), serializer))).toList();
        if (upcast.size() != 1) {
            throw new IllegalStateException("the upcaster chain made " + upcast.size() + " events of " + file);
        }
        return tree(upcast.get(0).getData(String.class).getData());
    }

    /**
     * What {@code read} (the event as read, written again) no longer holds of {@code stored} (the upcast record):
     * fields gone, values changed. Fields only {@code read} has (new, nullable or defaulted) are fine.
     */
    static List<String> lostOnRead(String path, JsonNode stored, JsonNode read) {
        List<String> lost = new ArrayList<>();
        if (stored.isObject() && read.isObject()) {
            stored.fieldNames().forEachRemaining(field -> {
                String at = path + "." + field;
                if (stored.get(field).isNull()) {
                    return;
                }
                if (!read.has(field)) {
                    lost.add(at + ": the stored record holds it, the current event drops it when reading");
                } else {
                    lost.addAll(lostOnRead(at, stored.get(field), read.get(field)));
                }
            });
        } else if (stored.isArray() && read.isArray() && stored.size() == read.size()) {
            for (int i = 0; i < stored.size(); i++) {
                lost.addAll(lostOnRead(path + "[" + i + "]", stored.get(i), read.get(i)));
            }
        } else if (!stored.equals(read)) {
            lost.add(path + ": stored " + stored + ", read as " + read);
        }
        return lost;
    }

    private static GenericDomainEventEntry<String> entry(GoldenFile golden, Path file) {
        return new GenericDomainEventEntry<>("GoldenFile", file.getFileName().toString(), 0L,
                "golden-" + file.getFileName(), "2026-01-01T00:00:00Z", golden.payloadType(), golden.payloadRevision(),
                json(golden.payload()), "{}");
    }

    private List<Path> files() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record GoldenFile(String payloadType, String payloadRevision, JsonNode payload) {
    }

    private static GoldenFile read(Path file) {
        try {
            JsonNode root = FILES.readTree(file.toFile());
            JsonNode payloadType = root.get("payloadType");
            JsonNode payload = root.get("payload");
            if (payloadType == null || payload == null) {
                throw new AssertionFailedError(file + " needs \"payloadType\", \"payloadRevision\" and \"payload\"");
            }
            JsonNode revision = root.get("payloadRevision");
            return new GoldenFile(payloadType.asText(), revision == null || revision.isNull() ? null
                    : revision.asText(), payload);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the golden file " + file, e);
        }
    }

    private static void writeGolden(Path file, SerializedType type, JsonNode payload) {
        if (Files.exists(file)) {
            throw new IllegalStateException("Golden files are never overwritten: " + file);
        }
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        root.put("payloadType", type.getName());
        root.put("payloadRevision", type.getRevision());
        root.set("payload", payload);
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, FILES.writeValueAsString(root) + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the golden file " + file, e);
        }
    }

    private static JsonNode tree(String json) {
        try {
            return FILES.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The serializer wrote invalid JSON: " + json, e);
        }
    }

    private static String json(JsonNode node) {
        try {
            return new ObjectMapper().writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Where {@code actual} differs from {@code expected}, one line per path. */
    static List<String> differences(String path, JsonNode expected, JsonNode actual) {
        List<String> found = new ArrayList<>();
        if (expected.isObject() && actual.isObject()) {
            Set<String> names = new TreeSet<>();
            expected.fieldNames().forEachRemaining(names::add);
            actual.fieldNames().forEachRemaining(names::add);
            for (String field : names) {
                String at = path + "." + field;
                if (!actual.has(field)) {
                    found.add(at + ": stored records have it, the event no longer writes it (renamed or removed?)");
                } else if (!expected.has(field)) {
                    found.add(at + ": written now, stored records do not have it (added?)");
                } else {
                    found.addAll(differences(at, expected.get(field), actual.get(field)));
                }
            }
        } else if (expected.isArray() && actual.isArray() && expected.size() == actual.size()) {
            Iterator<JsonNode> e = expected.elements();
            Iterator<JsonNode> a = actual.elements();
            for (int i = 0; e.hasNext(); i++) {
                found.addAll(differences(path + "[" + i + "]", e.next(), a.next()));
            }
        } else if (!expected.equals(actual)) {
            found.add(path + ": stored " + expected + ", written now " + actual);
        }
        return found;
    }

    private static final String HOW_TO_WRITE = "A new stored event type: write its golden file with "
            + "-D" + WRITE_PROPERTY + "=true (writes missing files only, never overwrites), e.g. ./mvnw -B -o -pl "
            + "<module> -am test -Dtest=StoredEventsTest -Dsurefire.failIfNoSpecifiedTests=false -D" + WRITE_PROPERTY
            + "=true, then review and commit it.";

    private static final String HOW_TO_CHANGE = "Stored events are records for years and are replayed as written. "
            + "To change an event's shape: (1) never rename or remove a field: add a new one that is nullable or "
            + "defaulted; (2) bump the class's @Revision; (3) keep the old golden file as it is (it is the shape of "
            + "the records already stored); (4) where old JSON cannot be read as the new event, add an upcaster "
            + "<Event><from>_to_<to>Upcaster (Axon SingleEventUpcaster, a Spring bean of the service); (5) write the "
            + "new file and the old file's .upcast.json with -D" + WRITE_PROPERTY + "=true and review them. "
            + "See docs/changing-a-stored-event.md.";
}
