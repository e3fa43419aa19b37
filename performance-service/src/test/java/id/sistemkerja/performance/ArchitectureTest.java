package id.sistemkerja.performance;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.sistemkerja.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String ROOT = "id.sistemkerja.performance";
    private final JavaClasses classes = ServiceArchitecture.importService(ROOT);

    @Test
    @DisplayName("command is free of web, MongoDB and read-side code")
    void commandSide() {
        ServiceArchitecture.commandSideIsFreeOfWebAndReadSide(ROOT).check(classes);
    }

    @Test
    @DisplayName("api depends on neither the command nor the query side")
    void apiRecords() {
        ServiceArchitecture.apiIsFreeOfSides(ROOT).check(classes);
    }
}
