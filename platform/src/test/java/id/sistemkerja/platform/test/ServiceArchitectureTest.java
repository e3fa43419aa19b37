package id.sistemkerja.platform.test;

import com.tngtech.archunit.core.domain.JavaClasses;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The layout checks every service runs (STYLE.md, {@link ServiceArchitecture}): a service's {@code ArchitectureTest}
 * extends this with its root package.
 * <pre>{@code
 * class ArchitectureTest extends ServiceArchitectureTest {
 *     ArchitectureTest() { super("id.sistemkerja.team"); }
 * }
 * }</pre>
 */
public abstract class ServiceArchitectureTest {

    private final String root;
    private final JavaClasses classes;

    protected ServiceArchitectureTest(String rootPackage) {
        this.root = rootPackage;
        this.classes = ServiceArchitecture.importService(rootPackage);
    }

    @Test
    @DisplayName("command is free of web, MongoDB and read-side code")
    void commandSide() {
        ServiceArchitecture.commandSideIsFreeOfWebAndReadSide(root).allowEmptyShould(true).check(classes);
    }

    @Test
    @DisplayName("api depends on neither the command nor the query side")
    void apiRecords() {
        ServiceArchitecture.apiIsFreeOfSides(root).allowEmptyShould(true).check(classes);
    }
}
