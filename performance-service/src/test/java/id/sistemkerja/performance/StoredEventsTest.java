package id.sistemkerja.performance;

import id.sistemkerja.performance.web.PerfTestClock;
import id.sistemkerja.platform.test.SiKerjaServiceTest;
import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;
import org.springframework.context.annotation.Import;

/**
 * performance-service's stored domain events pinned by their golden files ({@code src/test/resources/events/}); the
 * same configuration as the other service tests ({@link PerfTestClock}), so the same Spring context. See
 * docs/changing-a-stored-event.md.
 */
@SiKerjaServiceTest
@Import(PerfTestClock.class)
class StoredEventsTest implements StoredEventsGoldenTest {
}
