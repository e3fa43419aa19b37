package id.sistemkerja.platform.audit;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

class VerifierIndependenceTest {

    @Test
    @DisplayName("AUD-02 the standalone verifier needs only the JDK and Jackson (no Spring, no Axon, no server code)")
    void verifierIsPureJdkAndJackson() {
        JavaClasses verifier = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("id.sistemkerja.platform.audit.verify");
        classes().should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", "com.fasterxml.jackson..",
                        "id.sistemkerja.platform.audit.verify..")
                .check(verifier);
    }
}
