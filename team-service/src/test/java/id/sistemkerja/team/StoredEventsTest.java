package id.sistemkerja.team;

import id.sistemkerja.platform.test.storedevents.StoredEventsGoldenTest;

/**
 * team-service's stored domain events pinned by their golden files ({@code src/test/resources/events/}). It extends
 * {@link TeamApiTest} to run in the same Spring context as the other service tests: a second cached context would keep
 * its own Kafka consumers in the same consumer groups and take TEAM orders away from the API tests' context. See
 * docs/changing-a-stored-event.md.
 */
class StoredEventsTest extends TeamApiTest implements StoredEventsGoldenTest {
}
