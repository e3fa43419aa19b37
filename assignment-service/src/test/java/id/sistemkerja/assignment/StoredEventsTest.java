package id.sistemkerja.assignment;

import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;

/**
 * assignment-service's stored domain events pinned by their golden files ({@code src/test/resources/events/}); a
 * {@link AssignmentTestBase}, so the same Spring context as the other service tests. See
 * docs/changing-a-stored-event.md.
 */
class StoredEventsTest extends AssignmentTestBase implements StoredEventsGoldenTest {
}
