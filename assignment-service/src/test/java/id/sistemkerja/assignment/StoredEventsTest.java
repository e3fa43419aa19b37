package id.sistemkerja.assignment;

import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;
import org.springframework.context.annotation.Import;

/**
 * assignment-service's stored domain events pinned by their golden files ({@code src/test/resources/events/}); the
 * same configuration as {@link AssignmentTestBase}, so the same Spring context. See docs/changing-a-stored-event.md.
 */
@SiKerjaServiceTest
@Import(AssignmentTestBase.TestClock.class)
class StoredEventsTest extends StoredEventsGoldenTest {
}
