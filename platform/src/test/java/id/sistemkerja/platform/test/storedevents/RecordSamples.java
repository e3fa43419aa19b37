package id.sistemkerja.platform.test.storedevents;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Deterministic samples of records for the stored-event golden files: every component non-null and, where the type
 * has one, not its default (strings non-empty, numbers non-zero, booleans {@code true}, one-element lists, sets and
 * maps, nested records filled the same way); an enum is its first constant, so that appending a value changes no
 * sample.
 * <p>
 * Each value is derived from the component's <em>name</em> (not its position), so reordering a record's components
 * changes neither the sample nor the stored JSON, while renaming one does. Types reflection cannot fill (interfaces,
 * {@code Object}, records whose constructor rejects the derived values) are given by hand with {@link #with}.
 */
public final class RecordSamples {

    private static final LocalDate BASE_DATE = LocalDate.of(2026, 1, 1);
    private static final Instant BASE_INSTANT = Instant.parse("2026-01-01T01:00:00Z");

    private final Map<Class<?>, Supplier<?>> byHand;

    private RecordSamples(Map<Class<?>, Supplier<?>> byHand) {
        this.byHand = byHand;
    }

    public static RecordSamples standard() {
        return new RecordSamples(Map.of());
    }

    /** These samples, with {@code type}'s sample written by hand (used wherever {@code type} occurs). */
    public <T> RecordSamples with(Class<T> type, Supplier<? extends T> sample) {
        Map<Class<?>, Supplier<?>> all = new LinkedHashMap<>(byHand);
        all.put(type, sample);
        return new RecordSamples(Map.copyOf(all));
    }

    public boolean writtenByHand(Class<?> type) {
        return byHand.containsKey(type);
    }

    /** A sample of {@code type}, the same on every run. */
    public <T> T sample(Class<T> type) {
        return type.cast(value(type, type.getSimpleName()));
    }

    private Object value(Type type, String name) {
        if (type instanceof WildcardType wildcard) {
            return value(wildcard.getUpperBounds()[0], name);
        }
        if (type instanceof ParameterizedType parameterized) {
            return parameterizedValue(parameterized, name);
        }
        if (!(type instanceof Class<?> c)) {
            throw cannot(type, name, "a type variable or generic array");
        }
        Supplier<?> handWritten = byHand.get(c);
        if (handWritten != null) {
            return handWritten.get();
        }
        int seed = seed(name);
        if (c == String.class) {
            return name + "-sample";
        }
        if (c == int.class || c == Integer.class) {
            return seed;
        }
        if (c == long.class || c == Long.class) {
            return 1_000L + seed;
        }
        if (c == short.class || c == Short.class) {
            return (short) seed;
        }
        if (c == byte.class || c == Byte.class) {
            return (byte) seed;
        }
        if (c == double.class || c == Double.class) {
            return seed + 0.25;
        }
        if (c == float.class || c == Float.class) {
            return seed + 0.5f;
        }
        if (c == boolean.class || c == Boolean.class) {
            return true;
        }
        if (c == char.class || c == Character.class) {
            return (char) ('a' + seed % 26);
        }
        if (c == BigDecimal.class) {
            return BigDecimal.valueOf(seed * 100L + 25, 2);
        }
        if (c == BigInteger.class) {
            return BigInteger.valueOf(seed);
        }
        if (c == LocalDate.class) {
            return BASE_DATE.plusDays(seed);
        }
        if (c == LocalDateTime.class) {
            return BASE_DATE.plusDays(seed).atTime(9, seed % 60);
        }
        if (c == LocalTime.class) {
            return LocalTime.of(9, seed % 60);
        }
        if (c == Instant.class) {
            return BASE_INSTANT.plusSeconds(seed * 3_600L);
        }
        if (c == OffsetDateTime.class) {
            return BASE_DATE.plusDays(seed).atTime(9, seed % 60).atOffset(ZoneOffset.ofHours(7));
        }
        if (c == Year.class) {
            return Year.of(2026);
        }
        if (c == YearMonth.class) {
            return YearMonth.of(2026, 1 + seed % 12);
        }
        if (c == Duration.class) {
            return Duration.ofMinutes(seed);
        }
        if (c == Period.class) {
            return Period.ofDays(seed);
        }
        if (c == UUID.class) {
            return UUID.nameUUIDFromBytes(name.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        if (c.isEnum()) {
            // The first constant, whatever the enum's size: adding a value is no change of a stored event's shape
            // (enum-values.json pins every value), so it must not change the sample — picking by name hash modulo
            // the number of constants did (an appended OrderOrigin.Kind.PROPOSAL failed AssignmentOrderIssuedEvent).
            return c.getEnumConstants()[0];
        }
        if (c.isArray()) {
            Object array = Array.newInstance(c.getComponentType(), 1);
            Array.set(array, 0, value(c.getComponentType(), name));
            return array;
        }
        if (c.isRecord()) {
            return record(c);
        }
        throw cannot(type, name, "neither a record nor a value type this builder knows");
    }

    private Object parameterizedValue(ParameterizedType type, String name) {
        Class<?> raw = (Class<?>) type.getRawType();
        Type[] arguments = type.getActualTypeArguments();
        if (raw == Optional.class) {
            return Optional.of(value(arguments[0], name));
        }
        if (SortedSet.class.isAssignableFrom(raw)) {
            return new TreeSet<>(Set.of(value(arguments[0], name)));
        }
        if (Set.class.isAssignableFrom(raw)) {
            return Set.of(value(arguments[0], name));
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return List.of(value(arguments[0], name));
        }
        if (Map.class.isAssignableFrom(raw)) {
            return Map.of(value(arguments[0], name + "Key"), value(arguments[1], name));
        }
        throw cannot(type, name, "a generic type other than List, Set, Map or Optional");
    }

    private Object record(Class<?> type) {
        RecordComponent[] components = type.getRecordComponents();
        Class<?>[] parameterTypes = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            parameterTypes[i] = components[i].getType();
            arguments[i] = value(components[i].getGenericType(), components[i].getName());
        }
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(parameterTypes);
            canonical.setAccessible(true);
            return canonical.newInstance(arguments);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("The record " + type.getName() + " rejects the derived sample values ("
                    + e.getCause() + "): write its sample by hand with RecordSamples.with(" + type.getSimpleName()
                    + ".class, ...)", e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot call the canonical constructor of " + type.getName(), e);
        }
    }

    /** 1 ... 97, stable across JVMs and runs ({@link String#hashCode()} is specified). */
    private static int seed(String name) {
        return 1 + Math.floorMod(name.hashCode(), 97);
    }

    private static IllegalStateException cannot(Type type, String name, String what) {
        return new IllegalStateException("Cannot derive a sample for '" + name + "' of type " + type.getTypeName()
                + " (" + what + "): write the sample of the record that holds it by hand with RecordSamples.with(...)");
    }
}
