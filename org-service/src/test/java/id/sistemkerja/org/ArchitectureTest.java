package id.sistemkerja.org;

import id.sistemkerja.platform.test.ServiceArchitectureTest;

/** org-service follows the service layout (STYLE.md). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.sistemkerja.org");
    }
}
