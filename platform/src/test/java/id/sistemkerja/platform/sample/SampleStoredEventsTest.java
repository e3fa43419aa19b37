package id.sistemkerja.platform.sample;

import id.sistemkerja.platform.sample.SampleApplication.ThingRegisteredEvent;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.storedevents.RecordSamples;
import id.sistemkerja.platform.test.storedevents.StoredEventGoldenFiles;
import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;
import org.axonframework.config.Configuration;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.upcasting.event.EventUpcasterChain;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The stored events of the platform's sample service, and the proof that the golden-file harness catches what it
 * must: a changed shape, a missing file, a missing upcaster. {@link ThingRenamedEvent} has two revisions and an
 * upcaster ({@link ThingRenamedEvent1_to_2Upcaster}).
 */
@SiKerjaServiceTest
class SampleStoredEventsTest implements StoredEventsGoldenTest {

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;
    @Autowired
    Configuration axonConfiguration;

    private static final Path GOLDEN = StoredEventGoldenFiles.MODULE_DIRECTORY;
    private static final Path RENAMED_V1 = GOLDEN.resolve("ThingRenamedEvent.v1.json");

    @Test
    @DisplayName("the service's upcaster chain turns a revision-1 ThingRenamedEvent into the revision-2 event its "
            + ".upcast.json states")
    void upcasterChainReadsTheOldRevision() {
        StoredEventGoldenFiles files = StoredEventGoldenFiles.ofModule(eventSerializer,
                axonConfiguration.upcasterChain());
        assertThat(files.olderRevisionFiles(List.of(ThingRenamedEvent.class, ThingRegisteredEvent.class)))
                .contains(RENAMED_V1);
        files.assertUpcastsToCurrent(RENAMED_V1);
    }

    @Test
    @DisplayName("without its upcaster, a revision-1 ThingRenamedEvent does not load as the event its .upcast.json "
            + "states: the harness fails")
    void missingUpcasterFails() {
        StoredEventGoldenFiles withoutUpcasters = new StoredEventGoldenFiles(GOLDEN, eventSerializer,
                new EventUpcasterChain(), false);

        assertThatThrownBy(() -> withoutUpcasters.assertUpcastsToCurrent(RENAMED_V1))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("payload.newName: the stored record holds it, the current event drops it")
                .hasMessageContaining("ThingRenamedEvent1_to_2Upcaster");
    }

    @Test
    @DisplayName("an old record that upcasts to another event than its .upcast.json states fails, naming the field")
    void upcastOtherThanExpectedFails(@TempDir Path directory) throws Exception {
        Files.copy(RENAMED_V1, directory.resolve("ThingRenamedEvent.v1.json"));
        Files.writeString(directory.resolve("ThingRenamedEvent.v1.upcast.json"),
                Files.readString(GOLDEN.resolve("ThingRenamedEvent.v1.upcast.json"))
                        .replace(ThingRenamedEvent1_to_2Upcaster.NOT_RECORDED, "a reason nobody recorded"));
        StoredEventGoldenFiles files = new StoredEventGoldenFiles(directory, eventSerializer,
                axonConfiguration.upcasterChain(), false);

        assertThatThrownBy(() -> files.assertUpcastsToCurrent(directory.resolve("ThingRenamedEvent.v1.json")))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("payload.reason");
    }

    @Test
    @DisplayName("a renamed field of a stored event fails its pin, naming the field and what to do")
    void renamedFieldFails(@TempDir Path directory) throws Exception {
        String golden = Files.readString(GOLDEN.resolve("ThingRegisteredEvent.v1.json"));
        Files.writeString(directory.resolve("ThingRegisteredEvent.v1.json"),
                golden.replace("\"name\" :", "\"title\" :"));
        StoredEventGoldenFiles files = new StoredEventGoldenFiles(directory, eventSerializer,
                axonConfiguration.upcasterChain(), false);

        assertThatThrownBy(() -> files.assertPinned(ThingRegisteredEvent.class,
                RecordSamples.standard().sample(ThingRegisteredEvent.class)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("payload.title: stored records have it")
                .hasMessageContaining("payload.name: written now")
                .hasMessageContaining("bump the class's @Revision");
    }

    enum Colour { RED, GREEN }

    record Paint(List<Colour> colours) {
    }

    @Test
    @DisplayName("an enum value stored records may hold that was renamed or removed fails; a new one must be listed")
    void enumValuesArePinned(@TempDir Path directory) throws Exception {
        StoredEventGoldenFiles files = new StoredEventGoldenFiles(directory, eventSerializer,
                axonConfiguration.upcasterChain(), false);
        Path listed = directory.resolve(StoredEventGoldenFiles.ENUM_VALUES_FILE);
        String colour = Colour.class.getName();

        Files.writeString(listed, "{\"" + colour + "\": [\"RED\", \"GREEN\", \"BLUE\"]}");
        assertThatThrownBy(() -> files.assertEnumValuesPinned(List.of(Paint.class)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(colour + " BLUE: stored records may hold it");

        Files.writeString(listed, "{\"" + colour + "\": [\"RED\"]}");
        assertThatThrownBy(() -> files.assertEnumValuesPinned(List.of(Paint.class)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining(colour + " GREEN");

        new StoredEventGoldenFiles(directory, eventSerializer, axonConfiguration.upcasterChain(), true)
                .assertEnumValuesPinned(List.of(Paint.class));
        files.assertEnumValuesPinned(List.of(Paint.class));
        assertThat(Files.readString(listed)).contains("\"RED\", \"GREEN\" ]");
    }

    @Test
    @DisplayName("a stored event type without a golden file fails, naming the write property")
    void missingGoldenFileFails(@TempDir Path directory) {
        StoredEventGoldenFiles files = new StoredEventGoldenFiles(directory, eventSerializer,
                axonConfiguration.upcasterChain(), false);

        assertThatThrownBy(() -> files.assertPinned(ThingRegisteredEvent.class,
                RecordSamples.standard().sample(ThingRegisteredEvent.class)))
                .isInstanceOf(AssertionFailedError.class)
                .hasMessageContaining("No golden file")
                .hasMessageContaining("-Dsikerja.golden.write=true");
        assertThat(directory).isEmptyDirectory();
    }

    @Test
    @DisplayName("write mode writes a missing golden file and never overwrites an existing one")
    void writeModeWritesMissingFilesOnly(@TempDir Path directory) throws Exception {
        StoredEventGoldenFiles writing = new StoredEventGoldenFiles(directory, eventSerializer,
                axonConfiguration.upcasterChain(), true);
        ThingRegisteredEvent sample = RecordSamples.standard().sample(ThingRegisteredEvent.class);

        writing.assertPinned(ThingRegisteredEvent.class, sample);
        Path written = directory.resolve("ThingRegisteredEvent.v1.json");
        assertThat(Files.readString(written)).isEqualTo(Files.readString(GOLDEN.resolve("ThingRegisteredEvent.v1.json")));

        String changed = Files.readString(written).replace("name-sample", "another name");
        Files.writeString(written, changed);
        assertThatThrownBy(() -> writing.assertPinned(ThingRegisteredEvent.class, sample))
                .isInstanceOf(AssertionFailedError.class);
        assertThat(Files.readString(written)).isEqualTo(changed);
    }
}
