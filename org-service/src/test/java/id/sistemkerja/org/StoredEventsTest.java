package id.sistemkerja.org;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;

/**
 * org-service's stored domain events pinned by their golden files ({@code src/test/resources/events/}); same context
 * as the other service tests. See docs/changing-a-stored-event.md.
 */
@SiKerjaServiceTest
class StoredEventsTest implements StoredEventsGoldenTest {
}
