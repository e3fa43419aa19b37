package id.sistemkerja.platform.sample;

import org.axonframework.serialization.Revision;

/**
 * A test-only stored event with two revisions, proving the golden-file upcaster harness
 * ({@code platform.test.storedevents}): revision 1 stored {@code {"thingId", "newName"}}; revision 2 calls the field
 * {@code name} and adds {@code reason}. Records of revision 1 are read through {@link ThingRenamedEvent1_to_2Upcaster}
 * ({@code src/test/resources/events/ThingRenamedEvent.v1.json} and {@code .v1.upcast.json}).
 */
@Revision("2")
public record ThingRenamedEvent(String thingId, String name, String reason) {
}
