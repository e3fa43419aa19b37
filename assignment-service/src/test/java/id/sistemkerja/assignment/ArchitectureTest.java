package id.sistemkerja.assignment;

import id.sistemkerja.platform.test.ServiceArchitectureTest;

/** assignment-service follows the service layout (STYLE.md). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.sistemkerja.assignment");
    }
}
