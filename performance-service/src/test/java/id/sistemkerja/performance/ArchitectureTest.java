package id.sistemkerja.performance;

import id.sistemkerja.platform.test.ServiceArchitectureTest;

/** performance-service follows the service layout (STYLE.md). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.sistemkerja.performance");
    }
}
