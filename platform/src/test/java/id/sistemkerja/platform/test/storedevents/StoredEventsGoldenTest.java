package id.sistemkerja.platform.test.storedevents;

import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pins the stored JSON of every domain event a service writes to its event store, with the service's own Axon event
 * serializer and upcaster chain (beans of its Spring context, passed to each test method). A service runs it with a
 * test class in its root package that has the same Spring test configuration as its other service tests, so the
 * context is shared — a test interface, so that class may extend the service's own test base:
 *
 * <pre>
 * &#64;SiKerjaServiceTest
 * class StoredEventsTest implements StoredEventsGoldenTest {
 * }
 * </pre>
 *
 * Golden files live in the module's {@code src/test/resources/events/}; see {@link StoredEventGoldenFiles} and
 * {@code docs/changing-a-stored-event.md}. Records (AUD-01) are replayed for years (AUD-02): a change of any stored
 * event's shape fails here until it is made the safe way.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public interface StoredEventsGoldenTest {

    /** The package whose classes (and sub-packages) are scanned; the test class's package by default. */
    default String rootPackage() {
        return getClass().getPackageName();
    }

    /** How samples are built; override to write a sample by hand where reflection cannot. */
    default RecordSamples samples() {
        return RecordSamples.standard();
    }

    default StoredEventTypes storedEvents() {
        return StoredEventTypes.scan(rootPackage());
    }

    /** One stored event type at its current revision, named for the test report. */
    record StoredEventType(Class<?> type, String revision) {
        @Override
        public String toString() {
            return type.getSimpleName() + " v" + revision;
        }
    }

    default Stream<StoredEventType> storedEventTypes() {
        return storedEvents().revisioned().stream()
                .map(t -> new StoredEventType(t, StoredEventGoldenFiles.currentRevision(t)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("storedEventTypes")
    @DisplayName("AUD-02 a stored event keeps its JSON: its golden file exists, the sample serializes to it and it "
            + "deserializes to the sample")
    default void storedEventIsPinned(StoredEventType stored,
                                     @Autowired @Qualifier("eventSerializer") Serializer eventSerializer,
                                     @Autowired Configuration axonConfiguration) {
        StoredEventGoldenFiles.ofModule(eventSerializer, axonConfiguration.upcasterChain())
                .assertPinned(stored.type(), samples().sample(stored.type()));
    }

    @TestFactory
    @DisplayName("AUD-02 a stored record of an older revision loads through the upcaster chain, losing nothing, as the "
            + "current event its .upcast.json states")
    default Stream<DynamicTest> olderRevisionsUpcast(@Autowired @Qualifier("eventSerializer") Serializer eventSerializer,
                                                     @Autowired Configuration axonConfiguration) {
        StoredEventGoldenFiles files = StoredEventGoldenFiles.ofModule(eventSerializer,
                axonConfiguration.upcasterChain());
        List<Path> older = files.olderRevisionFiles(storedEvents().revisioned());
        return older.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> files.assertUpcastsToCurrent(file)));
    }

    @Test
    @DisplayName("AUD-02 every enum value a stored event may hold stays readable (listed in events/enum-values.json)")
    default void enumValuesArePinned(@Autowired @Qualifier("eventSerializer") Serializer eventSerializer,
                                     @Autowired Configuration axonConfiguration) {
        StoredEventGoldenFiles.ofModule(eventSerializer, axonConfiguration.upcasterChain())
                .assertEnumValuesPinned(storedEvents().revisioned());
    }

    @Test
    @DisplayName("stored events are found, carry @Revision, and have distinct simple names (one golden file each)")
    default void storedEventTypesAreWellFormed() {
        StoredEventTypes types = storedEvents();
        assertThat(types.revisioned()).as("stored event types (@Revision) under " + rootPackage()).isNotEmpty();
        assertThat(types.withoutRevision()).as("event types stored without @Revision: add @Revision(\"1\") and "
                + "a golden file").isEmpty();
        Map<String, List<String>> bySimpleName = types.revisioned().stream().collect(Collectors.groupingBy(
                Class::getSimpleName, Collectors.mapping(Class::getName, Collectors.toList())));
        assertThat(bySimpleName.values().stream().filter(names -> names.size() > 1).toList())
                .as("stored event types sharing a simple name (their golden files would collide)").isEmpty();
        assertThat(types.revisioned().stream().filter(t -> !t.isRecord() && !samples().writtenByHand(t)).toList())
                .as("stored event types that are not records need a sample written by hand").isEmpty();
    }
}
