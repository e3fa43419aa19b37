package id.sistemkerja.team;

import id.sistemkerja.platform.test.ServiceArchitectureTest;

/** team-service follows the service layout (STYLE.md). */
class ArchitectureTest extends ServiceArchitectureTest {

    ArchitectureTest() {
        super("id.sistemkerja.team");
    }
}
