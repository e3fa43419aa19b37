package id.sistemkerja.regulation.replica;

import id.sistemkerja.regulation.testing.InMemoryOrgDirectory;

import java.util.Map;
import java.util.function.Consumer;

/**
 * The in-memory org directory of the {@code regulation} test-jar gives the replica's answers to the same events (every
 * case of {@link OrgReplicaTest}), so aggregate tests that use it decide on the facts a service would see.
 */
class InMemoryOrgDirectoryTest extends OrgReplicaTest {

    @Override
    protected Map.Entry<OrgDirectory, Consumer<Object>> freshDirectory() {
        InMemoryOrgDirectory directory = new InMemoryOrgDirectory();
        return Map.entry(directory, directory::apply);
    }
}
