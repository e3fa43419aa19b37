package id.sistemkerja.assignment;

import com.tngtech.archunit.core.domain.JavaClasses;
import id.sistemkerja.platform.test.ServiceArchitecture;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String ROOT = "id.sistemkerja.assignment";
    private final JavaClasses classes = ServiceArchitecture.importService(ROOT);

    @Test
    @DisplayName("command is free of web, MongoDB and read-side code")
    void commandSide() {
        ServiceArchitecture.commandSideIsFreeOfWebAndReadSide(ROOT).allowEmptyShould(true).check(classes);
    }

    @Test
    @DisplayName("api depends on neither the command nor the query side")
    void apiRecords() {
        ServiceArchitecture.apiIsFreeOfSides(ROOT).allowEmptyShould(true).check(classes);
    }
}
